import { defineConfig } from '@playwright/test';

/**
 * Browser journeys against the real built app on a throw-away embedded database, driving Debian's
 * Chromium (never a downloaded browser). The demo user gets fixed secrets so journeys can log in.
 */
// E2E_PORT lets parallel worktrees run their journeys side by side.
const port = Number(process.env.E2E_PORT ?? 3100);
export const e2eDemo = {
  loginName: 'demo',
  // Must pass the password policy (it cannot contain the login name): auth.spec.ts restores it.
  password: 'e2e-wachtwoord-voor-verzuim',
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/output/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // A page waits on the built app and a real database; on a busy 2-core CI machine 5 s (the
  // default) cut off pages that did draw (vault.spec's masked BSN was on the page when it failed).
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'e2e/output/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${port}/healthz`,
    // The server is built first (npm run build): on a busy 2-core machine that alone can pass 3 min.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      JOBS_ENABLED: 'true',
      // The documents signal mails per 1-minute window, so e2e/arbodienst.spec.ts sees its mail.
      SIGNALS_DOCUMENT_BATCH_MINUTES: '1',
      DEMO_PASSWORD: e2eDemo.password,
      DEMO_TOTP_SECRET: e2eDemo.totpSecret,
      // A second employer whose datakluis agreement is still unsigned (e2e/vault.spec.ts).
      DEMO_UNSIGNED_EMPLOYER: 'true',
    },
  },
});
