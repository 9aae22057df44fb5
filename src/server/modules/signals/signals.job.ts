import { type JobRunner, scheduleRecurring } from '../../platform/jobs/jobs.js';
import type { SignalsUseCases } from './signals.usecases.js';

export const signalsTickJob = 'signals-tick';

/**
 * The scheduler of the signals: a tick every `everySeconds`, run by whichever instance's worker
 * takes it (`scheduleRecurring`). More instances only mean more ticks: `sent_signals` keeps each
 * mail to one.
 */
export async function scheduleSignals(
  jobs: JobRunner,
  signals: Pick<SignalsUseCases, 'tick'>,
  { everySeconds = 60 }: { everySeconds?: number } = {},
): Promise<{ stop(): void }> {
  return scheduleRecurring(jobs, signalsTickJob, () => signals.tick(), { everySeconds });
}
