import { type JobRunner, scheduleRecurring } from '../../platform/jobs/jobs.js';
import type { RetentionUseCases } from './retention.usecases.js';

export const retentionCleanupJob = 'retention-cleanup';

/**
 * The retention clean-up on the pg-boss queue: put there at start and every `everySeconds` (a
 * day) by a timer in every instance, as the other recurring jobs are. Harmless to repeat: a run
 * erases only what is expired and not yet erased.
 */
export function scheduleRetentionCleanup(
  jobs: JobRunner,
  retention: Pick<RetentionUseCases, 'cleanup'>,
  { everySeconds = 24 * 60 * 60 }: { everySeconds?: number } = {},
): Promise<{ stop(): void }> {
  return scheduleRecurring(jobs, retentionCleanupJob, () => retention.cleanup(), {
    everySeconds,
    expireInSeconds: 60 * 60,
  });
}
