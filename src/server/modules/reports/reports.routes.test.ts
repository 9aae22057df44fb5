import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AbsencePercentageReport } from '../../../contracts/reports.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
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
const calendarVp = (100 * 37.5) / 266;
const workingVp = (100 * 27.7) / 188.2;

describeEachDatabase('Verzuimpercentage per maand (GET /api/reports/…)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let units: Awaited<ReturnType<typeof workedExampleEmployer>>['units'];
  let people: Awaited<ReturnType<typeof workedExampleEmployer>>['people'];

  const call = (query: string, as = cookie) =>
    callReport(testApp, 'verzuimpercentage-per-maand', query, as);
  const report = (query: string, as = cookie) =>
    reportJson<AbsencePercentageReport>(testApp, 'verzuimpercentage-per-maand', query, as);

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    ({ employerId, cookie, units, people } = await workedExampleEmployer(testApp));
  });
  afterAll(() => testApp.close());

  it('gives DOMAIN.md §4 worked example: VP 14.10 over Q1 2025 in calendar days', async () => {
    const body = await report(quarter);
    expect(body.total.vp).toBeCloseTo(calendarVp, 9);
    expect(body.total.vp?.toFixed(2)).toBe('14.10');
    expect(body.total.months.map((month) => month.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(body.total.months[2]?.cumulativeVp).toBeCloseTo(calendarVp, 9);
    expect(body.units.map((unit) => unit.name)).toEqual(['Keuken', 'Zorg']);
    // Keuken is D alone, never sick.
    expect(body.units[0]?.vp).toBe(0);
  });

  it('gives the worked example MF 3.33, mean duration 15.0, nulverzuim 25% and classes', async () => {
    const { total } = await report(quarter);
    expect(total.mf?.toFixed(2)).toBe('3.33');
    expect(total.averageHeadcount).toBeCloseTo(329 / 90, 9);
    expect(total.meanDuration).toBe(15);
    expect(total.zeroAbsencePct).toBe(25);
    expect(total.vpByDurationClass.short).toBeCloseTo((100 * 10) / 266, 9);
    expect(total.vpByDurationClass.medium).toBeCloseTo((100 * 27.5) / 266, 9);
    expect(total.vpByDurationClass.long).toBe(0);
    expect(total.vpByDurationClass.extraLong).toBe(0);
  });

  it('counts Monday–Friday with the working-days method', async () => {
    const { total } = await report(`${quarter}&method=working`);
    expect(total.vp).toBeCloseTo(workingVp, 9);
    // Frequency, duration and nulverzuim count calendar days whatever the method.
    expect(total.mf?.toFixed(2)).toBe('3.33');
    expect(total.meanDuration).toBe(15);
    expect(total.zeroAbsencePct).toBe(25);
    expect(total.vpByDurationClass.short).toBeCloseTo((100 * 8) / 188.2, 9);
    expect(total.vpByDurationClass.medium).toBeCloseTo((100 * (10.5 + 9.2)) / 188.2, 9);
  });

  it('shows the selected units at the chosen level, sub-units included', async () => {
    const body = await report(`${quarter}&unitIds=${units.wijk}&level=2`);
    expect(body.units.map((unit) => unit.name)).toEqual(['Wijkteam']);
    // B alone: 15.5 sick days of 45 weighted employment days.
    expect(body.total.vp).toBeCloseTo((100 * 15.5) / 45, 9);
    expect(body.selectedUnits).toEqual([{ id: units.wijk, name: 'Wijkteam' }]);
    const zorg = await report(`${quarter}&unitIds=${units.zorg}&level=2`);
    expect(zorg.units.map((unit) => unit.name)).toEqual(['Wijkteam', 'Zorg']);
    expect(zorg.total.vp).toBeCloseTo((100 * 37.5) / (266 - 59), 9);
  });

  it("counts only the employees in a manager's scope, also in the totals", async () => {
    const manager = await createTestUser(testApp, { role: 'manager_without_reports', employerId });
    await setScope(testApp, manager, { departmentIds: [units.keuken] });
    const body = await report(quarter, await logIn(testApp, manager));
    expect(body.units.map((unit) => unit.name)).toEqual(['Keuken']);
    expect(body.total.vp).toBe(0);
    const byEmployee = await createTestUser(testApp, {
      role: 'manager_without_reports',
      employerId,
    });
    await setScope(testApp, byEmployee, { employeeIds: [people.b] });
    expect((await report(quarter, await logIn(testApp, byEmployee))).total.vp).toBeCloseTo(
      (100 * 15.5) / 45,
      9,
    );
  });

  it('refuses roles without statistics (the verzuimmelder)', async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    expect((await call(quarter, await logIn(testApp, reporter))).statusCode).toBe(403);
  });

  it('answers bad filters with 400 and the field at fault', async () => {
    for (const [query, path, code] of [
      ['from=2025-03-01&to=2025-01-01', 'to', 'report_period_reversed'],
      ['from=2010-01-01&to=2025-01-01', 'to', 'report_period_too_long'],
      [`${quarter}&unitIds=${units.elsewhere}`, 'unitIds', 'report_unit_unknown'],
      [`${quarter}&unitIds=nonsense`, 'unitIds', 'invalid_format'],
      [`${quarter}&level=0`, 'level', 'too_small'],
      [`${quarter}&method=hours`, 'method', 'invalid_value'],
      ['from=2025-02-30&to=2025-03-01', 'from', 'invalid_format'],
    ] as const) {
      const response = await call(query);
      expect(response.statusCode, query).toBe(400);
      const fields = response.json<{ error: { fields?: { path: string; code: string }[] } }>().error
        .fields;
      expect(fields?.[0], query).toMatchObject({ path: expect.stringContaining(path) });
      expect(
        fields?.map((field) => field.code),
        query,
      ).toContain(code);
    }
  });

  it('exports the tables to Excel with real numbers and dates, frozen headers, filters and the filters used', async () => {
    const response = await call(`${quarter}&format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(
      'verzuimpercentage-per-maand-2025-01-01-2025-03-31.xlsx',
    );
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kerncijfers',
      'Totaal',
      'Per eenheid',
      'Gekozen filters',
    ]);
    const figures = workbook.getWorksheet('Kerncijfers') as ExcelJS.Worksheet;
    expect(figures.getCell('A3').value).toBe('Meldingsfrequentie (per medewerker per jaar)');
    expect(figures.getCell('B3').value as number).toBeCloseTo((3 / (329 / 90)) * (365 / 90), 9);
    const total = workbook.getWorksheet('Totaal') as ExcelJS.Worksheet;
    expect(total.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(total.autoFilter).toBeTruthy();
    expect(total.getCell('A4').value).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(total.getCell('C4').value as number).toBeCloseTo(calendarVp, 9);
    const perUnit = workbook.getWorksheet('Per eenheid') as ExcelJS.Worksheet;
    expect(perUnit.rowCount).toBe(1 + 2 * 3);
    const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
    expect(filters.getCell('B3').value).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(filters.getCell('B5').value).toBe('Kalenderdagen');
    expect(filters.getCell('B6').value).toBe('Hele werkgever');
  });

  it('exports a PDF with the filters on the cover, the figures, page numbers and the explanation, in Dutch', async () => {
    const response = await call(`${quarter}&unitIds=${units.zorg}&level=2&format=pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="verzuimpercentage-per-maand-2025-01-01-2025-03-31.pdf"',
    );
    const text = await pdfPages(response.rawPayload);
    const pages = text.length;
    expect(text[0]).toContain('Verzuimpercentage per maand');
    expect(text[0]).toContain('1 januari 2025');
    expect(text[0]).toContain('31 maart 2025');
    expect(text[0]).toContain('Kalenderdagen');
    expect(text[0]).toMatch(/Organisatie-eenheden\s+Zorg/);
    // Zorg without Keuken: 37.5 sick days of 207 weighted days.
    const zorgVp = `${((100 * 37.5) / 207).toFixed(2).replace('.', ',')}%`;
    expect(text.join('\n')).toContain(`Verzuimpercentage over de periode: ${zorgVp}`);
    expect(text.join('\n')).toContain('Wijkteam');
    text.forEach((page, index) => expect(page).toContain(`pagina ${index + 1} van ${pages}`));
    expect(text[pages - 1]).toContain('Toelichting');
    expect(text[pages - 1]).toContain('Meldingsfrequentie (MF):');
    expect(text[pages - 1]).toContain('Kalenderdagen: elke dag telt');
    expect(text[pages - 1]).toContain('Afgedrukt op');
  });

  it('exports the PDF in English for an English reader, working days explained', async () => {
    const reader = await createTestUser(testApp, { employerId });
    const english = await logIn(testApp, reader);
    const preference = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me/preferences',
      headers: { ...fetchHeaders, cookie: english },
      payload: { locale: 'en' },
    });
    expect(preference.statusCode).toBe(200);
    const response = await call(`${quarter}&method=working&format=pdf`, english);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      'absence-percentage-per-month-2025-01-01-2025-03-31.pdf',
    );
    const text = await pdfPages(response.rawPayload);
    const pages = text.length;
    expect(text[0]).toContain('Absence percentage per month');
    expect(text[0]).toContain('1 January 2025');
    expect(text[0]).toContain('Whole employer');
    expect(text.join('\n')).toContain(
      `Absence percentage over the period: ${workingVp.toFixed(2)}%`,
    );
    text.forEach((page, index) => expect(page).toContain(`page ${index + 1} of ${pages}`));
    expect(text[pages - 1]).toContain('Explanation');
    expect(text[pages - 1]).toContain('Zero absence:');
    expect(text[pages - 1]).toContain('Working days: only Monday to Friday count');
    expect(text[pages - 1]).toContain('Printed on');
  });

  it("refuses the PDF to the verzuimmelder and for another employer's unit", async () => {
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    expect((await call(`${quarter}&format=pdf`, await logIn(testApp, reporter))).statusCode).toBe(
      403,
    );
    const foreign = await call(`${quarter}&unitIds=${units.elsewhere}&format=pdf`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.headers['content-type']).toContain('application/json');
    expect(foreign.body).toContain('report_unit_unknown');
  });
});
