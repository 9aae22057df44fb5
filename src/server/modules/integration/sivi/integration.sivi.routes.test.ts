import { and, eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiviCheckResponse } from '../../../../contracts/integration-sivi.js';
import { emptyPersonalData } from '../../../../contracts/vault.js';
import { trustEmployerId } from '../../../db/tenancy.js';
import { auditLog } from '../../../platform/audit/audit.table.js';
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
import { mebibytes, peakRssRise } from '../../../test/memory.js';
import { multipartBody } from '../../../test/multipart.js';
import { verzuimmeldingenSchema } from './integration.sivi.schema.js';

const url = '/api/integration/sivi/verzuimmeldingen';

type Vrzm = Record<string, string>;
type Parsed = {
  Verzuimmeldingen: {
    Wrkgvr: {
      Wrknmr: {
        IdWrknmr: string;
        SofiNr?: string;
        Dnstvbnd: { PersNr?: string; NmOrgeenh: string; Vrzm: Vrzm[] }[];
      }[];
    };
  };
};

const parser = new XMLParser({
  parseTagValue: false,
  isArray: (name) => ['Wrknmr', 'Dnstvbnd', 'Vrzm'].includes(name),
});

describeEachDatabase('SIVI Verzuimmeldingen export', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** An integration super user's employer with a recovered case and an open one. */
  async function employerWithCases() {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const employerId = trustEmployerId(user.employerId);
    const bakery = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Bakkerij',
      parentId: null,
    });
    const hire = async (personnelNumber: string, lastName: string) => {
      const id = await hireEmployee(
        testApp.modules.employees,
        employerId,
        { departmentId: bakery.id },
        { personnelNumber, lastName },
      );
      await testApp.modules.vault.storePersonalDataFor(employerId, id, {
        ...emptyPersonalData,
        bsn: '111222333',
      });
      return id;
    };
    const recovered = await hire('P-1', 'Berg');
    const open = await hire('P-2', 'Dijk');
    await hire('P-3', 'Nooitziek');
    const cookie = await logIn(testApp, user);
    const first = await reportSick(testApp, cookie, recovered, { firstSickDay: '2026-02-02' });
    const change = await callApi(testApp, cookie, 'POST', `/api/cases/${first}/percentage`, {
      from: '2026-02-09',
      percentage: 50,
    });
    expect(change.statusCode, change.body).toBe(200);
    const recovery = await callApi(testApp, cookie, 'POST', `/api/cases/${first}/recovery`, {
      lastSickDay: '2026-02-20',
    });
    expect(recovery.statusCode, recovery.body).toBe(200);
    const second = await reportSick(testApp, cookie, open, { firstSickDay: '2026-02-23' });
    return { user, employerId, cookie, recovered, open, first, second };
  }

  it('downloads a file that validates against the XSD, with each case as its chain of reports', async () => {
    const { cookie, employerId, recovered, open, first, second } = await employerWithCases();
    const response = await callApi(testApp, cookie, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="verzuimmeldingen-2026-03-02.xml"',
    );
    expect(verzuimmeldingenSchema().validate(response.body)).toEqual({ valid: true });

    const employees = (parser.parse(response.body) as Parsed).Verzuimmeldingen.Wrkgvr.Wrknmr;
    expect(employees.map((employee) => employee.IdWrknmr).sort()).toEqual([recovered, open].sort());
    const reportsOf = (caseId: string) =>
      employees
        .flatMap((employee) => employee.Dnstvbnd.flatMap((job) => job.Vrzm))
        .filter((report) => report.VrzmgvlId === caseId)
        .map((report) => [
          report.VrzmgvlVnrMld,
          report.IngdatMutVrzm,
          report.EndVrzmJN,
          report.PrcVrzm,
          report.DatHrstld ?? null,
        ]);
    expect(reportsOf(first)).toEqual([
      ['1', '2026-02-02', 'N', '100.00', null],
      ['2', '2026-02-09', 'N', '50.00', null],
      ['3', '2026-02-21', 'J', '0.00', '2026-02-21'],
    ]);
    expect(reportsOf(second)).toEqual([['1', '2026-02-23', 'N', '100.00', null]]);
    const job = employees.find((employee) => employee.IdWrknmr === recovered)?.Dnstvbnd[0];
    expect(job).toMatchObject({ PersNr: 'P-1', NmOrgeenh: 'Bakkerij' });
    // No employer setting allows the BSN yet: none leaves, although the vault holds one.
    expect(response.body).not.toContain('SofiNr');

    const [entry] = await context.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.employerId, employerId), eq(auditLog.action, 'integration.sivi_exported')),
      );
    expect(entry?.details).toEqual({ employees: 2, cases: 2, since: null });
  });

  it('leaves out cases that ended before `since`', async () => {
    const { cookie, first, second } = await employerWithCases();
    const response = await callApi(testApp, cookie, 'GET', `${url}?since=2026-02-22`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).toContain(second);
    expect(response.body).not.toContain(first);
  });

  it('answers 422 when no employee has a case', async () => {
    const user = await createTestUser(testApp, { role: 'super_user_integration_no_signals' });
    const response = await callApi(testApp, await logIn(testApp, user), 'GET', url);
    expect(response.statusCode).toBe(422);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('sivi_nothing_to_export');
  });

  it('refuses roles without the SIVI permission, and a request without a session', async () => {
    for (const role of ['super_user', 'super_user_integration_sick_only', 'absence_reporter']) {
      const user = await createTestUser(testApp, { role });
      const response = await callApi(testApp, await logIn(testApp, user), 'GET', url);
      expect(response.statusCode, role).toBe(403);
    }
    expect((await testApp.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('refuses an invalid `since`', async () => {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const response = await callApi(testApp, await logIn(testApp, user), 'GET', `${url}?since=x`);
    expect(response.statusCode).toBe(400);
  });
  describe('the check of an uploaded message', () => {
    const checkUrl = `${url}/check`;
    const upload = (cookie: string, content: string) => {
      const body = multipartBody([], {
        name: 'verzuimmeldingen.xml',
        content: Buffer.from(content, 'utf8'),
        contentType: 'application/xml',
      });
      return testApp.app.inject({
        method: 'POST',
        url: checkUrl,
        headers: { ...fetchHeaders, cookie, 'content-type': body.contentType },
        payload: body.payload,
      });
    };

    it('says how many employees and cases a valid message holds', async () => {
      const { cookie } = await employerWithCases();
      const xml = (await callApi(testApp, cookie, 'GET', url)).body;
      const response = await upload(cookie, xml);
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ valid: true, employees: 2, cases: 2, refusals: [] });
    });

    it('refuses a damaged message with the line, element and a translated reason', async () => {
      const { cookie } = await employerWithCases();
      const xml = (await callApi(testApp, cookie, 'GET', url)).body.replace(
        '<PrcVrzm>50.00</PrcVrzm>',
        '<PrcVrzm>150.00</PrcVrzm>',
      );
      const response = await upload(cookie, xml);
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json<SiviCheckResponse>();
      expect(body.valid).toBe(false);
      expect(body.refusals).toHaveLength(1);
      expect(body.refusals[0]).toMatchObject({ code: 'sivi_percentage_invalid' });
      expect(body.refusals[0]?.line).toBeGreaterThan(1);
      expect(body.refusals[0]?.message).toMatch(/150\.00/);
      const broken = await upload(cookie, '<Verzuimmeldingen>');
      expect(broken.json<SiviCheckResponse>().refusals[0]?.code).toBe('sivi_invalid_xml');
      const empty = await upload(cookie, '');
      expect(empty.json<SiviCheckResponse>().valid).toBe(false);
    });

    it('refuses a message with a DOCTYPE unread and says why, within fixed memory', async () => {
      const { cookie } = await employerWithCases();
      const xml = (await callApi(testApp, cookie, 'GET', url)).body;
      for (const [name, hostile] of Object.entries(hostileXml(xml, 'Verzuimmeldingen'))) {
        const { result: response, rise } = await peakRssRise(() => upload(cookie, hostile));
        expect(response.statusCode, name).toBe(200);
        expect(response.json<SiviCheckResponse>(), name).toEqual({
          valid: false,
          employees: 0,
          cases: 0,
          refusals: [
            {
              line: 2,
              element: 'Verzuimmeldingen',
              code: 'sivi_doctype',
              message: expect.stringContaining('Dit bericht bevat een DOCTYPE'),
            },
          ],
        });
        expect(response.body, name).not.toMatch(/root:|lollol/);
        expect(rise, name).toBeLessThan(mebibytes(64));
      }
    });

    it('refuses a body that is not multipart, and a role without the permission', async () => {
      const { cookie } = await employerWithCases();
      const plain = await callApi(testApp, cookie, 'POST', checkUrl, { xml: '<x/>' });
      expect(plain.statusCode).toBe(415);
      const other = await createTestUser(testApp, { role: 'super_user' });
      const refused = await upload(await logIn(testApp, other), '<x/>');
      expect(refused.statusCode).toBe(403);
    });
  });
});
