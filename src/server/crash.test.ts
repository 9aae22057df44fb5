import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './db/connection.js';
import { trustEmployerId } from './db/tenancy.js';
import { createTestApp, createTestUser, type TestUser, totpCodeAt } from './test/app.js';
import { createTestPostgresDatabase, testDatabaseKinds } from './test/databases.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * kill -9 of the app during a burst of writes: the production entry (`src/server/main.ts`) runs in
 * a child process, is killed without warning while employees are being added, and started again.
 * Every write the client saw acknowledged must be there, with its audit entry, and no employee
 * may be half-written (without its employment or its employment's terms), since each addition is
 * one transaction.
 */
describe.skipIf(!testDatabaseKinds().includes('postgres'))(
  'kill -9 during a burst of writes [postgres only: PGlite is inside the killed process]',
  () => {
    let database: Database;
    let env: Record<string, string>;
    let dataDir: string;
    let baseUrl: string;
    let user: TestUser;
    let employerId: string;
    let departmentId: string;
    let child: ChildProcess | undefined;
    let output = '';

    beforeAll(async () => {
      const created = await createTestPostgresDatabase();
      database = created.database;
      const encryptionKeys = `k1:${randomBytes(32).toString('base64')}`;
      // The fixtures are made in this process, with the key the app will have.
      const fixtures = await createTestApp(database, { ENCRYPTION_KEYS: encryptionKeys });
      try {
        user = await createTestUser(fixtures);
        employerId = user.employerId;
        departmentId = (
          await fixtures.modules.organisation.createDepartment(trustEmployerId(employerId), {
            name: 'Zorg',
            parentId: null,
          })
        ).id;
      } finally {
        await fixtures.close();
      }
      dataDir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-crash-'));
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      // Only what the app reads (config.ts); nothing of this process's environment leaks in.
      env = {
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: baseUrl,
        DATABASE_URL: created.url,
        ENCRYPTION_KEYS: encryptionKeys,
        DATA_DIR: dataDir,
        JOBS_ENABLED: 'false',
        DEMO: '0',
        LOG_LEVEL: 'warn',
        RATE_LIMIT_AUTH_PER_IP: '1000',
        RATE_LIMIT_AUTH_PER_ACCOUNT: '1000',
      };
    });
    afterAll(async () => {
      child?.kill('SIGKILL');
      await database?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    });

    /** Starts the app as production does, and waits until /healthz answers ok. */
    async function startApp(): Promise<void> {
      const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: repositoryRoot,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child = started;
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline) {
        if (started.exitCode !== null) throw new Error(`the app exited:\n${output}`);
        const ok = await fetch(`${baseUrl}/healthz`).then(
          (response) => response.ok,
          () => false,
        );
        if (ok) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`the app did not start:\n${output}`);
    }

    const call = (method: string, url: string, cookie?: string, body?: unknown) =>
      fetch(`${baseUrl}${url}`, {
        method,
        headers: {
          'x-requested-with': 'fetch',
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const cookieOf = (response: Response) =>
      response.headers
        .getSetCookie()
        .find((entry) => entry.split('=')[0]?.endsWith('verzuim_session'))
        ?.split(';')[0] ?? '';
    const newEmployee = (lastName: string) => ({
      firstName: 'Kim',
      lastName,
      gender: 'x',
      dateOfBirth: '1990-05-01',
      employments: [
        {
          departmentId,
          startDate: '2024-01-01',
          employmentType: 'permanent',
          contractHoursPerWeek: 32,
        },
      ],
    });

    it('keeps every acknowledged employee, with its audit entry, and none half-written', async () => {
      await startApp();
      const password = await call('POST', '/api/auth/login', undefined, {
        loginName: user.loginName,
        password: user.password,
      });
      expect(password.status).toBe(200);
      const verified = await call('POST', '/api/auth/second-factor', cookieOf(password), {
        kind: 'totp',
        code: await totpCodeAt(user.totpSecret, new Date()),
      });
      expect(verified.status, await verified.clone().text()).toBe(200);
      const cookie = cookieOf(verified);

      // The client's record: what the app acknowledged, by name.
      const acknowledged = new Map<string, string>();
      let sent = 0;
      let killed = false;
      const writer = async () => {
        while (sent < 400) {
          const lastName = `Crash-${sent++}`;
          try {
            const response = await call('POST', '/api/employees', cookie, newEmployee(lastName));
            if (response.status === 201) {
              acknowledged.set(lastName, ((await response.json()) as { id: string }).id);
            }
          } catch {
            // The connection died with the app: this write is unknown to the client.
          }
          if (!killed && acknowledged.size >= 25) {
            killed = true;
            child?.kill('SIGKILL');
          }
          if (killed) return;
        }
      };
      await Promise.all(Array.from({ length: 8 }, writer));
      expect(killed).toBe(true);
      await new Promise<void>((resolve) => {
        if (child?.exitCode !== null || child?.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });

      await startApp();
      const { rows } = await database.sql.query<{
        id: string;
        last_name: string;
        employments: number;
        without_terms: number;
        audited: boolean;
      }>(
        `select e.id, e.last_name,
                (select count(*)::int from employments m where m.employee_id = e.id) as employments,
                (select count(*)::int from employments m where m.employee_id = e.id
                   and not exists (select 1 from employment_versions v where v.employment_id = m.id))
                  as without_terms,
                exists (select 1 from audit_log a where a.action = 'employees.created'
                          and a.subject_id = e.id::text) as audited
           from employees e where e.employer_id = $1`,
        [employerId],
      );
      const stored = new Map(rows.map((row) => [row.id, row]));
      for (const [lastName, id] of acknowledged) {
        expect(stored.get(id)?.last_name, lastName).toBe(lastName);
      }
      // Each stored employee is whole and audited, acknowledged or not (a write may have committed
      // while its answer was lost with the process).
      for (const row of rows) {
        expect(row, row.last_name).toMatchObject({
          employments: 1,
          without_terms: 0,
          audited: true,
        });
      }
      expect(rows.length).toBeGreaterThanOrEqual(acknowledged.size);
      expect(rows.length).toBeLessThanOrEqual(sent);

      // The session lives in the database: the same cookie goes on after the restart.
      expect((await call('GET', '/api/auth/me', cookie)).status).toBe(200);
      const after = await call('POST', '/api/employees', cookie, newEmployee('Na de herstart'));
      expect(after.status).toBe(201);
    }, 240_000);
  },
);
