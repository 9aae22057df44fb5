import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AbsenceAnalysisReport, QuarterlyReport } from '../../../contracts/reports.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  callReport,
  pdfPages,
  reportJson,
  workbookOf,
  workedExampleEmployer,
} from '../../test/reports.js';
import { setScope } from '../../test/scope.js';

const quarter = 'from=2025-01-01&to=2025-03-31';

describeEachDatabase('Kwartaalrapportage and Verzuimanalyse (GET /api/reports/…)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let units: Awaited<ReturnType<typeof workedExampleEmployer>>['units'];
  let people: Awaited<ReturnType<typeof workedExampleEmployer>>['people'];

  const quarterly = (query: string, as = cookie) =>
    reportJson<QuarterlyReport>(testApp, 'kwartaalrapportage', query, as);
  const analysis = (query: string, as = cookie) =>
    reportJson<AbsenceAnalysisReport>(testApp, 'verzuimanalyse-totaal', query, as);
  const close = (actual: number | null | undefined, expected: number) =>
    expect(actual).toBeCloseTo(expected, 9);

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    ({ employerId, cookie, units, people } = await workedExampleEmployer(testApp));
  });
  afterAll(() => testApp.close());

  it('gives the worked example of DOMAIN.md §4 as the kwartaalrapportage total (calendar days)', async () => {
    const body = await quarterly(quarter);
    const { total } = body;
    expect(total.vp?.toFixed(2)).toBe('14.10');
    close(total.vp, (100 * 37.5) / 266);
    expect(total.mf?.toFixed(2)).toBe('3.33');
    close(total.mf, (3 / (329 / 90)) * (365 / 90));
    expect(total.meanDuration?.toFixed(1)).toBe('15.0');
    expect(total.zeroAbsencePct).toBe(25);
    close(total.averageHeadcount, 329 / 90);
    close(total.vpByDurationClass.short, (100 * 10) / 266);
    close(total.vpByDurationClass.medium, (100 * 27.5) / 266);
    expect(total.vpByDurationClass.long).toBe(0);
    expect(total.vpByDurationClass.extraLong).toBe(0);
    // One quarter, the whole period: the same figures.
    expect(total.quarters).toHaveLength(1);
    expect(total.quarters[0]).toMatchObject({
      quarter: '2025-Q1',
      from: '2025-01-01',
      to: '2025-03-31',
    });
    close(total.quarters[0]?.vp, (100 * 37.5) / 266);
    expect(body.units.map((unit) => unit.name)).toEqual(['Keuken', 'Zorg']);
    // Keuken is D alone (59 of 90 days), never sick; Zorg is A, B and C.
    expect(body.units[0]).toMatchObject({ vp: 0, zeroAbsencePct: 100, mf: 0 });
    close(body.units[1]?.vp, (100 * 37.5) / 207);
    close(body.units[1]?.averageHeadcount, 3);
  });

  it('gives the worked example in working days (27.7 of 188.2 weighted days)', async () => {
    const { total } = await quarterly(`${quarter}&method=working`);
    close(total.vp, (100 * 27.7) / 188.2);
    // Frequency, duration and nulverzuim count calendar days whatever the method.
    expect(total.mf?.toFixed(2)).toBe('3.33');
    expect(total.meanDuration).toBe(15);
    expect(total.zeroAbsencePct).toBe(25);
    close(total.vpByDurationClass.short, (100 * 8) / 188.2);
    close(total.vpByDurationClass.medium, (100 * (10.5 + 9.2)) / 188.2);
  });

  it('cuts the quarters to the period', async () => {
    const { total } = await quarterly('from=2025-02-15&to=2025-05-10');
    expect(total.quarters.map(({ quarter: id, from, to }) => [id, from, to])).toEqual([
      ['2025-Q1', '2025-02-15', '2025-03-31'],
      ['2025-Q2', '2025-04-01', '2025-05-10'],
    ]);
    // 1 April – 10 May: B sick all 40 days at 20 h; A, C, D never.
    close(total.quarters[1]?.vp, (100 * 40 * 0.5) / (40 * (1 + 0.5 + 0.8 + 1)));
    // C's episode ended in Q1 (20 days); B's is still open.
    expect(total.quarters[0]?.meanDuration).toBe(20);
    expect(total.quarters[1]?.meanDuration).toBeNull();
    // B's open episode runs 71 days up to 10 May: middellang.
    close(total.quarters[1]?.vpByDurationClass.medium, total.quarters[1]?.vp ?? Number.NaN);
  });

  it('gives the verzuimanalyse: sick days and VP by class, gender, age class, month and unit', async () => {
    const body = await analysis(quarter);
    close(body.total.sickDays, 37.5);
    close(body.total.employedDays, 266);
    close(body.total.sickDaysByDurationClass.short, 10);
    close(body.total.sickDaysByDurationClass.medium, 27.5);
    expect(body.total.zeroAbsencePct).toBe(25);
    const gender = Object.fromEntries(body.byGender.map((row) => [row.gender, row]));
    // Men: A and D; women: B and C; nobody stated no gender.
    close(gender.m?.sickDays, 10);
    close(gender.m?.employedDays, 90 + 59);
    expect(gender.m?.zeroAbsencePct).toBe(50);
    close(gender.f?.vp, (100 * 27.5) / (45 + 72));
    expect(gender.f?.zeroAbsencePct).toBe(0);
    expect(gender.x).toMatchObject({ vp: null, zeroAbsencePct: null, averageHeadcount: 0 });
    // Ages on 31 March 2025: C 22, A 34, D 44, B 65.
    const age = Object.fromEntries(body.byAgeClass.map((row) => [row.ageClass, row]));
    close(age.under25?.sickDays, 12);
    close(age.from25to34?.vp, (100 * 10) / 90);
    expect(age.from35to44).toMatchObject({ vp: 0, zeroAbsencePct: 100 });
    expect(age.from45to54?.vp).toBeNull();
    close(age.from55?.vp, (100 * 15.5) / 45);
    expect(body.months.map((month) => month.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    close(body.months[0]?.sickDays, 10);
    close(body.months[0]?.employedDays, 31 * (1 + 0.5 + 0.8));
    close(
      body.months.reduce((sum, month) => sum + month.sickDays, 0),
      body.total.sickDays,
    );
    expect(body.units.map((unit) => unit.name)).toEqual(['Keuken', 'Zorg']);
    close(body.units[1]?.sickDays, 37.5);
  });

  it("counts only the employees in a manager's scope, also in the totals", async () => {
    const manager = await createTestUser(testApp, { role: 'manager_without_reports', employerId });
    await setScope(testApp, manager, { departmentIds: [units.keuken] });
    const session = await logIn(testApp, manager);
    const limited = await quarterly(quarter, session);
    expect(limited.units.map((unit) => unit.name)).toEqual(['Keuken']);
    expect(limited.total).toMatchObject({ vp: 0, zeroAbsencePct: 100, mf: 0 });
    close(limited.total.averageHeadcount, 59 / 90);
    // The same as the whole employer's report of Keuken.
    const keuken = await quarterly(`${quarter}&unitIds=${units.keuken}`);
    expect(limited.total).toEqual(keuken.total);
    const limitedAnalysis = await analysis(quarter, session);
    expect(limitedAnalysis.total.sickDays).toBe(0);
    close(limitedAnalysis.total.employedDays, 59);
    expect(limitedAnalysis.byGender.find((row) => row.gender === 'f')?.averageHeadcount).toBe(0);

    const byEmployee = await createTestUser(testApp, {
      role: 'manager_without_reports',
      employerId,
    });
    await setScope(testApp, byEmployee, { employeeIds: [people.b] });
    const onlyB = await analysis(quarter, await logIn(testApp, byEmployee));
    close(onlyB.total.vp, (100 * 15.5) / 45);
    close(onlyB.byAgeClass.find((row) => row.ageClass === 'from55')?.sickDays, 15.5);
  });

  it("refuses the verzuimmelder and another employer's units", async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const session = await logIn(testApp, reporter);
    for (const report of ['kwartaalrapportage', 'verzuimanalyse-totaal']) {
      expect((await callReport(testApp, report, quarter, session)).statusCode).toBe(403);
      for (const [query, code] of [
        [`${quarter}&unitIds=${units.elsewhere}`, 'report_unit_unknown'],
        ['from=2025-03-01&to=2025-01-01', 'report_period_reversed'],
        [`${quarter}&method=hours`, 'invalid_value'],
      ] as const) {
        const response = await callReport(testApp, report, query, cookie);
        expect(response.statusCode, query).toBe(400);
        expect(response.body, query).toContain(code);
      }
    }
  });

  it('exports the kwartaalrapportage to Excel', async () => {
    const response = await callReport(
      testApp,
      'kwartaalrapportage',
      `${quarter}&format=xlsx`,
      cookie,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      'kwartaalrapportage-verzuim-2025-01-01-2025-03-31.xlsx',
    );
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kerncijfers',
      'Totaal',
      'Per eenheid',
      'Gekozen filters',
    ]);
    const total = workbook.getWorksheet('Totaal') as ExcelJS.Worksheet;
    expect(total.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(total.autoFilter).toBeTruthy();
    expect(total.getCell('A1').value).toBe('Kwartaal');
    expect(total.getCell('A2').value).toBe('2025-Q1');
    expect(total.getCell('B2').value).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(total.getCell('D1').value).toBe('Verzuimpercentage');
    close(total.getCell('D2').value as number, (100 * 37.5) / 266);
    close(total.getCell('I2').value as number, (100 * 10) / 266);
    const perUnit = workbook.getWorksheet('Per eenheid') as ExcelJS.Worksheet;
    expect(perUnit.getColumn(1).values.slice(2)).toEqual(['Keuken', 'Zorg']);
    const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
    expect(filters.getCell('A2').value).toBe('Kwartaalrapportage verzuim');
  });

  it('exports the verzuimanalyse to Excel', async () => {
    const response = await callReport(
      testApp,
      'verzuimanalyse-totaal',
      `${quarter}&format=xlsx&method=working`,
      cookie,
    );
    expect(response.statusCode).toBe(200);
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kerncijfers',
      'Totaal',
      'Per geslacht',
      'Per leeftijdsklasse',
      'Per maand',
      'Per eenheid',
      'Gekozen filters',
    ]);
    const gender = workbook.getWorksheet('Per geslacht') as ExcelJS.Worksheet;
    expect(gender.getCell('A2').value).toBe('Man');
    expect(gender.getCell('B1').value).toBe('Verzuimdagen (gewogen)');
    close(gender.getCell('B2').value as number, 8);
    const months = workbook.getWorksheet('Per maand') as ExcelJS.Worksheet;
    expect(months.getCell('A2').value).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(months.rowCount).toBe(4);
    const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
    expect(filters.getCell('B5').value).toBe('Werkdagen (ma–vr)');
  });

  it('exports the kwartaalrapportage to PDF: filters, figures per quarter, the class chart, the explanation', async () => {
    const response = await callReport(
      testApp,
      'kwartaalrapportage',
      `${quarter}&format=pdf`,
      cookie,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain(
      'kwartaalrapportage-verzuim-2025-01-01-2025-03-31.pdf',
    );
    const text = await pdfPages(response.rawPayload);
    expect(text[0]).toContain('Kwartaalrapportage verzuim');
    expect(text[0]).toContain('Hele werkgever');
    const all = text.join('\n');
    expect(all).toContain('2025-Q1');
    expect(all).toContain('14,10%');
    expect(all).toContain('Verzuimpercentage middellang (15–91 dagen)');
    text.forEach((page, index) => expect(page).toContain(`pagina ${index + 1} van ${text.length}`));
    expect(text.at(-1)).toContain('Duurklassen:');
  });

  it('exports the verzuimanalyse to PDF: absolute days and figures per gender, age, month and unit', async () => {
    const response = await callReport(
      testApp,
      'verzuimanalyse-totaal',
      `${quarter}&format=pdf&method=working`,
      cookie,
    );
    expect(response.statusCode).toBe(200);
    const text = await pdfPages(response.rawPayload);
    expect(text[0]).toContain('Verzuimanalyse totaal');
    expect(text[0]).toContain('Werkdagen (ma–vr)');
    const all = text.join('\n');
    expect(all).toContain('Verzuim per geslacht');
    expect(all).toContain('Man');
    expect(all).toContain('Keuken');
    expect(all).toContain('27,70');
    expect(text.at(-1)).toContain('Werkdagen: alleen maandag tot en met vrijdag');
  });
});
