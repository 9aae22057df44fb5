import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetentionPreview } from '../../../contracts/retention.js';
import { emptyPersonalData } from '../../../contracts/vault.js';
import { selectRows } from '../../db/connection.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  fetchHeaders,
  newEmployerWithDepartment,
  type TestApp,
} from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { multipartBody } from '../../test/multipart.js';
import { cookieAs, operatorUser } from '../../test/routes.js';
import { samplePdf } from '../../test/sample-files.js';
import { setScope } from '../../test/scope.js';

type Employer = Awaited<ReturnType<typeof newEmployerWithDepartment>>;

/** Every row of any table that names `column` = one of `ids` (the owner's view, no RLS). */
async function rowsNaming(testApp: TestApp, column: string, ids: string[]) {
  const db = testApp.platform.database.db;
  const tables = await selectRows<{ table: string }>(
    db,
    sql`select table_name as "table" from information_schema.columns
      where table_schema = 'public' and column_name = ${column}`,
  );
  const found: Record<string, number> = {};
  for (const { table } of tables) {
    const [row] = await selectRows<{ count: number }>(
      db,
      sql`select count(*)::int as count from ${sql.identifier(table)}
        where ${sql.identifier(column)}::text in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
    );
    if ((row?.count ?? 0) > 0) found[table] = row?.count ?? 0;
  }
  return { tables: tables.map((entry) => entry.table), found };
}

describeEachDatabase('retention clean-up', (context) => {
  let testApp: TestApp;
  let a: Employer;
  let b: Employer;
  let admin: string;
  /** Employer A: left in June 2023 with a case, notes, a document, vault and scope rows. */
  let left: string;
  let leftCase: string;
  /** Employer A: in service, one case ended January 2023 (expired), one June 2025 (kept). */
  let working: string;
  let oldCase: string;
  let recentCase: string;
  /** Employer A: left in 2023 too, tagged "lopende rechtszaak". */
  let tagged: string;
  /** Employer B: left in 2023 as well: untouched by A's erasure. */
  let otherLeft: string;

  const hireLeft = (employer: Employer, lastName: string) =>
    hireEmployee(
      testApp.modules.employees,
      employer.employerId,
      { departmentId: employer.departmentId, startDate: '2018-01-01', endDate: '2023-06-30' },
      { lastName },
    );
  const preview = async (cookie = admin) => {
    const response = await callApi(testApp, cookie, 'GET', '/api/retention/preview');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<RetentionPreview>();
  };
  const ofEmployer = (answer: RetentionPreview, employer: Employer) =>
    answer.employers.find((entry) => entry.employerId === employer.employerId);

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    a = await newEmployerWithDepartment(testApp);
    b = await newEmployerWithDepartment(testApp);
    admin = (await operatorUser(testApp, 'operator_admin')).cookie;
    left = await hireLeft(a, 'Vertrokken');
    tagged = await hireLeft(a, 'Rechtszaak');
    otherLeft = await hireLeft(b, 'Elders');
    working = await hireEmployee(testApp.modules.employees, a.employerId, {
      departmentId: a.departmentId,
      startDate: '2018-01-01',
    });
    leftCase = await insertCase(testApp, a.employerId, left, {
      firstDay: '2023-01-10',
      lastDay: '2023-02-10',
      segments: [{ validFrom: '2023-01-10', percentage: 100 }],
      flags: [{ flag: 'work_accident' }],
    });
    oldCase = await insertCase(testApp, a.employerId, working, {
      firstDay: '2023-01-02',
      lastDay: '2023-01-31',
      segments: [{ validFrom: '2023-01-02', percentage: 100 }],
    });
    recentCase = await insertCase(testApp, a.employerId, working, {
      firstDay: '2025-05-01',
      lastDay: '2025-06-01',
      segments: [{ validFrom: '2025-05-01', percentage: 100 }],
    });
    await insertCase(testApp, b.employerId, otherLeft, {
      firstDay: '2023-01-10',
      lastDay: '2023-02-10',
    });
    await insertCase(testApp, a.employerId, tagged, {
      firstDay: '2023-01-10',
      lastDay: '2023-02-10',
    });

    // The dossier around them: notes and documents (of the case and not), a medical note, the
    // vault, a manager, a visit, an explicit scope naming the employee.
    for (const [employeeId, caseId] of [
      [left, leftCase],
      [left, undefined],
      [working, oldCase],
      [working, recentCase],
    ] as const) {
      const note = await callApi(testApp, a.cookie, 'POST', `/api/employees/${employeeId}/notes`, {
        contactDate: '2023-01-20',
        contactType: 'phone',
        text: 'Gebeld over de planning.',
        ...(caseId ? { caseId } : {}),
      });
      expect(note.statusCode, note.body).toBe(201);
      const body = multipartBody(
        [['category', 'correspondence'], ...(caseId ? [['caseId', caseId] as const] : [])],
        { name: 'verslag.pdf', content: samplePdf(), contentType: 'application/pdf' },
      );
      const upload = await testApp.app.inject({
        method: 'POST',
        url: `/api/employees/${employeeId}/documents`,
        headers: { cookie: a.cookie, ...fetchHeaders, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(upload.statusCode, upload.body).toBe(201);
    }
    const doctor = await cookieAs(testApp, 'company_doctor', a.employerId);
    const medical = await callApi(testApp, doctor, 'POST', `/api/employees/${left}/medical-notes`, {
      text: 'Controle',
    });
    expect(medical.statusCode, medical.body).toBe(201);
    // The arbodienst's functional advice and terugkoppeling, of the case and not.
    for (const caseId of [leftCase, undefined]) {
      const advice = await callApi(
        testApp,
        doctor,
        'POST',
        `/api/employees/${left}/functional-advice`,
        {
          workPossible: 'Licht werk',
          expectedDuration: 'Twee weken',
          ...(caseId ? { caseId } : {}),
        },
      );
      expect(advice.statusCode, advice.body).toBe(201);
      const feedback = await callApi(testApp, doctor, 'POST', `/api/employees/${left}/feedback`, {
        consultationDate: '2023-01-20',
        text: 'Consult gehad.',
        ...(caseId ? { caseId } : {}),
      });
      expect(feedback.statusCode, feedback.body).toBe(201);
    }
    await testApp.modules.vault.storePersonalDataFor(a.employerId, left, {
      ...emptyPersonalData,
      bsn: '111222333',
    });
    const manager = await createTestUser(testApp, {
      role: 'manager_with_reports',
      employerId: a.employerId,
    });
    await setScope(testApp, manager, { employeeIds: [left, working] });
    const setManager = await callApi(testApp, a.cookie, 'PUT', `/api/employees/${left}/manager`, {
      userId: manager.userId,
    });
    expect(setManager.statusCode, setManager.body).toBe(204);
    expect((await callApi(testApp, a.cookie, 'GET', `/api/employees/${left}`)).statusCode).toBe(
      200,
    );
    const tag = await callApi(
      testApp,
      a.cookie,
      'PUT',
      `/api/employees/${tagged}/tags/legal_proceedings`,
    );
    expect(tag.statusCode).toBe(200);
  });
  afterAll(() => testApp.close());

  it('lists what is expired per employer, and what a tag keeps, to the operator admin only', async () => {
    const answer = await preview();
    expect(answer.date).toBe('2026-03-02');
    const atA = ofEmployer(answer, a);
    expect(atA).toMatchObject({ absenceRetentionYears: 2, caseRetentionYears: 2 });
    expect(
      atA?.expired.map(({ employeeId, scope, caseIds, expiredSince }) => ({
        employeeId,
        scope,
        caseIds,
        expiredSince,
      })),
    ).toEqual([
      { employeeId: working, scope: 'cases', caseIds: [oldCase], expiredSince: '2025-02-01' },
      { employeeId: left, scope: 'employee', caseIds: [leftCase], expiredSince: '2025-07-01' },
    ]);
    expect(atA?.exempt.map((entry) => [entry.employeeId, entry.tags])).toEqual([
      [tagged, ['legal_proceedings']],
    ]);
    expect(ofEmployer(answer, b)?.expired.map((entry) => entry.employeeId)).toEqual([otherLeft]);

    for (const role of ['super_user', 'case_manager'] as const) {
      const cookie = await cookieAs(testApp, role, a.employerId);
      expect((await callApi(testApp, cookie, 'GET', '/api/retention/preview')).statusCode).toBe(
        403,
      );
      const erase = await callApi(testApp, cookie, 'POST', '/api/retention/erase', {
        employerId: a.employerId,
      });
      expect(erase.statusCode).toBe(403);
    }
  });

  it("erases an employer's expired data now: no orphan rows, files gone, other employer untouched, audited", async () => {
    const keysBefore = await selectRows<{ key: string }>(
      testApp.platform.database.db,
      sql`select storage_key as key from dossier_documents where employee_id = ${left}
        or case_id = ${oldCase}`,
    );
    expect(keysBefore).toHaveLength(3);

    const erase = await callApi(testApp, admin, 'POST', '/api/retention/erase', {
      employerId: a.employerId,
    });
    expect(erase.statusCode, erase.body).toBe(200);
    expect(erase.json()).toEqual({ erasedDossiers: 2, erasedCases: 2 });

    const ofLeft = await rowsNaming(testApp, 'employee_id', [left]);
    expect(ofLeft.tables).toEqual(
      expect.arrayContaining([
        'cases',
        'case_tasks',
        'dossier_notes',
        'medical_notes',
        'functional_advices',
        'consultation_feedback',
        'vault_personal_data',
        'scope_employees',
        'employee_managers',
        'employee_dossier_visits',
        'employments',
        'employee_placements',
      ]),
    );
    expect(ofLeft.found).toEqual({});
    expect((await rowsNaming(testApp, 'id', [left, leftCase, oldCase])).found).toEqual({});
    expect((await rowsNaming(testApp, 'case_id', [leftCase, oldCase])).found).toEqual({});
    for (const { key } of keysBefore) {
      expect(await testApp.platform.files.exists(key)).toBe(false);
    }
    // Kept: the working employee with the recent case and its note and document, the tagged
    // dossier, and employer B's.
    expect((await rowsNaming(testApp, 'case_id', [recentCase])).found).toMatchObject({
      case_segments: 1,
      dossier_notes: 1,
      dossier_documents: 1,
    });
    expect((await rowsNaming(testApp, 'id', [working, tagged, otherLeft])).found).toMatchObject({
      employees: 3,
    });
    const atA = ofEmployer(await preview(), a);
    expect(atA?.expired).toEqual([]);
    expect(atA?.exempt.map((entry) => entry.employeeId)).toEqual([tagged]);
    expect(ofEmployer(await preview(), b)?.expired.map((entry) => entry.employeeId)).toEqual([
      otherLeft,
    ]);

    const entries = await listAuditEntries(testApp.platform.database.db, {
      employerId: a.employerId,
      limit: 100,
    });
    const erased = entries.filter((entry) => entry.action === 'retention.erased');
    expect(erased.map((entry) => entry.subjectId).sort()).toEqual([left, working].sort());
    const whole = erased.find((entry) => entry.subjectId === left);
    expect(whole?.details).toMatchObject({
      scope: 'employee',
      trigger: 'manual',
      caseIds: [leftCase],
      erased: {
        employees: 1,
        employments: 1,
        cases: 1,
        segments: 1,
        flags: 1,
        notes: 2,
        documents: 2,
        medicalNotes: 1,
        functionalAdvices: 2,
        feedback: 2,
        vaultEntries: 1,
        scopeEntries: 1,
        managers: 1,
        dossierVisits: 1,
      },
    });
    // Never the content: no note text, no name, no BSN.
    expect(JSON.stringify(erased)).not.toMatch(/Gebeld|Vertrokken|111222333|Controle/);
  });

  it('the scheduled clean-up erases what expires later, and never a tagged dossier', async () => {
    testApp.clock.set(new Date('2027-06-03T02:00:00Z'));
    try {
      const result = await testApp.modules.retention.cleanup();
      expect(result.erasedCases).toBeGreaterThanOrEqual(2);
      expect((await rowsNaming(testApp, 'id', [recentCase, otherLeft])).found).toEqual({});
      expect((await rowsNaming(testApp, 'id', [working, tagged])).found).toEqual({ employees: 2 });
      const entries = await listAuditEntries(testApp.platform.database.db, {
        employerId: b.employerId,
        limit: 20,
      });
      expect(entries.find((entry) => entry.action === 'retention.erased')).toMatchObject({
        userId: null,
        subjectId: otherLeft,
        details: { trigger: 'scheduled', scope: 'employee' },
      });
    } finally {
      testApp.clock.set(new Date('2026-03-02T08:00:00Z'));
    }
  });

  describe('settings', () => {
    it('keeps the retention per employer within 1–20 years', async () => {
      const settings = {
        name: 'Bewaarbedrijf BV',
        kvkNumber: '',
        hrIntegrationMode: 'none',
        contactName: '',
        contactEmail: '',
        fullTimeHoursPerWeek: 40,
      };
      const created = await callApi(testApp, admin, 'POST', '/api/employers', settings);
      expect(created.json().employer).toMatchObject({
        absenceRetentionYears: 2,
        caseRetentionYears: 2,
      });
      const url = `/api/employers/${created.json().employer.id}`;
      const changed = await callApi(testApp, admin, 'PUT', url, {
        ...settings,
        absenceRetentionYears: 5,
        caseRetentionYears: 3,
      });
      expect(changed.json().employer).toMatchObject({
        absenceRetentionYears: 5,
        caseRetentionYears: 3,
      });
      for (const bad of [0, 21, 2.5, '2']) {
        const refused = await callApi(testApp, admin, 'PUT', url, {
          ...settings,
          caseRetentionYears: bad,
        });
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({
          error: { fields: [{ path: 'caseRetentionYears' }] },
        });
      }
    });
  });
});
