/**
 * The built app (`dist/server/main.js`) started as production demands (DEMO=1, a throw-away
 * master key, an https PUBLIC_URL), on a fresh data folder, with the demo seed and known
 * secrets; and a session of the demo super user through the real API. Shared by the benches.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { demoTotpSecret } from '../src/server/seed/demo-keys.js';

export const demo = {
  loginName: 'demo',
  password: 'bench-wachtwoord-voor-verzuim',
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

export type App = { url: string; process: ChildProcess; dataDir: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts `dist/server/main.js` in production mode; without `databaseUrl` on PGlite in the data
 * folder. `nodeArgs` go before the script (e.g. `--cpu-prof`), `env` on top of the defaults.
 */
export async function startApp(
  name: string,
  options: { databaseUrl?: string; nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<App> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `verzuim-bench-${name}-`));
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'dist/server/main.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...inherited,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      // Background jobs would add work that no request made.
      JOBS_ENABLED: 'false',
      // Production refuses to start without a master key from outside DATA_DIR and an https
      // address (TLS at a proxy); the bench gives it a throw-away key and such an address.
      DEMO: '1',
      ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      PUBLIC_URL: 'https://verzuim.bench.localhost',
      DEMO_PASSWORD: demo.password,
      DEMO_TOTP_SECRET: demo.totpSecret,
      RATE_LIMIT_AUTH_PER_IP: '1000',
      RATE_LIMIT_AUTH_PER_ACCOUNT: '1000',
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the app (${name}) exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url, process: child, dataDir };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app (${name}) did not become healthy`);
}

export async function stopApp(app: App): Promise<void> {
  // SIGINT: the app closes cleanly, so --cpu-prof writes its profile.
  const exited = new Promise((resolve) => app.process.once('exit', resolve));
  app.process.kill('SIGINT');
  await exited;
  await rm(app.dataDir, { recursive: true, force: true });
}

export const jsonHeaders = { 'content-type': 'application/json', 'x-requested-with': 'fetch' };

function cookieOf(response: Response): string {
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`no session cookie (HTTP ${response.status})`);
  return cookie;
}

/**
 * A session of the demo super user (or another demo user) through the real API: password, then a TOTP code. Each code
 * is accepted once, and the current and the previous step are valid, so `step` 0 and -1 give
 * two sessions without waiting. Returns the cookie as `name=value`.
 */
export async function logIn(
  url: string,
  step: 0 | -1,
  loginName: string = demo.loginName,
): Promise<string> {
  const password = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ loginName, password: demo.password }),
  });
  const code = await generate({
    // The other demo users share the password; each has an authenticator key of its own.
    secret: demoTotpSecret(demo.totpSecret, loginName),
    epoch: Math.floor(Date.now() / 1000) + step * 30,
  });
  const factor = await fetch(`${url}/api/auth/second-factor`, {
    method: 'POST',
    headers: { ...jsonHeaders, cookie: cookieOf(password) },
    body: JSON.stringify({ kind: 'totp', code }),
  });
  if (!factor.ok) throw new Error(`second factor refused: HTTP ${factor.status}`);
  return cookieOf(factor);
}
