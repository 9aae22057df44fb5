import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { generate } from 'otplib';
import { buildApp } from '../app.js';
import { createModules, type Modules } from '../modules.js';
import { loggerOptions } from '../platform/http/logger.js';
import { type Config, loadConfig } from '../config.js';
import type { OpenCases } from '../modules/vault/vault.usecases.js';
import type { Database } from '../db/connection.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../db/tenancy.js';
import { createFakeClock } from '../platform/clock.js';
import { hashPassword } from '../platform/crypto/passwords.js';
import { createPlatform, type Platform } from '../platform/platform.js';
import type { DemoCredentials } from '../seed/demo.js';

export type TestApp = {
  app: FastifyInstance;
  platform: Platform;
  modules: Modules;
  clock: ReturnType<typeof createFakeClock>;
  close(): Promise<void>;
};

/** The real app over a test database, with a fake clock and its own data folder. */
export async function createTestApp(
  database: Database,
  env: Record<string, string> = {},
  options: { logStream?: { write(line: string): void }; openCases?: OpenCases } = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'verzuim-app-'));
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Tests log in far more often than a person; a test of the limits sets its own.
    RATE_LIMIT_AUTH_PER_IP: '100000',
    RATE_LIMIT_AUTH_PER_ACCOUNT: '100000',
    ...env,
  });
  const clock = createFakeClock(new Date('2026-03-02T08:00:00Z'));
  const platform = await createPlatform(config, database, { clock });
  // The app and the test share one set of use cases (and so their background work).
  const modules = createModules(
    platform,
    options.openCases ? { openCases: options.openCases } : {},
  );
  const app = await buildApp(platform, {
    modules,
    // With a stream: the production logger settings (redaction included), at the chattiest level.
    logger: options.logStream
      ? { ...(loggerOptions(config) as object), level: 'trace', stream: options.logStream }
      : false,
  });
  return { app, platform, modules, clock, close: () => app.close() };
}

/**
 * App instances on one database, as behind a load balancer: one per entry of `databases` (the
 * same Database twice, or two connection pools to one PostgreSQL database, as two processes
 * have). They share the encryption key, as real instances must to read each other's data; each
 * has its own clock, set alike.
 */
export async function createTestInstances(
  databases: Database[],
  env: Record<string, string> = {},
): Promise<TestApp[]> {
  const shared = { ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`, ...env };
  const instances: TestApp[] = [];
  for (const database of databases) instances.push(await createTestApp(database, shared));
  return instances;
}

export type TestUser = {
  userId: string;
  employerId: string;
  loginName: string;
  password: string;
  totpSecret: string;
};

let userCounter = 0;

/**
 * A user with a password and an authenticator app: by default a super user of a new employer whose
 * datakluis agreement this user signed (so they are its vault admin). `employerId` adds the user
 * to an existing employer instead; `agreement: 'unsigned'` leaves a new employer unsigned.
 */
export async function createTestUser(
  testApp: TestApp,
  overrides: { role?: string; employerId?: string; agreement?: 'signed' | 'unsigned' } = {},
): Promise<TestUser> {
  userCounter += 1;
  const suffix = `${process.pid}-${userCounter}-${Math.random().toString(36).slice(2, 8)}`;
  const employer = overrides.employerId
    ? { id: overrides.employerId }
    : await testApp.modules.organisation.createEmployer({ name: `Werkgever ${suffix}` });
  const password = `correct horse battery ${suffix}`;
  const loginName = `user-${suffix}`;
  const user = await testApp.modules.users.createEmployerUser(trustEmployerId(employer.id), {
    loginName,
    email: `${loginName}@example.test`,
    firstName: 'Test',
    lastName: 'Gebruiker',
    role: overrides.role ?? 'super_user',
    passwordHash: await hashPassword(password),
  });
  const { secret } = await testApp.modules.factors.enrolTotp(user.id, loginName);
  if (!overrides.employerId && overrides.agreement !== 'unsigned') {
    await testApp.modules.vault.signAgreementAtSeed(trustEmployerId(employer.id), user.id);
  }
  return { userId: user.id, employerId: employer.id, loginName, password, totpSecret: secret };
}

/** The actor a user logged in at `employerId` would be: to create fixtures through the use cases. */
export async function actorOf(testApp: TestApp, userId: string, employerId: AuthorizedEmployerId) {
  const actor = await testApp.modules.users.resolveActor(
    { id: randomUUID(), userId, activeEmployerId: employerId },
    { ip: '127.0.0.1', requestId: 'fixture' },
  );
  if (!actor?.employerId) throw new Error('fixture user has no employer');
  return { ...actor, employerId: actor.employerId };
}

/**
 * A new employer with its super user logged in and one top department ("Zorg" unless named):
 * where most route tests start.
 */
export async function newEmployerWithDepartment(testApp: TestApp, departmentName = 'Zorg') {
  const user = await createTestUser(testApp);
  const employerId = trustEmployerId(user.employerId);
  const cookie = await logIn(testApp, user);
  const { id: departmentId } = await testApp.modules.organisation.createDepartment(employerId, {
    name: departmentName,
    parentId: null,
  });
  return { user, employerId, cookie, departmentId };
}

/** The TOTP code an authenticator app would show at the fake clock's time. */
export function totpCodeAt(secret: string, date: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
}

export const fetchHeaders = { 'x-requested-with': 'fetch' } as const;

export function sessionCookieFrom(response: {
  cookies: { name: string; value: string }[];
}): string {
  const cookie = response.cookies.find((entry) => entry.name.endsWith('verzuim_session'));
  if (!cookie) throw new Error('no session cookie set');
  return `${cookie.name}=${cookie.value}`;
}

/** Password and TOTP through the API; returns the authenticated session cookie. */
export async function logIn(
  testApp: TestApp,
  user: Pick<TestUser, 'loginName' | 'password' | 'totpSecret'> & Partial<TestUser>,
): Promise<string> {
  const login = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: fetchHeaders,
    payload: { loginName: user.loginName, password: user.password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const verified = await testApp.app.inject({
    method: 'POST',
    url: '/api/auth/second-factor',
    headers: { ...fetchHeaders, cookie: sessionCookieFrom(login) },
    payload: { kind: 'totp', code: await totpCodeAt(user.totpSecret, testApp.clock.now()) },
  });
  if (verified.statusCode !== 200) throw new Error(`second factor failed: ${verified.body}`);
  return sessionCookieFrom(verified);
}

/** A seeded demo user's login: the shared password and that user's own authenticator key. */
export function demoLogin(
  credentials: DemoCredentials,
  loginName: string,
): Pick<TestUser, 'loginName' | 'password' | 'totpSecret'> {
  const other = credentials.otherUsers.find((user) => user.loginName === loginName);
  if (loginName !== credentials.loginName && !other) throw new Error(`no demo user ${loginName}`);
  return {
    loginName,
    password: credentials.password,
    totpSecret: other?.totpSecret ?? credentials.totpSecret,
  };
}

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request as the logged-in web app sends it: its session cookie, the fetch header, a JSON body. */
export function callApi(
  testApp: TestApp,
  cookie: string,
  method: ApiMethod,
  url: string,
  payload?: unknown,
) {
  return testApp.app.inject({
    method,
    url,
    headers: { ...fetchHeaders, cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}
