import { type JobRunner, scheduleRecurring } from '../../platform/jobs/jobs.js';
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
  exports.useQueue((job) => jobs.send(reportExportJob, job));
  return scheduleRecurring(jobs, reportExportsCleanupJob, () => exports.cleanup(), {
    everySeconds: cleanupEverySeconds,
  });
}
