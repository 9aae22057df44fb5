import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ReportExport } from '../../../contracts/report-exports.js';
import { createJobRunner, type JobLogger } from '../../platform/jobs/jobs.js';
import { callApi, createTestApp, type TestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { workedExampleEmployer } from '../../test/reports.js';
import { scheduleReportExports } from './reports.exportjobs.job.js';

const quietLogger: JobLogger = { warn: () => undefined, error: () => undefined };

describeEachDatabase('report exports on the job runner (pg-boss)', (context) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(() => testApp.close());

  it('a requested export goes through the queue and is ready to download', async () => {
    const { cookie } = await workedExampleEmployer(testApp);
    const runner = createJobRunner({
      database: context.database,
      logger: quietLogger,
      pollingIntervalSeconds: 0.5,
    });
    await runner.start();
    const schedule = await scheduleReportExports(runner, testApp.modules.reportExports);
    try {
      const response = await callApi(testApp, cookie, 'POST', '/api/reports/exports', {
        report: 'kwartaalrapportage',
        format: 'xlsx',
        from: '2025-01-01',
        to: '2025-03-31',
      });
      expect(response.statusCode, response.body).toBe(202);
      const { id } = response.json<ReportExport>();
      await vi.waitFor(
        async () => {
          const polled = await callApi(testApp, cookie, 'GET', `/api/reports/exports/${id}`);
          expect(polled.json<ReportExport>().status).toBe('done');
        },
        { timeout: 20_000, interval: 250 },
      );
      const file = await callApi(testApp, cookie, 'GET', `/api/reports/exports/${id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toContain('.xlsx');
    } finally {
      schedule.stop();
      await runner.stop();
    }
  });
});
