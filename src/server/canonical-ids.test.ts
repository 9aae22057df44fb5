import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityIdSchema } from '../contracts/common.js';
import type { MedicalNoteListResponse } from '../contracts/dossier.js';
import { type Permission, permissionMatrix, type Role } from '../contracts/permissions.js';
import { selectRows } from './db/connection.js';
import { type AuthorizedEmployerId, trustEmployerId } from './db/tenancy.js';
import { medicalNoteContext } from './modules/dossier/dossier.models.js';
import { sealContext } from './modules/vault/vault.models.js';
import {
  actorOf,
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from './test/app.js';
import { describeEachDatabase } from './test/databases.js';
import { hireEmployee } from './test/employees.js';
import { recordFirstQuarterReports } from './test/reports.js';
import { cookieAs, isIdParam, kindOf, pathOf, pdfUpload, validBodies } from './test/routes.js';

/**
 * Issue 16, item 1: an id is one id however a request spells it. Upper case means the same object
 * (the schema canonicalises it); braces and surrounding spaces are refused; and no spelling ever
 * seals data under another context than the stored row's ids.
 */
const spellings: { name: string; of: (id: string) => string }[] = [
  { name: 'upper case', of: (id) => id.toUpperCase() },
  { name: 'braces', of: (id) => encodeURIComponent(`{${id}}`) },
  { name: 'surrounding spaces', of: (id) => encodeURIComponent(` ${id} `) },
];

/** The roles the walk acts as: the employer's super user, and the operators for what only they may. */
const actingRoles = ['super_user', 'company_doctor', 'operator_admin'] as const satisfies Role[];

it('the one id schema takes a uuid in any case as its lower-case spelling and nothing else', () => {
  const id = randomUUID();
  expect(entityIdSchema.parse(id.toUpperCase())).toBe(id);
  for (const wrong of [`{${id}}`, ` ${id} `, `${id}\u0000`, id.slice(1), '']) {
    expect(entityIdSchema.safeParse(wrong).success).toBe(false);
  }
});

describeEachDatabase('canonical ids: every route with an id, in every spelling', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  const cookies = new Map<Role, string>();
  /** Per object kind (`kindOf`): an object of the walk's employer. */
  const ids = new Map<string, string>();
  let spare: string;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const owner = await createTestUser(testApp);
    employerId = trustEmployerId(owner.employerId);
    const { organisation, employees, vault, cases, dossier } = testApp.modules;
    const department = await organisation.createDepartment(employerId, {
      name: 'Zorg',
      parentId: null,
    });
    const hire = (lastName: string) =>
      hireEmployee(employees, employerId, { departmentId: department.id }, { lastName });
    const employee = await hire('Wandel');
    spare = await hire('Reserve');
    (
      validBodies['POST /api/employees/:employeeId/employments'] as { departmentId: string }
    ).departmentId = department.id;
    cookies.set('super_user', await logIn(testApp, owner));
    cookies.set('company_doctor', await cookieAs(testApp, 'company_doctor', employerId));
    cookies.set('operator_admin', await cookieAs(testApp, 'operator_admin', employerId));
    const actor = await actorOf(testApp, owner.userId, employerId);
    await vault.storePersonalDataFor(employerId, employee, {
      bsn: null,
      street: 'Dorpsstraat',
      houseNumber: 1,
      houseNumberAddition: null,
      postcode: '1234 AB',
      city: 'Zwolle',
      country: 'NL',
      phone: null,
      privateEmail: null,
      lettersByEmail: false,
    });
    const [employment] = await employees.listEmploymentsOf(actor, employee);
    const sick = await cases.reportSick(actor, employee, {
      classification: 'illness',
      firstSickDay: '2026-03-02',
      percentage: 100,
    });
    const document = await dossier.uploadDocument(actor, employee, {
      category: 'other',
      caseId: null,
      uploadedName: 'brief.pdf',
      content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    const colleague = await createTestUser(testApp, { role: 'manager_with_reports', employerId });
    await vault.requestAccess(await actorOf(testApp, colleague.userId, employerId));
    const [request] = await vault.listRequests(actor);
    const reports = await recordFirstQuarterReports(testApp, actor);
    for (const [kind, id] of Object.entries({
      employee: employee,
      employment: employment?.id,
      case: sick.id,
      document: document.id,
      department: department.id,
      user: colleague.userId,
      employer: employerId,
      'access-request': request?.id,
      snapshot: reports.snapshotId,
      export: reports.exportId,
    })) {
      ids.set(kind, id as string);
    }
  }, 300_000);
  afterAll(() => testApp.close());

  const request = (role: Role, method: string, url: string, payload?: unknown) =>
    testApp.app.inject({
      method: method as 'GET',
      url,
      headers: { ...fetchHeaders, cookie: cookies.get(role) as string },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('writes through an upper-case id land under the stored id and read back by everyone', async () => {
    const upper = spare.toUpperCase();
    const changed = await request('super_user', 'PATCH', `/api/employees/${upper}/personal-data`, {
      street: 'Kerkstraat',
      houseNumber: 3,
      city: 'Amsterdam',
    });
    expect(changed.statusCode).toBe(200);
    for (const spelled of [spare, upper]) {
      const read = await request('super_user', 'GET', `/api/employees/${spelled}/personal-data`);
      expect(read.statusCode).toBe(200);
      expect(read.json().personalData.address).toContain('Amsterdam');
    }
    const added = await request('company_doctor', 'POST', `/api/employees/${upper}/medical-notes`, {
      text: 'Geschreven met hoofdletters',
    });
    expect(added.statusCode).toBe(201);
    const notes = await request('company_doctor', 'GET', `/api/employees/${spare}/medical-notes`);
    expect(notes.statusCode).toBe(200);
    expect(notes.json<MedicalNoteListResponse>().notes.map((note) => note.text)).toEqual([
      'Geschreven met hoofdletters',
    ]);
    // The audit log names the employee as stored, so a search by its id finds these writes.
    const audited = await selectRows<{ subject_id: string }>(
      testApp.platform.database.db,
      sql`select subject_id from audit_log where action = 'vault.personal_data_changed'
          and upper(subject_id) = ${upper}`,
    );
    expect(audited.map((row) => row.subject_id)).toEqual([spare]);
  });

  it(
    'answers each spelling as the canonical id or with a 4xx, and seals nothing elsewhere',
    { timeout: 300_000 },
    async () => {
      const differences: string[] = [];
      let tried = 0;
      let succeeded = 0;
      for (const route of testApp.app.apiRouteAccess) {
        const params = [...route.url.matchAll(/:([A-Za-z]+)/g)]
          .map((match) => match[1] as string)
          .filter(isIdParam);
        if (params.length === 0) continue;
        const role =
          actingRoles.find(
            (candidate) =>
              route.permission === null ||
              permissionMatrix[candidate].includes(route.permission as Permission),
          ) ?? 'super_user';
        // An object of the employer, or (for the user's own sessions and factors) an unknown id.
        const idOf = new Map(
          params.map((param) => [param, ids.get(kindOf(route.url, param)) ?? randomUUID()]),
        );
        const key = `${route.method} ${route.url}`;
        const send = (url: string) => {
          const upload = key === 'POST /api/employees/:employeeId/documents' ? pdfUpload() : null;
          return testApp.app.inject({
            method: route.method as 'GET',
            url,
            headers: { ...fetchHeaders, cookie: cookies.get(role) as string, ...upload?.headers },
            ...(route.method === 'GET' || route.method === 'DELETE'
              ? {}
              : { payload: upload?.payload ?? validBodies[key] ?? {} }),
          });
        };
        const canonical = await send(pathOf(route.url, (param) => idOf.get(param) as string));
        tried++;
        if (canonical.statusCode < 300) succeeded++;
        if (canonical.statusCode >= 500)
          differences.push(`${key} canonical: ${canonical.statusCode}`);
        for (const spelling of spellings) {
          const response = await send(
            pathOf(route.url, (param) => spelling.of(idOf.get(param) as string)),
          );
          tried++;
          const status = response.statusCode;
          if (status !== canonical.statusCode && !(status >= 400 && status < 500)) {
            differences.push(
              `${role} ${key} ${spelling.name}: ${status} (canonical ${canonical.statusCode})`,
            );
          }
        }
      }
      process.stdout.write(
        `canonical ids: ${tried} requests (${succeeded} routes answered 2xx), ${differences.length} differ\n`,
      );
      expect(differences).toEqual([]);
      expect(tried).toBeGreaterThan(0);

      // Every sealed value still opens under its row's own ids: no write went under another key.
      const box = testApp.platform.secretBox;
      const unreadable: string[] = [];
      const opens = (sealed: string, context: string) => {
        try {
          box.decrypt(sealed, context);
          return true;
        } catch {
          return false;
        }
      };
      for (const row of await selectRows<{
        employer_id: string;
        employee_id: string;
        bsn_sealed: string | null;
        contact_sealed: string;
      }>(testApp.platform.database.db, sql`select * from vault_personal_data`)) {
        const at = (field: 'bsn' | 'contact') =>
          sealContext(field, row.employer_id, row.employee_id);
        if (!opens(row.contact_sealed, at('contact'))) unreadable.push(`vault ${row.employee_id}`);
        if (row.bsn_sealed !== null && !opens(row.bsn_sealed, at('bsn'))) {
          unreadable.push(`vault bsn ${row.employee_id}`);
        }
      }
      const notes = await selectRows<{
        employer_id: string;
        employee_id: string;
        sealed_text: string;
      }>(
        testApp.platform.database.db,
        sql`select employer_id, employee_id, sealed_text from medical_notes`,
      );
      for (const row of notes) {
        if (!opens(row.sealed_text, medicalNoteContext(row.employer_id, row.employee_id))) {
          unreadable.push(`medical note of ${row.employee_id}`);
        }
      }
      expect(notes.length).toBeGreaterThan(0);
      expect(unreadable).toEqual([]);
    },
  );
});
