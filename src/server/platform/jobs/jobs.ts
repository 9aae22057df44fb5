import PgBoss from 'pg-boss';
import type { Database } from '../../db/connection.js';

/** What a job kind declares about failures; pg-boss keeps these per queue. */
export type JobOptions = {
  /** Retries after the first attempt (pg-boss default 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Doubles the delay on each retry, with jitter. */
  retryBackoff?: boolean;
  /** A handler running longer than this is failed (and retried); pg-boss default 15 minutes. */
  expireInSeconds?: number;
};

export type JobRunner = {
  start(): Promise<void>;
  /** Waits for running handlers to finish; afterwards no timer or query of the runner is left. */
  stop(): Promise<void>;
  /** Declares a job kind and works its queue; before start() it is kept until start(). */
  register<T extends object>(
    name: string,
    handler: (data: T) => Promise<void>,
    options?: JobOptions,
  ): Promise<void>;
  /** Data is stored as JSON. The job id, or null when pg-boss declined the job. */
  send<T extends object>(
    name: string,
    data: T,
    options?: { startAfterSeconds?: number },
  ): Promise<string | null>;
};

export type JobLogger = {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
};

const consoleLogger: JobLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

type Registration = { handler: (data: never) => Promise<void>; options: JobOptions };

/**
 * Background jobs on pg-boss, in the app's own database: PostgreSQL, or PGlite in embedded mode.
 * pg-boss reaches the database only through the adapter below, so both take the same path.
 */
export function createJobRunner({
  database,
  logger = consoleLogger,
  pollingIntervalSeconds = 2,
}: {
  database: Database;
  logger?: JobLogger;
  /** How often an idle worker looks for work; pg-boss's minimum is 0.5. */
  pollingIntervalSeconds?: number;
}): JobRunner {
  // Everything pg-boss has asked of the database and every running handler, so stop() can wait
  // for them: pg-boss completes a job without awaiting it, and a late query would otherwise hit
  // a closed database.
  const pending = new Set<Promise<unknown>>();
  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    const forget = () => pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  const boss = new PgBoss({
    db: { executeSql: (text, values) => track(executeSql(database, text, values)) },
    pollingIntervalSeconds,
    // Cron schedules are not used; without them pg-boss runs no clock or cron timers.
    schedule: false,
  });
  boss.on('error', (error: Error) => logger.error({ err: error }, 'Job runner error'));

  const registrations = new Map<string, Registration>();
  const knownQueues = new Set<string>();
  let started = false;

  async function work(name: string, registration: Registration): Promise<void> {
    const queue = queueOf(name, registration.options);
    await boss.createQueue(name, queue);
    // The registration is the declaration: it also updates a queue that send() created first.
    await boss.updateQueue(name, queue);
    knownQueues.add(name);
    await boss.work<unknown>(name, async (jobs) => {
      for (const job of jobs) {
        try {
          await track(registration.handler(job.data as never));
        } catch (error) {
          logger.warn({ err: error, job: name, jobId: job.id }, 'Job failed; pg-boss retries it');
          throw error;
        }
      }
    });
  }

  return {
    async start() {
      if (started) return;
      await boss.start();
      started = true;
      for (const [name, registration] of registrations) await work(name, registration);
    },

    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true });
      await settle(pending);
    },

    async register(name, handler, options = {}) {
      if (registrations.has(name)) throw new Error(`Job "${name}" is registered twice`);
      const registration: Registration = { handler: handler as Registration['handler'], options };
      registrations.set(name, registration);
      if (started) await work(name, registration);
    },

    async send(name, data, options = {}) {
      if (!started) throw new Error(`Job "${name}" sent before the job runner started`);
      // pg-boss 10 drops jobs for a queue that does not exist.
      if (!knownQueues.has(name)) {
        await boss.createQueue(name);
        knownQueues.add(name);
      }
      return boss.send(name, data, {
        ...(options.startAfterSeconds === undefined
          ? {}
          : { startAfter: options.startAfterSeconds }),
      });
    },
  };
}

function queueOf(name: string, options: JobOptions): PgBoss.Queue {
  // pg-boss rejects an option that is present but undefined.
  const queue: PgBoss.Queue = { name };
  if (options.retryLimit !== undefined) queue.retryLimit = options.retryLimit;
  if (options.retryDelaySeconds !== undefined) queue.retryDelay = options.retryDelaySeconds;
  if (options.retryBackoff !== undefined) queue.retryBackoff = options.retryBackoff;
  if (options.expireInSeconds !== undefined) queue.expireInSeconds = options.expireInSeconds;
  return queue;
}

/**
 * pg-boss sends its installation and maintenance as scripts of several statements without
 * parameters; PGlite runs those only through exec. Everything else is one statement.
 */
async function executeSql(
  database: Database,
  text: string,
  values: unknown[] | undefined,
): Promise<{ rows: unknown[] }> {
  const isScript = (values === undefined || values.length === 0) && /;\s*\S/.test(text);
  if (!isScript) return database.sql.query(text, values);
  try {
    await database.sql.exec(text);
  } catch (error) {
    // A failed script leaves PGlite's only connection inside the aborted transaction (PostgreSQL
    // ends it itself, so there this is a no-op); pg-boss expects some failures, such as a race
    // to install its schema.
    await database.sql.exec('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { rows: [] };
}

/** Resolves once nothing is pending, also after what the last settled promise set off. */
async function settle(pending: Set<Promise<unknown>>): Promise<void> {
  for (;;) {
    if (pending.size > 0) {
      await Promise.allSettled([...pending]);
      continue;
    }
    await new Promise((resolve) => setImmediate(resolve));
    if (pending.size === 0) return;
  }
}

/**
 * A job that recurs: a timer in every app instance puts it on the queue every `everySeconds`
 * (and once at once), and whichever instance's worker takes it runs it (pg-boss cron stays off).
 * More instances only mean more runs, so `run` must be harmless to repeat. A failed run is not
 * retried: the next one comes anyway.
 */
export async function scheduleRecurring(
  jobs: JobRunner,
  name: string,
  run: () => Promise<unknown>,
  { everySeconds, expireInSeconds = 10 * 60 }: { everySeconds: number; expireInSeconds?: number },
): Promise<{ stop(): void }> {
  await jobs.register(
    name,
    async () => {
      await run();
    },
    { retryLimit: 0, expireInSeconds },
  );
  const send = () => void jobs.send(name, {}).catch(() => undefined);
  send();
  const timer = setInterval(send, everySeconds * 1000);
  // The timer alone never keeps the process alive; the HTTP server does.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
