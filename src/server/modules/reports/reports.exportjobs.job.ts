import type { JobRunner } from '../../platform/jobs/jobs.js';
import type { ExportJob, ExportJobsUseCases } from './reports.exportjobs.usecases.js';

export const reportExportJob = 'report-export';
export const reportExportsCleanupJob = 'report-exports-cleanup';

/**
 * The report exports on the pg-boss queue: each requested export is a job (retried twice when
 * it fails: a failed export is marked failed and tried again), and a cleanup job, put on the
 * queue by a timer in every instance as the signals' tick is, removes expired files and rows.
 */
export async function scheduleReportExports(
  jobs: JobRunner,
  exports: Pick<ExportJobsUseCases, 'run' | 'cleanup' | 'useQueue'>,
  { cleanupEverySeconds = 60 * 60 }: { cleanupEverySeconds?: number } = {},
): Promise<{ stop(): void }> {
  await jobs.register<ExportJob>(reportExportJob, (job) => exports.run(job), {
    retryLimit: 2,
    expireInSeconds: 15 * 60,
  });
  await jobs.register(
    reportExportsCleanupJob,
    async () => {
      await exports.cleanup();
    },
    { retryLimit: 0, expireInSeconds: 10 * 60 },
  );
  exports.useQueue((job) => jobs.send(reportExportJob, job));
  const send = () => void jobs.send(reportExportsCleanupJob, {}).catch(() => undefined);
  send();
  const timer = setInterval(send, cleanupEverySeconds * 1000);
  // The timer alone never keeps the process alive; the HTTP server does.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
