import type { JobRunner } from '../../platform/jobs/jobs.js';
import type { WebhooksUseCases } from './integration.webhooks.usecases.js';

export const webhooksDispatchJob = 'webhooks-dispatch';

/**
 * The webhooks' dispatcher on the pg-boss queue: a timer in every instance sends a dispatch job
 * every `everySeconds` (as the signals' tick), and whichever worker takes it attempts the due
 * deliveries. The retries and their backoff are the deliveries' own (`next_attempt_at`), so a
 * failed dispatch is not retried by pg-boss: the next one comes anyway.
 */
export async function scheduleWebhooks(
  jobs: JobRunner,
  webhooks: Pick<WebhooksUseCases, 'dispatch'>,
  { everySeconds = 5 }: { everySeconds?: number } = {},
): Promise<{ stop(): void }> {
  await jobs.register(
    webhooksDispatchJob,
    async () => {
      await webhooks.dispatch();
    },
    { retryLimit: 0, expireInSeconds: 10 * 60 },
  );
  const send = () => void jobs.send(webhooksDispatchJob, {}).catch(() => undefined);
  send();
  const timer = setInterval(send, everySeconds * 1000);
  // The timer alone never keeps the process alive; the HTTP server does.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
