import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDateTime } from '../../../contracts/formats.js';
import type { AnnualSummaryReport, SnapshotList } from '../../../contracts/report-snapshots.js';
import { type AuthorizedEmployerId, inTenant } from '../../db/tenancy.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { pdfPages, sickEpisode, workbookOf, workedExampleEmployer } from '../../test/reports.js';
import { setScope } from '../../test/scope.js';
import { reportSnapshots } from './reports.table.js';

const quarter = { from: '2025-01-01', to: '2025-03-31' };
const query = `from=${quarter.from}&to=${quarter.to}`;
/** DOMAIN.md §4's worked example (reports.routes.test.ts): 37.5 sick of 266 employment days. */
const calendarVp = (100 * 37.5) / 266;

describeEachDatabase('Verzuimsamenvatting jaar and its snapshots (issue 12)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let limitedCookie: string;
  let strangerCookie: string;
  let units: Awaited<ReturnType<typeof workedExampleEmployer>>['units'];
  let people: Awaited<ReturnType<typeof workedExampleEmployer>>['people'];

  async function get<T>(url: string, as = cookie): Promise<T> {
    const response = await testApp.app.inject({
      method: 'GET',
      url,
      headers: { ...fetchHeaders, cookie: as },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  }

  async function record(as = cookie, body: object = quarter): Promise<AnnualSummaryReport> {
    const response = await callApi(testApp, as, 'POST', '/api/reports/snapshots', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<AnnualSummaryReport>();
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    ({ employerId, cookie, units, people } = await workedExampleEmployer(testApp));
    const limited = await createTestUser(testApp, { role: 'manager_without_reports', employerId });
    await setScope(testApp, limited, { departmentIds: [units.keuken] });
    limitedCookie = await logIn(testApp, limited);
    strangerCookie = await logIn(testApp, await createTestUser(testApp));
  });
  afterAll(() => testApp.close());

  it('gives the main figures of the period in total and per unit, recording nothing on GET', async () => {
    const body = await get<AnnualSummaryReport>(`/api/reports/verzuimsamenvatting-jaar?${query}`);
    expect(body.snapshot).toBeNull();
    expect(body.total.vp).toBeCloseTo(calendarVp, 9);
    expect(body.total.mf?.toFixed(2)).toBe('3.33');
    expect(body.total.meanDuration).toBe(15);
    expect(body.total.zeroAbsencePct).toBe(25);
    expect(body.units.map((unit) => unit.name)).toEqual(['Keuken', 'Zorg']);
    expect(body.units[0]?.figures.vp).toBe(0);
    expect(body.units[0]?.figures.zeroAbsencePct).toBe(100);
    // Zorg: A, B, C; 37.5 sick days of 266 - 59 (D's days in Keuken).
    expect(body.units[1]?.figures.vp).toBeCloseTo((100 * 37.5) / 207, 9);
    expect(body.total.months.map((month) => month.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    const rows = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(reportSnapshots),
    );
    expect(rows).toEqual([]);
  });

  it('opens a snapshot with the same numbers after the data changed', async () => {
    const recorded = await record();
    expect(recorded.snapshot).toMatchObject({ ...quarter, method: 'calendar', mine: true });
    expect(recorded.total.vp).toBeCloseTo(calendarVp, 9);
    // D falls sick for all of March, and A's hours change: the data of now differs.
    await sickEpisode(testApp, employerId, people.d, '2025-03-31', [
      { validFrom: '2025-03-01', percentage: 100 },
    ]);
    const now = await get<AnnualSummaryReport>(`/api/reports/verzuimsamenvatting-jaar?${query}`);
    expect(now.total.vp).toBeGreaterThan(calendarVp + 1);
    const reopened = await get<AnnualSummaryReport>(
      `/api/reports/snapshots/${recorded.snapshot?.id}`,
    );
    expect(reopened).toEqual(recorded);
    const list = await get<SnapshotList>('/api/reports/snapshots');
    expect(list.items[0]).toEqual(recorded.snapshot);
  });

  it('records only the employees in the scope and shows snapshots by the rule of the use cases', async () => {
    const full = await record();
    const mine = await record(limitedCookie);
    expect(mine.units.map((unit) => unit.name)).toEqual(['Keuken']);
    const stored = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(reportSnapshots),
    );
    const limitedData = stored.find((row) => row.id === mine.snapshot?.id)?.data as {
      employments: { employeeId: string }[];
    };
    expect(limitedData.employments.map((employment) => employment.employeeId)).toEqual([people.d]);
    // The limited user: their own snapshot only; the whole employer's is not found.
    const limitedList = await get<SnapshotList>('/api/reports/snapshots', limitedCookie);
    expect(limitedList.items.map((item) => item.id)).toEqual([mine.snapshot?.id]);
    const refused = await testApp.app.inject({
      method: 'GET',
      url: `/api/reports/snapshots/${full.snapshot?.id}`,
      headers: { ...fetchHeaders, cookie: limitedCookie },
    });
    expect(refused.statusCode).toBe(404);
    // A user of the whole employer sees both, the limited one's marked as not theirs.
    const fullList = await get<SnapshotList>('/api/reports/snapshots');
    expect(fullList.items.find((item) => item.id === mine.snapshot?.id)?.mine).toBe(false);
    expect(fullList.items.some((item) => item.id === full.snapshot?.id)).toBe(true);
    // Another employer's user: nothing listed, 404 on the id.
    expect((await get<SnapshotList>('/api/reports/snapshots', strangerCookie)).items).toEqual([]);
    const foreign = await testApp.app.inject({
      method: 'GET',
      url: `/api/reports/snapshots/${full.snapshot?.id}`,
      headers: { ...fetchHeaders, cookie: strangerCookie },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('refuses a period over two years and the verzuimmelder', async () => {
    const response = await callApi(testApp, cookie, 'POST', '/api/reports/snapshots', {
      from: '2024-12-01',
      to: '2025-01-31',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('report_period_one_year');
    for (const body of [
      { ...quarter, level: '1' },
      { ...quarter, unitIds: units.keuken },
      { ...quarter, format: 'xlsx' },
    ]) {
      const refused = await callApi(testApp, cookie, 'POST', '/api/reports/snapshots', body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
    }
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const refused = await testApp.app.inject({
      method: 'GET',
      url: '/api/reports/snapshots',
      headers: { ...fetchHeaders, cookie: await logIn(testApp, reporter) },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('exports a snapshot to Excel with the figures, the units, the months and the moment', async () => {
    const recorded = await record();
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/reports/snapshots/${recorded.snapshot?.id}?format=xlsx`,
      headers: { ...fetchHeaders, cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(
      'verzuimsamenvatting-jaar-2025-01-01-2025-03-31.xlsx',
    );
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Kerncijfers',
      'Per eenheid',
      'Per maand',
      'Gekozen filters',
    ]);
    const perUnit = workbook.getWorksheet('Per eenheid') as ExcelJS.Worksheet;
    expect(perUnit.getCell('A3').value).toBe('Zorg');
    expect(perUnit.getCell('B3').value as number).toBeCloseTo(
      recorded.units[1]?.figures.vp as number,
      9,
    );
    const filters = workbook.getWorksheet('Gekozen filters') as ExcelJS.Worksheet;
    expect(filters.getCell('A8').value).toBe('Momentopname van');
  });

  it('prints a snapshot to the same PDF every time, apart from the print date, after the data changed', async () => {
    const recorded = await record();
    const pdf = () =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/reports/snapshots/${recorded.snapshot?.id}?format=pdf`,
        headers: { ...fetchHeaders, cookie },
      });
    const first = await pdf();
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toContain(
      'verzuimsamenvatting-jaar-2025-01-01-2025-03-31.pdf',
    );
    await sickEpisode(testApp, employerId, people.a, '2025-02-28', [
      { validFrom: '2025-02-03', percentage: 100 },
    ]);
    // The same moment: the same bytes.
    expect((await pdf()).rawPayload.equals(first.rawPayload)).toBe(true);
    const printedAt = testApp.clock.now();
    testApp.clock.advance(60_000);
    const later = await pdf();
    expect(later.rawPayload.equals(first.rawPayload)).toBe(false);
    const [before, after] = [await pdfPages(first.rawPayload), await pdfPages(later.rawPayload)];
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(before[0]).toContain('Verzuimsamenvatting jaar');
    expect(before[0]).toContain('Momentopname van');
    expect(before.join('\n')).toContain(
      `${(recorded.total.vp ?? 0).toFixed(2).replace('.', ',')}%`,
    );
    expect(before.at(-1)).toContain(`Afgedrukt op ${formatDateTime(printedAt, 'nl')}`);
    expect(after.at(-1)).toContain(`Afgedrukt op ${formatDateTime(testApp.clock.now(), 'nl')}`);
  });
});
