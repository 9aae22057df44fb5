import type { JobRunner } from '../../platform/jobs/jobs.js';
import type { SignalsUseCases } from './signals.usecases.js';

export const signalsTickJob = 'signals-tick';

/**
 * The scheduler of the signals: a timer in every app instance puts a tick job on the pg-boss
 * queue every `everySeconds`, and whichever instance's worker takes it runs `tick` (cron
 * schedules are off in the job runner). More instances only mean more ticks: `sent_signals`
 * keeps each mail to one. A failed tick is not retried by pg-boss: the next one comes anyway.
 */
export async function scheduleSignals(
  jobs: JobRunner,
  signals: Pick<SignalsUseCases, 'tick'>,
  { everySeconds = 60 }: { everySeconds?: number } = {},
): Promise<{ stop(): void }> {
  await jobs.register(
    signalsTickJob,
    async () => {
      await signals.tick();
    },
    { retryLimit: 0, expireInSeconds: 10 * 60 },
  );
  const send = () => void jobs.send(signalsTickJob, {}).catch(() => undefined);
  send();
  const timer = setInterval(send, everySeconds * 1000);
  // The timer alone never keeps the process alive; the HTTP server does.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
