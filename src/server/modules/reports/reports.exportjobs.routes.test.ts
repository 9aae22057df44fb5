import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReportExport, ReportExportList } from '../../../contracts/report-exports.js';
import { type AuthorizedEmployerId, inTenant } from '../../db/tenancy.js';
import { callApi, createTestApp, createTestUser, logIn, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { workbookOf, workedExampleEmployer } from '../../test/reports.js';
import { reportExports } from './reports.table.js';

const request = {
  report: 'verzuimpercentage-per-maand',
  format: 'xlsx',
  from: '2025-01-01',
  to: '2025-03-31',
};

describeEachDatabase('report exports as background jobs (issue 12)', (context) => {
  let testApp: TestApp;
  let employerId: AuthorizedEmployerId;
  let cookie: string;
  let units: { elsewhere: string };

  async function prepare(body: object = request, as = cookie): Promise<ReportExport> {
    const response = await callApi(testApp, as, 'POST', '/api/reports/exports', body);
    expect(response.statusCode, response.body).toBe(202);
    await testApp.modules.reportExports.settled();
    return response.json<ReportExport>();
  }

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    ({ employerId, cookie, units } = await workedExampleEmployer(testApp));
  });
  afterAll(() => testApp.close());

  it('prepares the Excel with its progress, then downloads it with the numbers of the report', async () => {
    const queued = await prepare();
    expect(queued).toMatchObject({ status: 'queued', progress: 0, fileName: null });
    const done = (
      await callApi(testApp, cookie, 'GET', `/api/reports/exports/${queued.id}`)
    ).json<ReportExport>();
    expect(done).toMatchObject({
      status: 'done',
      progress: 100,
      fileName: 'verzuimpercentage-per-maand-2025-01-01-2025-03-31.xlsx',
    });
    const list = await callApi(testApp, cookie, 'GET', '/api/reports/exports');
    expect(list.json<ReportExportList>().items.map((item) => item.id)).toContain(queued.id);
    const file = await callApi(testApp, cookie, 'GET', `/api/reports/exports/${queued.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(done.fileName as string);
    const workbook = await workbookOf(file.rawPayload);
    const figures = workbook.getWorksheet('Kerncijfers') as ExcelJS.Worksheet;
    expect(figures.getCell('B2').value as number).toBeCloseTo((100 * 37.5) / 266, 9);
  });

  it('makes the PDF, and the annual summary within one year only', async () => {
    const pdf = await prepare({ ...request, format: 'pdf' });
    const file = await callApi(testApp, cookie, 'GET', `/api/reports/exports/${pdf.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const summary = await prepare({ ...request, report: 'verzuimsamenvatting-jaar' });
    const made = await callApi(testApp, cookie, 'GET', `/api/reports/exports/${summary.id}`);
    expect(made.json<ReportExport>().status).toBe('done');
    const twoYears = await callApi(testApp, cookie, 'POST', '/api/reports/exports', {
      ...request,
      report: 'verzuimsamenvatting-jaar',
      from: '2024-12-01',
    });
    expect(twoYears.statusCode).toBe(400);
  });

  it('answers 404 to anyone but the requester, also of another employer', async () => {
    const mine = await prepare();
    const colleague = await logIn(testApp, await createTestUser(testApp, { employerId }));
    const stranger = await logIn(testApp, await createTestUser(testApp));
    for (const as of [colleague, stranger]) {
      for (const url of [
        `/api/reports/exports/${mine.id}`,
        `/api/reports/exports/${mine.id}/file`,
      ]) {
        expect((await callApi(testApp, as, 'GET', url)).statusCode, url).toBe(404);
      }
      const list = await callApi(testApp, as, 'GET', '/api/reports/exports');
      expect(list.json<ReportExportList>().items).toEqual([]);
    }
  });

  it('removes the file and the row after 7 days', async () => {
    const old = await prepare();
    await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx
        .update(reportExports)
        .set({ expiresAt: new Date(testApp.platform.clock.now().getTime() - 1000) }),
    );
    const { removed } = await testApp.modules.reportExports.cleanup();
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(
      (await callApi(testApp, cookie, 'GET', `/api/reports/exports/${old.id}/file`)).statusCode,
    ).toBe(404);
    const left = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(reportExports),
    );
    expect(left).toEqual([]);
  });

  it('refuses bad requests with 400 and the verzuimmelder with 403', async () => {
    for (const body of [
      { ...request, report: 'salarissen' },
      { ...request, format: 'docx' },
      { ...request, level: '1' },
      { ...request, extra: true },
      { ...request, to: '2024-01-01' },
    ]) {
      const response = await callApi(testApp, cookie, 'POST', '/api/reports/exports', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const reporter = await createTestUser(testApp, { role: 'absence_reporter', employerId });
    const refused = await callApi(
      testApp,
      await logIn(testApp, reporter),
      'POST',
      '/api/reports/exports',
      request,
    );
    expect(refused.statusCode).toBe(403);
  });

  it("refuses another employer's unit at once, storing nothing", async () => {
    const before = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(reportExports),
    );
    const response = await callApi(testApp, cookie, 'POST', '/api/reports/exports', {
      ...request,
      unitIds: [units.elsewhere],
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.fields).toEqual([
      expect.objectContaining({ path: 'unitIds', code: 'report_unit_unknown' }),
    ]);
    const after = await inTenant(testApp.platform.database.db, employerId, (tx) =>
      tx.select().from(reportExports),
    );
    expect(after).toEqual(before);
  });
});
