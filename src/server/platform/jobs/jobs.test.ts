import { afterEach, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { createFakeClock } from '../clock.js';
import { createOutboxMailer } from '../mail/mailer.js';
import { createOutboxRepository } from '../outbox/outbox.repository.js';
import { createJobRunner, type JobLogger, type JobRunner } from './jobs.js';

/** Job failures are expected in these tests; they are logged, not printed. */
const quietLogger: JobLogger = { warn: () => undefined, error: () => undefined };
const waitLong = { timeout: 15_000, interval: 50 };

describeEachDatabase('job runner', (context) => {
  const running: JobRunner[] = [];
  function newRunner(): JobRunner {
    const runner = createJobRunner({
      database: context.database,
      logger: quietLogger,
      pollingIntervalSeconds: 0.5,
    });
    running.push(runner);
    return runner;
  }
  afterEach(async () => {
    await Promise.all(running.splice(0).map((runner) => runner.stop()));
  });

  async function jobState(id: string | null): Promise<string | undefined> {
    const { rows } = await context.database.sql.query<{ state: string }>(
      'select state from pgboss.job where id = $1',
      [id],
    );
    return rows[0]?.state;
  }

  // First in this file: only on a database without pg-boss's tables do both runners race to
  // install them, and the loser's failed script must not leave PGlite's connection unusable.
  it('two runners starting at once on a fresh database both start and work', async () => {
    const [first, second] = [newRunner(), newRunner()];
    const handled: unknown[] = [];
    await second.register('boot-check', async (data) => {
      handled.push(data);
    });

    await Promise.all([first.start(), second.start()]);
    const id = await first.send('boot-check', { ok: true });

    await vi.waitFor(async () => expect(await jobState(id)).toBe('completed'), waitLong);
    expect(handled).toEqual([{ ok: true }]);
  });

  it('handles a sent job once, with its data, and marks it completed', async () => {
    const runner = newRunner();
    const handled: unknown[] = [];
    await runner.register<{ caseId: string }>('case-opened', async (data) => {
      handled.push(data);
    });
    await runner.start();

    const id = await runner.send('case-opened', { caseId: 'c-1' });

    await vi.waitFor(async () => expect(await jobState(id)).toBe('completed'), waitLong);
    // Two more polling rounds: a second delivery would show up here.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(handled).toEqual([{ caseId: 'c-1' }]);
  });

  it('a job sent while no worker runs is handled by the next runner after a restart', async () => {
    const first = newRunner();
    await first.start();
    const id = await first.send('welcome-mail', { userId: 'u-1' });
    await first.stop();
    expect(await jobState(id)).toBe('created');

    const second = newRunner();
    const handled: unknown[] = [];
    await second.register('welcome-mail', async (data) => {
      handled.push(data);
    });
    await second.start();

    await vi.waitFor(async () => expect(await jobState(id)).toBe('completed'), waitLong);
    expect(handled).toEqual([{ userId: 'u-1' }]);
  });

  it('a failing job is retried until it succeeds, within its retry limit', async () => {
    const runner = newRunner();
    let attempts = 0;
    await runner.register(
      'flaky-export',
      async () => {
        attempts += 1;
        if (attempts < 3) throw new Error(`attempt ${attempts} failed`);
      },
      { retryLimit: 2, retryDelaySeconds: 0 },
    );
    await runner.start();

    const id = await runner.send('flaky-export', {});

    await vi.waitFor(async () => expect(await jobState(id)).toBe('completed'), waitLong);
    expect(attempts).toBe(3);
  });

  it('a job that keeps failing stops after its retry limit and is marked failed', async () => {
    const runner = newRunner();
    let attempts = 0;
    await runner.register(
      'broken-report',
      async () => {
        attempts += 1;
        throw new Error('always fails');
      },
      { retryLimit: 1, retryDelaySeconds: 0 },
    );
    await runner.start();

    const id = await runner.send('broken-report', {});

    await vi.waitFor(async () => expect(await jobState(id)).toBe('failed'), waitLong);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(attempts).toBe(2);
  });

  it('a job sent to start later is not handled before its time', async () => {
    const runner = newRunner();
    const handledAt: number[] = [];
    await runner.register('reminder', async () => {
      handledAt.push(Date.now());
    });
    await runner.start();

    const sentAt = Date.now();
    const id = await runner.send('reminder', {}, { startAfterSeconds: 2 });

    await vi.waitFor(async () => expect(await jobState(id)).toBe('completed'), waitLong);
    expect(handledAt).toHaveLength(1);
    expect(handledAt[0]! - sentAt).toBeGreaterThanOrEqual(1_900);
  });

  it('two runners on one database handle each job exactly once', async () => {
    const handledBy = new Map<number, string[]>();
    for (const runnerName of ['a', 'b']) {
      const runner = newRunner();
      await runner.register<{ n: number }>('signal-mail', async ({ n }) => {
        handledBy.set(n, [...(handledBy.get(n) ?? []), runnerName]);
      });
      await runner.start();
    }
    const sender = running[0]!;

    const ids = await Promise.all(
      Array.from({ length: 10 }, (_, n) => sender.send('signal-mail', { n })),
    );

    await vi.waitFor(async () => {
      for (const id of ids) expect(await jobState(id)).toBe('completed');
    }, waitLong);
    expect([...handledBy.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...handledBy.values()].every((runners) => runners.length === 1)).toBe(true);
  });

  it('a handler writing to the same database works while workers poll (no PGlite deadlock)', async () => {
    const outbox = createOutboxRepository(context.database.db);
    const mailer = createOutboxMailer(outbox, createFakeClock(new Date('2025-03-07T09:00:00Z')));
    const runner = newRunner();
    await runner.register<{ to: string }>('send-mail', async ({ to }) => {
      await mailer.send({ to, subject: 'Signaal', text: 'Er is een taak voor u.' });
    });
    await runner.register('idle-queue', async () => undefined);
    await runner.start();

    const ids = await Promise.all(
      ['p@example.nl', 'q@example.nl', 'r@example.nl'].map((to) =>
        runner.send('send-mail', { to }),
      ),
    );

    await vi.waitFor(async () => {
      for (const id of ids) expect(await jobState(id)).toBe('completed');
    }, waitLong);
    const recipients = (await outbox.listRecent(10)).map((message) => message.recipient);
    expect(recipients.sort()).toEqual(['p@example.nl', 'q@example.nl', 'r@example.nl']);
  });

  it('stop waits for a running handler and its completion, and can be followed by a restart', async () => {
    const runner = newRunner();
    let markStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    let release: () => void = () => undefined;
    await runner.register('slow-job', async () => {
      markStarted();
      await new Promise<void>((done) => (release = done));
    });
    await runner.start();
    const id = await runner.send('slow-job', {});
    await started;

    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(await jobState(id)).toBe('completed');

    await runner.start();
    const next = await runner.send('slow-job', {});
    expect(next).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to send before the runner started and to register one job twice', async () => {
    const runner = newRunner();
    await expect(runner.send('early', {})).rejects.toThrow('sent before the job runner started');
    await runner.register('once', async () => undefined);
    await expect(runner.register('once', async () => undefined)).rejects.toThrow(
      'registered twice',
    );
  });
});
