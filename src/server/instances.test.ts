import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from './db/connection.js';
import { trustEmployerId } from './db/tenancy.js';
import { scheduleSignals } from './modules/signals/signals.job.js';
import { createJobRunner, type JobLogger, type JobRunner } from './platform/jobs/jobs.js';
import {
  actorOf,
  createTestInstances,
  createTestUser,
  type TestApp,
  totpCodeAt,
} from './test/app.js';
import { createTestPostgresDatabase, testDatabaseKinds } from './test/databases.js';
import { hireEmployee } from './test/employees.js';
import { startRoundRobinProxy } from './test/proxy.js';
import { samplePdf } from './test/sample-files.js';
import { decodeQuotedPrintable, useSmtpServer } from './test/smtp.js';

const quietLogger: JobLogger = { warn: () => undefined, error: () => undefined };

/**
 * Two app instances, each a real HTTP server with its own connection pool and job runner, behind a
 * round-robin proxy, against one PostgreSQL database: what docs/scaling.md promises.
 */
describe.skipIf(!testDatabaseKinds().includes('postgres'))(
  'two app instances behind a load balancer [postgres only: PGlite is one process and one connection]',
  () => {
    const smtp = useSmtpServer();
    let databases: Database[] = [];
    let instances: TestApp[] = [];
    let runners: JobRunner[] = [];
    const schedules: { stop(): void }[] = [];
    let proxy: { url: string; close(): Promise<void> };

    beforeAll(async () => {
      const { database, url } = await createTestPostgresDatabase();
      databases = [database, await openDatabase({ kind: 'postgres', url, maxConnections: 5 })];
      instances = await createTestInstances(databases, { SMTP_URL: smtp.url() });
      const ports: number[] = [];
      for (const instance of instances) {
        await instance.app.listen({ host: '127.0.0.1', port: 0 });
        const address = instance.app.server.address();
        if (!address || typeof address === 'string') throw new Error('not listening');
        ports.push(address.port);
      }
      proxy = await startRoundRobinProxy(ports);
      runners = databases.map((database) =>
        createJobRunner({ database, logger: quietLogger, pollingIntervalSeconds: 0.5 }),
      );
      for (const [index, runner] of runners.entries()) {
        await runner.start();
        const signals = instances[index]?.modules.signals;
        if (signals) schedules.push(await scheduleSignals(runner, signals, { everySeconds: 1 }));
      }
    });
    afterAll(async () => {
      for (const schedule of schedules) schedule.stop();
      await Promise.all(runners.map((runner) => runner.stop()));
      await proxy?.close();
      for (const instance of instances) await instance.close();
      // The first database drops the test database, so the second pool closes first.
      for (const database of [...databases].reverse()) await database.close();
    });

    const setClocks = (date: Date) => {
      for (const instance of instances) instance.clock.set(date);
    };
    /** A request through the proxy as the web app sends it. */
    const call = (method: string, path: string, cookie?: string, body?: unknown) =>
      fetch(`${proxy.url}${path}`, {
        method,
        headers: {
          'x-requested-with': 'fetch',
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const sessionCookieOf = (response: Response) => {
      const cookie = response.headers
        .getSetCookie()
        .find((entry) => entry.split('=')[0]?.endsWith('verzuim_session'));
      if (!cookie) throw new Error('no session cookie');
      return cookie.split(';')[0] ?? '';
    };

    it('a session begun on one instance goes on on the other, and ends on both', async () => {
      const [first] = instances as [TestApp];
      const user = await createTestUser(first);
      // Round robin: the password step on one instance, the second factor on the other.
      const password = await call('POST', '/api/auth/login', undefined, {
        loginName: user.loginName,
        password: user.password,
      });
      expect(password.status).toBe(200);
      const verified = await call('POST', '/api/auth/second-factor', sessionCookieOf(password), {
        kind: 'totp',
        code: await totpCodeAt(user.totpSecret, first.clock.now()),
      });
      expect(verified.status).toBe(200);
      const cookie = sessionCookieOf(verified);
      for (let i = 0; i < 4; i++) {
        const me = await call('GET', '/api/auth/me', cookie);
        expect(me.status).toBe(200);
        expect((await me.json()) as object).toMatchObject({ user: { id: user.userId } });
      }
      expect((await call('POST', '/api/auth/logout', cookie)).status).toBeLessThan(300);
      for (let i = 0; i < 2; i++)
        expect((await call('GET', '/api/auth/me', cookie)).status).toBe(401);
    });

    it('runs each job once, whichever instance sent it and whichever worker takes it', async () => {
      const handled: { instance: number; n: number }[] = [];
      for (const [instance, runner] of runners.entries()) {
        await runner.register<{ n: number }>('instances-probe', async ({ n }) => {
          handled.push({ instance, n });
        });
      }
      for (let n = 0; n < 40; n++) await runners[n % 2]?.send('instances-probe', { n });
      await vi.waitFor(() => expect(handled).toHaveLength(40), { timeout: 20_000, interval: 100 });
      // A second run of any job would arrive within a few polls.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(handled.map(({ n }) => n).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, n) => n),
      );
    });

    it('sends each signal once while both instances tick every second', async () => {
      const [first] = instances as [TestApp];
      const user = await createTestUser(first);
      const employerId = trustEmployerId(user.employerId);
      const { id: departmentId } = await first.modules.organisation.createDepartment(employerId, {
        name: 'Zorg',
        parentId: null,
      });
      const employeeId = await hireEmployee(first.modules.employees, employerId, { departmentId });
      // Thursday 5 March 2026: the upload's 10-minute window has closed by 09:10.
      setClocks(new Date('2026-03-05T09:02:00Z'));
      await first.modules.dossier.uploadDocument(
        await actorOf(first, user.userId, employerId),
        employeeId,
        {
          category: 'correspondence',
          caseId: null,
          uploadedName: 'twee-instanties.pdf',
          content: samplePdf('twee instanties'),
        },
      );
      setClocks(new Date('2026-03-05T09:10:00Z'));
      const recipient = `${user.loginName}@example.test`;
      const received = () =>
        smtp.received.filter(
          (mail) =>
            mail.to.includes(recipient) &&
            decodeQuotedPrintable(mail.raw).includes('twee-instanties.pdf'),
        );
      await vi.waitFor(() => expect(received()).toHaveLength(1), {
        timeout: 20_000,
        interval: 200,
      });
      // More ticks of both instances: a second mail would arrive here.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(received()).toHaveLength(1);
    });
  },
);
