import { and, asc, eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ErrorResponse } from '../../../../contracts/common.js';
import type { SiviImport, SiviImportList } from '../../../../contracts/integration-sivi.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../../db/tenancy.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../../test/app.js';
import { reportSick } from '../../../test/cases.js';
import { describeEachDatabase } from '../../../test/databases.js';
import { hireEmployee } from '../../../test/employees.js';
import { hostileXml } from '../../../test/hostile-xml.js';
import { multipartBody } from '../../../test/multipart.js';
import { cases, caseSegments } from '../../cases/cases.table.js';
import { employees } from '../../employees/employees.table.js';
import { buildVerzuimmeldingen, type SiviExport } from './integration.sivi.export.models.js';

const importUrl = '/api/integration/sivi/verzuimmeldingen/import';
const exportUrl = '/api/integration/sivi/verzuimmeldingen';

/** Sanne's absence ABS-1 as an HR system sends it: sick 100 %, 50 % from 9 Feb, fit on 21 Feb. */
function sanneMessage(reference: string): string {
  const message: SiviExport = {
    reference,
    createdOn: '2026-03-01',
    createdAt: '09:00:00',
    employer: {
      id: 'HR-1',
      name: 'Bakkerij BV',
      kvkNumber: null,
      contactName: null,
      contactEmail: null,
    },
    employees: [
      {
        id: 'W-1',
        firstName: 'Sanne',
        namePrefix: 'de',
        lastName: 'Vries',
        gender: 'f',
        dateOfBirth: '1985-03-14',
        bsn: null,
        employments: [
          {
            number: 1,
            startDate: '2020-01-01',
            endDate: null,
            personnelNumber: '0012',
            departmentId: 'B-01',
            departmentName: 'Bakkerij',
            contractHoursPerWeek: 32,
            cases: [
              {
                id: 'ABS-1',
                firstDay: '2026-02-02',
                lastDay: '2026-02-20',
                segments: [
                  { validFrom: '2026-02-02', percentage: 100 },
                  { validFrom: '2026-02-09', percentage: 50 },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  return buildVerzuimmeldingen(message) ?? '';
}

/** The message with only the Vrzm whose VrzmgvlVnrMld is in `keep`. */
function withReports(xml: string, keep: readonly number[]): string {
  return xml.replace(/\s*<Vrzm>[\s\S]*?<\/Vrzm>/gu, (block) => {
    const sequence = Number(/<VrzmgvlVnrMld>(\d+)</u.exec(block)?.[1]);
    return keep.includes(sequence) ? block : '';
  });
}

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['Wrknmr', 'Dnstvbnd', 'Vrzm'].includes(name),
});

/** Every Vrzm of an exported file without its contact person (the employer's own). */
function vrzmContent(xml: string): unknown[] {
  const parsed = parser.parse(xml) as {
    Verzuimmeldingen: {
      Wrkgvr: { Wrknmr: { Dnstvbnd: { Vrzm: Record<string, unknown>[] }[] }[] };
    };
  };
  return parsed.Verzuimmeldingen.Wrkgvr.Wrknmr.flatMap((worker) =>
    worker.Dnstvbnd.flatMap((job) => job.Vrzm.map(({ Cntprsn: _contact, ...report }) => report)),
  ).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describeEachDatabase('SIVI Verzuimmeldingen import', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { IMPORT_MAX_BYTES: '65536' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A new employer with a Bakkerij and its integration super user logged in. */
  async function integrationEmployer() {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const employerId = trustEmployerId(user.employerId);
    const bakery = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Bakkerij',
      parentId: null,
    });
    return { user, employerId, departmentId: bakery.id, cookie: await logIn(testApp, user) };
  }

  const upload = (cookie: string, content: string | Buffer, name = 'verzuim.xml') => {
    const body = multipartBody([], {
      name,
      content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      contentType: 'application/xml',
    });
    return testApp.app.inject({
      method: 'POST',
      url: importUrl,
      headers: { ...fetchHeaders, cookie, 'content-type': body.contentType },
      payload: body.payload,
    });
  };

  /** The employer's cases with their timelines, as stored. */
  async function stored(employerId: AuthorizedEmployerId) {
    const db = context.database.db;
    const rows = await db
      .select()
      .from(cases)
      .where(eq(cases.employerId, employerId))
      .orderBy(asc(cases.firstDay));
    return Promise.all(
      rows.map(async (row) => ({
        hrAbsenceId: row.hrAbsenceId,
        firstDay: row.firstDay,
        lastDay: row.lastDay,
        segments: (
          await db
            .select({ validFrom: caseSegments.validFrom, percentage: caseSegments.percentage })
            .from(caseSegments)
            .where(and(eq(caseSegments.employerId, employerId), eq(caseSegments.caseId, row.id)))
            .orderBy(asc(caseSegments.validFrom))
        ).map((segment) => ({ ...segment, percentage: Number(segment.percentage) })),
      })),
    );
  }

  const employeeCount = async (employerId: string) =>
    (
      await context.database.db
        .select({ id: employees.id })
        .from(employees)
        .where(eq(employees.employerId, employerId))
    ).length;

  it('applies a sick report, then a change of percentage, then the recovery', async () => {
    const { employerId, cookie } = await integrationEmployer();
    const full = sanneMessage('ref-1');
    const first = await upload(cookie, withReports(full, [1]));
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<SiviImport>()).toMatchObject({ result: 'applied', accepted: 1 });
    expect(await employeeCount(employerId)).toBe(1);
    expect(await stored(employerId)).toEqual([
      {
        hrAbsenceId: 'ABS-1',
        firstDay: '2026-02-02',
        lastDay: null,
        segments: [{ validFrom: '2026-02-02', percentage: 100 }],
      },
    ]);
    const change = await upload(cookie, withReports(full, [2]));
    expect(change.statusCode, change.body).toBe(200);
    const recovery = await upload(cookie, withReports(full, [3]));
    expect(recovery.statusCode, recovery.body).toBe(200);
    expect(await stored(employerId)).toEqual([
      {
        hrAbsenceId: 'ABS-1',
        firstDay: '2026-02-02',
        lastDay: '2026-02-20',
        segments: [
          { validFrom: '2026-02-02', percentage: 100 },
          { validFrom: '2026-02-09', percentage: 50 },
        ],
      },
    ]);
    const log = await callApi(testApp, cookie, 'GET', '/api/integration/sivi/imports');
    expect(log.statusCode).toBe(200);
    expect(log.json<SiviImportList>().imports.map((entry) => entry.result)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    expect(log.json<SiviImportList>().imports[0]).toMatchObject({
      fileName: 'verzuim.xml',
      by: 'Test Gebruiker',
    });
  });

  it('recognises reports applied before: a repeated message changes nothing', async () => {
    const { employerId, cookie } = await integrationEmployer();
    const full = sanneMessage('ref-2');
    expect((await upload(cookie, withReports(full, [1]))).statusCode).toBe(200);
    const again = await upload(cookie, withReports(full, [1]));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<SiviImport>()).toMatchObject({
      result: 'repeated',
      accepted: 0,
      repeated: 1,
    });
    const rest = await upload(cookie, full);
    expect(rest.json<SiviImport>()).toMatchObject({ result: 'applied', accepted: 2, repeated: 1 });
    expect(await employeeCount(employerId)).toBe(1);
    expect(await stored(employerId)).toHaveLength(1);
    expect((await stored(employerId))[0]?.lastDay).toBe('2026-02-20');
  });

  it('applies nothing of a message with one refused element, and logs its reason and path', async () => {
    const { employerId, cookie } = await integrationEmployer();
    // Sanne's sick report is fine; a change of an absence never reported here is not.
    const orphan = withReports(sanneMessage('ref-3'), [2]).replace(
      '<VrzmgvlId>ABS-1</VrzmgvlId>',
      '<VrzmgvlId>ABS-X</VrzmgvlId>',
    );
    const good = withReports(sanneMessage('ref-3'), [1]);
    const mixed = good.replace(
      '</Vrzm>',
      `</Vrzm>${/<Vrzm>[\s\S]*?<\/Vrzm>/u.exec(orphan)?.[0] ?? ''}`,
    );
    const response = await upload(cookie, mixed);
    expect(response.statusCode, response.body).toBe(422);
    const logged = response.json<SiviImport>();
    expect(logged.result).toBe('refused');
    // The error shape of every 4xx beside the log entry.
    expect(response.json<ErrorResponse>().error).toEqual({
      code: 'sivi_message_refused',
      message: expect.stringContaining('1'),
    });
    expect(logged.elements).toEqual([
      expect.objectContaining({
        absenceId: 'ABS-X',
        sequence: 2,
        outcome: 'refused',
        code: 'sivi_case_unknown',
        path: 'Wrkgvr[1]/Wrknmr[1]/Dnstvbnd[1]/Vrzm[2]',
      }),
    ]);
    expect(logged.elements[0]?.message).toMatch(/VrzmgvlId/);
    expect(await employeeCount(employerId)).toBe(0);
    expect(await stored(employerId)).toEqual([]);
    // Refused by a rule of the cases module (a first sick day before the employment): the same.
    const early = good.replaceAll('2026-02-02', '2019-06-03');
    const refused = await upload(cookie, early);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json<SiviImport>().elements[0]).toMatchObject({ code: 'sivi_case_rule' });
    expect(await employeeCount(employerId)).toBe(0);
    const detail = await callApi(
      testApp,
      cookie,
      'GET',
      `/api/integration/sivi/imports/${logged.id}`,
    );
    expect(detail.json<SiviImport>().elements[0]?.code).toBe('sivi_case_unknown');
  });

  it('round trip: an export imported into a fresh employer exports the same reports', async () => {
    const source = await integrationEmployer();
    const hire = (personnelNumber: string, lastName: string) =>
      hireEmployee(
        testApp.modules.employees,
        source.employerId,
        { departmentId: source.departmentId },
        { personnelNumber, lastName },
      );
    const berg = await hire('P-1', 'Berg');
    const dijk = await hire('P-2', 'Dijk');
    const first = await reportSick(testApp, source.cookie, berg, { firstSickDay: '2026-02-02' });
    await callApi(testApp, source.cookie, 'POST', `/api/cases/${first}/percentage`, {
      from: '2026-02-09',
      percentage: 50,
    });
    await callApi(testApp, source.cookie, 'POST', `/api/cases/${first}/recovery`, {
      lastSickDay: '2026-02-20',
    });
    await reportSick(testApp, source.cookie, dijk, { firstSickDay: '2026-02-23' });
    const exported = (await callApi(testApp, source.cookie, 'GET', exportUrl)).body;

    const target = await integrationEmployer();
    const imported = await upload(target.cookie, exported);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json<SiviImport>()).toMatchObject({ result: 'applied', accepted: 4 });
    const again = (await callApi(testApp, target.cookie, 'GET', exportUrl)).body;
    expect(vrzmContent(again)).toEqual(vrzmContent(exported));
  });

  it('imports only into the employer of the session, and shows its log to no other', async () => {
    const a = await integrationEmployer();
    const b = await integrationEmployer();
    const response = await upload(a.cookie, withReports(sanneMessage('ref-5'), [1]));
    expect(response.statusCode).toBe(200);
    expect(await employeeCount(a.employerId)).toBe(1);
    expect(await employeeCount(b.employerId)).toBe(0);
    const id = response.json<SiviImport>().id;
    const foreign = await callApi(testApp, b.cookie, 'GET', `/api/integration/sivi/imports/${id}`);
    expect(foreign.statusCode).toBe(404);
    const list = await callApi(testApp, b.cookie, 'GET', '/api/integration/sivi/imports');
    expect(list.json<SiviImportList>().imports).toEqual([]);
  });

  it('refuses a message with a DOCTYPE (logged) and applies nothing, a parameter entity included', async () => {
    const { employerId, cookie } = await integrationEmployer();
    for (const [name, hostile] of Object.entries(
      hostileXml(sanneMessage('ref-doctype'), 'Verzuimmeldingen'),
    )) {
      const response = await upload(cookie, hostile);
      // A parameter entity made the XML parser throw: a 500 before the DOCTYPE was refused.
      expect(response.statusCode, name).toBe(422);
      expect(response.json<SiviImport>().elements, name).toEqual([
        expect.objectContaining({ outcome: 'refused', code: 'sivi_doctype', line: 2 }),
      ]);
    }
    expect(await employeeCount(employerId)).toBe(0);
  });

  it('refuses broken XML (logged), an oversized file, no file and a role without the permission', async () => {
    const { employerId, cookie } = await integrationEmployer();
    const broken = await upload(cookie, '<Verzuimmeldingen>');
    expect(broken.statusCode).toBe(422);
    expect(broken.json<SiviImport>().elements[0]).toMatchObject({ code: 'sivi_invalid_xml' });
    const oversized = await upload(cookie, Buffer.alloc(70_000, 'x'));
    expect(oversized.statusCode).toBe(413);
    const plain = await callApi(testApp, cookie, 'POST', importUrl, { xml: '<x/>' });
    expect(plain.statusCode).toBe(415);
    const other = await createTestUser(testApp, { role: 'super_user' });
    const refused = await upload(await logIn(testApp, other), sanneMessage('ref-6'));
    expect(refused.statusCode).toBe(403);
    expect(await employeeCount(employerId)).toBe(0);
  });
});
