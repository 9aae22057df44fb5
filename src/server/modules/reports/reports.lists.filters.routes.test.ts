import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AbsencePerEmployeeReport } from '../../../contracts/report-lists.js';
import type { Role } from '../../../contracts/permissions.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
  type TestUser,
} from '../../test/app.js';
import { insertCase } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';
import { pdfPages, workbookOf } from '../../test/reports.js';

const quarter = 'from=2025-01-01&to=2025-03-31';
const perEmployee = 'verzuim-per-medewerker';

/**
 * OverzichtVerzuimPerMedewerker's own filters (the manual: "de geselecteerde verzuimoorzaken en
 * de geselecteerde vangnetsituatie"): a row is listed when its cause is one chosen and its vangnet
 * is the one chosen; a role chooses only among the causes it is shown.
 */
describeEachDatabase('OverzichtVerzuimPerMedewerker: causes and vangnet filters', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let superUser: TestUser;
  let cookie: string;
  let otherUnit: string;
  const people: Record<string, string> = {};

  const addCase = (
    employeeId: string,
    classification: string,
    firstDay: string,
    flags: { flag: string; value?: string }[] = [],
  ) =>
    insertCase(testApp, employerId, employeeId, {
      classification,
      firstDay,
      lastDay: null,
      segments: [{ validFrom: firstDay, percentage: 100 }],
      flags,
    });

  function call(query: string, as = cookie) {
    return testApp.app.inject({
      method: 'GET',
      url: `/api/reports/${perEmployee}?${query}`,
      headers: { ...fetchHeaders, cookie: as },
    });
  }

  async function rowsOf(query: string) {
    const response = await call(`${quarter}&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<AbsencePerEmployeeReport>();
    return { body, rows: body.rows.map((row) => [row.employeeName, row.cause, row.safetyNet]) };
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    superUser = await createTestUser(testApp);
    employerId = trustEmployerId(superUser.employerId);
    cookie = await logIn(testApp, superUser);
    const { organisation, employees } = testApp.modules;
    const unit = (await organisation.createDepartment(employerId, { name: 'Zorg', parentId: null }))
      .id;
    const hire = (firstName: string, lastName: string) =>
      hireEmployee(
        employees,
        employerId,
        { departmentId: unit, startDate: '2024-06-01' },
        { firstName, lastName },
      );
    people.anna = await hire('Anna', 'Albers');
    people.bram = await hire('Bram', 'Bakker');
    people.cor = await hire('Cor', 'Claes');
    // Anna: ill, with a work accident flagged: two rows, neither a vangnet.
    await addCase(people.anna, 'illness', '2025-01-06', [{ flag: 'work_accident' }]);
    // Bram: a no-risk policy, a safety-net kind an employer role is shown only as "vangnet".
    await addCase(people.bram, 'no_risk_policy', '2025-02-03');
    // Cor: ill, with a vangnet flagged.
    await addCase(people.cor, 'illness', '2025-03-03', [
      { flag: 'safety_net', value: 'organ_donation' },
    ]);
    const other = await createTestUser(testApp);
    otherUnit = (
      await organisation.createDepartment(trustEmployerId(other.employerId), {
        name: 'Elders',
        parentId: null,
      })
    ).id;
  });
  afterAll(() => testApp.close());

  it('lists every cause and vangnet when none is chosen, and says so', async () => {
    const { body, rows } = await rowsOf('');
    expect(rows).toEqual([
      ['Albers, Anna', 'illness', false],
      ['Albers, Anna', 'work_accident', false],
      ['Bakker, Bram', null, true],
      ['Claes, Cor', 'illness', true],
    ]);
    expect(body).toMatchObject({ causes: [], safetyNet: null });
  });

  it('keeps the rows of the chosen causes, a row per cause', async () => {
    const { body, rows } = await rowsOf('causes=work_accident');
    expect(rows).toEqual([['Albers, Anna', 'work_accident', false]]);
    expect(body.causes).toEqual(['work_accident']);
    expect((await rowsOf('causes=illness,work_accident')).rows).toHaveLength(3);
  });

  it('matches a safety-net kind the role is not shown as "vangnet (onbekend welke)"', async () => {
    const { rows } = await rowsOf('causes=safety_net_unknown');
    expect(rows).toEqual([['Bakker, Bram', null, true]]);
  });

  it('keeps the rows with or without a vangnet, and combines it with the causes', async () => {
    expect((await rowsOf('safetyNet=yes')).rows).toEqual([
      ['Bakker, Bram', null, true],
      ['Claes, Cor', 'illness', true],
    ]);
    expect((await rowsOf('safetyNet=no')).rows).toEqual([
      ['Albers, Anna', 'illness', false],
      ['Albers, Anna', 'work_accident', false],
    ]);
    const { body, rows } = await rowsOf('causes=illness&safetyNet=yes');
    expect(rows).toEqual([['Claes, Cor', 'illness', true]]);
    expect(body.safetyNet).toBe('yes');
  });

  it('lets an arbodienst role choose the safety-net kind it is shown', async () => {
    const operator = (role: Role) => ({
      userId: superUser.userId,
      sessionId: 'test',
      role,
      isOperator: true,
      employerId,
      scope: { kind: 'employer' as const },
      ip: '127.0.0.1',
      requestId: 'test',
    });
    const filter = { from: '2025-01-01', to: '2025-03-31', method: 'calendar', level: 1 } as const;
    const body = await testApp.modules.reports.absencePerEmployee(operator('case_manager'), {
      ...filter,
      causes: ['no_risk_policy'],
    });
    expect(body.rows.map((row) => [row.employeeName, row.cause])).toEqual([
      ['Bakker, Bram', 'no_risk_policy'],
    ]);
    // The kind itself, not the employer's "vangnet (onbekend welke)", is what an operator sees.
    const unknown = await testApp.modules.reports.absencePerEmployee(operator('company_doctor'), {
      ...filter,
      causes: ['safety_net_unknown'],
    });
    expect(unknown.rows).toEqual([]);
  });

  it('refuses a cause the role is not shown, unknown values and units of another employer', async () => {
    for (const hidden of ['no_risk_policy', 'organ_donation', 'illness,pregnancy_related']) {
      const response = await call(`${quarter}&causes=${hidden}`);
      expect(response.statusCode, hidden).toBe(400);
      expect(response.json()).toMatchObject({
        error: { code: 'validation', fields: [{ path: 'causes', code: 'report_cause_hidden' }] },
      });
    }
    for (const bad of ['causes=flu', 'causes=illness,,x', 'safetyNet=maybe', 'safetyNet=']) {
      expect((await call(`${quarter}&${bad}`)).statusCode, bad).toBe(400);
    }
    const foreign = await call(`${quarter}&causes=illness&unitIds=${otherUnit}`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('report_unit_unknown');
  });

  it("names Trajecthistorie's protocols and status on its filters sheet", async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/reports/trajecthistorie?${quarter}&protocols=WVP&status=open&format=xlsx`,
      headers: { ...fetchHeaders, cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    const workbook = await workbookOf(response.rawPayload);
    const values = new Map<string, unknown>();
    workbook
      .getWorksheet('Gekozen filters')
      ?.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Protocollen')).toBe('Wet verbetering poortwachter');
    expect(values.get('Trajectstatus')).toBe('Lopend');
  });

  describe('exports', () => {
    const chosen = 'causes=illness,safety_net_unknown&safetyNet=yes&level=2';

    it('lists the chosen causes, vangnet and level on the filters sheet', async () => {
      const response = await call(`${quarter}&${chosen}&format=xlsx`);
      expect(response.statusCode, response.body).toBe(200);
      const workbook = await workbookOf(response.rawPayload);
      const rows = workbook.getWorksheet('Verzuim per medewerker') as ExcelJS.Worksheet;
      expect(rows.rowCount).toBe(1 + 2);
      const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
      const values = new Map<string, unknown>();
      filters.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(values.get('Niveaus tonen')).toBe('2');
      expect(values.get('Verzuimoorzaken')).toBe('Ziekte, Vangnet (onbekend welke)');
      expect(values.get('Vangnetsituatie')).toBe('Ja');
    });

    it('prints them on the PDF cover, and "Alle" when none is chosen', async () => {
      const cover = async (query: string) => {
        const response = await call(`${quarter}&${query}&format=pdf`);
        expect(response.statusCode, response.body).toBe(200);
        return (await pdfPages(response.rawPayload))[0] ?? '';
      };
      const first = await cover(chosen);
      expect(first).toContain('Verzuimoorzaken');
      expect(first).toContain('Ziekte, Vangnet (onbekend welke)');
      expect(first).toMatch(/Vangnetsituatie\s*Ja/);
      expect(await cover('')).toMatch(/Verzuimoorzaken\s*Alle/);
    });
  });
});
