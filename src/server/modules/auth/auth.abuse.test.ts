import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  sessionCookieFrom,
  type TestApp,
  totpCodeAt,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('malformed login bodies', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('accepts none of 1,000 malformed login bodies and never answers 500', async () => {
    const user = await createTestUser(testApp);
    // Bodies that are not {loginName, password} strings of the allowed lengths, some close to it.
    const malformed = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string().map((text) => `{"loginName":${text}`),
      fc
        .record({
          loginName: fc.oneof(fc.constant(user.loginName), fc.integer(), fc.constant(null)),
          password: fc.oneof(fc.integer(), fc.constant(''), fc.array(fc.string()), fc.boolean()),
        })
        .map((value) => JSON.stringify(value)),
      fc
        .record({
          loginName: fc.constant(user.loginName),
          password: fc.constant(user.password),
          extra: fc.jsonValue(),
        })
        .map((value) => JSON.stringify(value)),
      fc.constant(JSON.stringify({ loginName: user.loginName, password: 'x'.repeat(1001) })),
      fc.constant(JSON.stringify({ loginName: ' '.repeat(5), password: user.password })),
      fc.constant(JSON.stringify({ loginName: [user.loginName], password: user.password })),
    );
    const bodies = fc.sample(malformed, { numRuns: 1000, seed: 20260302 });
    let accepted = 0;
    const statuses = new Map<number, number>();
    for (const body of bodies) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...fetchHeaders, 'content-type': 'application/json' },
        payload: body,
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode < 300) accepted += 1;
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().error.code).toMatch(/^[a-z_]+$/);
    }
    process.stdout.write(
      `malformed login bodies: ${bodies.length} sent, ${accepted} accepted; statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(bodies.length).toBeGreaterThanOrEqual(1000);
    expect(accepted).toBe(0);
  }, 120_000);
});

describeEachDatabase('secrets never reach the log', (context) => {
  let testApp: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    testApp = await createTestApp(
      context.database,
      {},
      { logStream: { write: (line) => void lines.push(line) } },
    );
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('logs a full flow (login, wrong password, reset, step-up, password change) without a password, code or token', async () => {
    const user = await createTestUser(testApp);
    const secrets: string[] = [user.password, user.totpSecret];
    const post = (url: string, payload: object | undefined, cookie?: string) =>
      testApp.app.inject({
        method: 'POST',
        url,
        headers: { ...fetchHeaders, ...(cookie ? { cookie } : {}) },
        ...(payload ? { payload } : {}),
      });

    const wrongPassword = 'wrong-secret-password-4711';
    secrets.push(wrongPassword);
    expect(
      (await post('/api/auth/login', { loginName: user.loginName, password: wrongPassword }))
        .statusCode,
    ).toBe(401);

    const login = await post('/api/auth/login', {
      loginName: user.loginName,
      password: user.password,
    });
    const pending = sessionCookieFrom(login);
    const code = await totpCodeAt(user.totpSecret, testApp.clock.now());
    secrets.push(code, pending.split('=')[1] ?? '');
    const done = await post('/api/auth/second-factor', { kind: 'totp', code }, pending);
    expect(done.statusCode).toBe(200);
    let cookie = sessionCookieFrom(done);
    secrets.push(cookie.split('=')[1] ?? '');

    await post('/api/auth/password-reset/request', { loginName: user.loginName });
    await testApp.modules.auth.settled();
    const [mail] = await testApp.platform.outbox.listRecent(1);
    const token = /#token=([\w-]+)/.exec(mail?.bodyText ?? '')?.[1] ?? '';
    expect(token).not.toBe('');
    secrets.push(token);
    const resetPassword = 'reset-secret-wachtwoord-0815';
    secrets.push(resetPassword);
    expect(
      (await post('/api/auth/password-reset/complete', { token, password: resetPassword }))
        .statusCode,
    ).toBe(200);

    testApp.clock.advance(60_000);
    const again = await post('/api/auth/login', {
      loginName: user.loginName,
      password: resetPassword,
    });
    const code2 = await totpCodeAt(user.totpSecret, testApp.clock.now());
    secrets.push(code2);
    cookie = sessionCookieFrom(
      await post(
        '/api/auth/second-factor',
        { kind: 'totp', code: code2 },
        sessionCookieFrom(again),
      ),
    );
    const stepPassword = await post('/api/auth/step-up', { password: resetPassword }, cookie);
    cookie = sessionCookieFrom(stepPassword);
    testApp.clock.advance(30_000);
    const code3 = await totpCodeAt(user.totpSecret, testApp.clock.now());
    secrets.push(code3);
    const stepCode = await post(
      '/api/auth/step-up/second-factor',
      { kind: 'totp', code: code3 },
      cookie,
    );
    expect(stepCode.statusCode).toBe(200);
    cookie = sessionCookieFrom(stepCode);
    const finalPassword = 'final-secret-wachtwoord-2026';
    secrets.push(finalPassword);
    expect(
      (
        await post(
          '/api/me/password',
          { currentPassword: resetPassword, newPassword: finalPassword },
          cookie,
        )
      ).statusCode,
    ).toBe(204);

    const captured = lines.join('');
    // The log is really there (requests were logged), and carries none of the secrets.
    expect(captured).toContain('/api/auth/step-up');
    const hits = secrets.filter((secret) => secret.length >= 6 && captured.includes(secret));
    expect(hits).toEqual([]);
    // Nor does the audit log.
    const { rows } = await testApp.platform.database.sql.query<{ details: unknown }>(
      'select details from audit_log where user_id = $1',
      [user.userId],
    );
    const audit = JSON.stringify(rows);
    expect(secrets.filter((secret) => secret.length >= 6 && audit.includes(secret))).toEqual([]);
  });
});
