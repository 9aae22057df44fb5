import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  sessionCookieFrom,
  type TestApp,
  type TestUser,
  totpCodeAt,
} from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { translator } from '../../platform/i18n/i18n.js';

describeEachDatabase('login with password and authenticator app', (context) => {
  let testApp: TestApp;
  let user: TestUser;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    user = await createTestUser(testApp);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const passwordStep = (loginName: string, password: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName, password },
    });
  const codeStep = (cookie: string, code: string) =>
    testApp.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { ...fetchHeaders, cookie },
      payload: { kind: 'totp', code },
    });
  const me = (cookie: string) =>
    testApp.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('asks for the second factor after the right password, and lets the user in after the code', async () => {
    const login = await passwordStep(user.loginName, user.password);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ status: 'second_factor_required', factors: ['totp'] });
    const pendingCookie = sessionCookieFrom(login);
    expect((await me(pendingCookie)).statusCode).toBe(401);

    testApp.clock.advance(60_000);
    const verified = await codeStep(
      pendingCookie,
      await totpCodeAt(user.totpSecret, testApp.clock.now()),
    );
    expect(verified.statusCode).toBe(200);
    const sessionCookie = sessionCookieFrom(verified);
    expect(sessionCookie).not.toBe(pendingCookie);
    const current = await me(sessionCookie);
    expect(current.statusCode).toBe(200);
    expect(current.json().user).toMatchObject({
      loginName: user.loginName,
      role: 'super_user',
      locale: 'nl',
    });
    // The pending session is gone: the old cookie cannot be used again.
    expect((await me(pendingCookie)).statusCode).toBe(401);
  });

  it('sets the session cookie httpOnly and SameSite=Strict', async () => {
    const login = await passwordStep(user.loginName, user.password);
    const cookie = login.cookies.find((entry) => entry.name === 'verzuim_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  it('gives the same answer for a wrong password and an unknown login name', async () => {
    const wrongPassword = await passwordStep(user.loginName, 'not the password at all');
    const unknownName = await passwordStep('nobody-has-this-name', 'not the password at all');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownName.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownName.json());
    expect(wrongPassword.json().error.code).toBe('invalid_credentials');
  });

  it('finds the login name regardless of case', async () => {
    const login = await passwordStep(user.loginName.toUpperCase(), user.password);
    expect(login.statusCode).toBe(200);
  });

  it('accepts a TOTP code once, even from another session', async () => {
    testApp.clock.advance(120_000);
    const code = await totpCodeAt(user.totpSecret, testApp.clock.now());
    const first = await codeStep(
      sessionCookieFrom(await passwordStep(user.loginName, user.password)),
      code,
    );
    const second = await codeStep(
      sessionCookieFrom(await passwordStep(user.loginName, user.password)),
      code,
    );
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(401);
    expect(second.json().error.code).toBe('invalid_code');
  });

  it('accepts the previous 30-second step but not the one before it, nor a future one', async () => {
    testApp.clock.advance(300_000);
    const now = testApp.clock.now();
    const previous = await totpCodeAt(user.totpSecret, new Date(now.getTime() - 30_000));
    const tooOld = await totpCodeAt(user.totpSecret, new Date(now.getTime() - 60_000));
    const future = await totpCodeAt(user.totpSecret, new Date(now.getTime() + 30_000));
    const current = await totpCodeAt(user.totpSecret, now);
    const pending = sessionCookieFrom(await passwordStep(user.loginName, user.password));
    for (const code of [tooOld, future].filter(
      (candidate) => candidate !== previous && candidate !== current,
    )) {
      expect((await codeStep(pending, code)).statusCode).toBe(401);
    }
    expect((await codeStep(pending, previous)).statusCode).toBe(200);
  });

  it('ends a session after 15 idle minutes, and after 8 hours whatever the activity', async () => {
    testApp.clock.advance(300_000);
    const idleCookie = await logIn(testApp, user);
    testApp.clock.advance(14 * 60_000);
    expect((await me(idleCookie)).statusCode).toBe(200);
    testApp.clock.advance(15 * 60_000 + 1000);
    expect((await me(idleCookie)).statusCode).toBe(401);

    testApp.clock.advance(300_000);
    const busyCookie = await logIn(testApp, user);
    for (let minutes = 0; minutes < 8 * 60 - 10; minutes += 10) {
      testApp.clock.advance(10 * 60_000);
      expect((await me(busyCookie)).statusCode).toBe(200);
    }
    testApp.clock.advance(11 * 60_000);
    expect((await me(busyCookie)).statusCode).toBe(401);
  });

  it('gives up the pending login after 5 minutes without a code', async () => {
    testApp.clock.advance(300_000);
    const pending = sessionCookieFrom(await passwordStep(user.loginName, user.password));
    testApp.clock.advance(5 * 60_000 + 1000);
    const late = await codeStep(pending, await totpCodeAt(user.totpSecret, testApp.clock.now()));
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('unauthenticated');
  });

  it('ends the session at logout', async () => {
    testApp.clock.advance(300_000);
    const cookie = await logIn(testApp, user);
    const logout = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { ...fetchHeaders, cookie },
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('keeps the chosen language and answers in it from then on', async () => {
    testApp.clock.advance(300_000);
    const cookie = await logIn(testApp, user);
    const changed = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me/preferences',
      headers: { ...fetchHeaders, cookie },
      payload: { locale: 'en' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.locale).toBe('en');
    const dutchBrowser = await testApp.app.inject({
      method: 'PATCH',
      url: '/api/me/preferences',
      headers: { ...fetchHeaders, cookie, 'accept-language': 'nl' },
      payload: { locale: 'fr' },
    });
    expect(dutchBrowser.statusCode).toBe(400);
    expect(dutchBrowser.json().error.message).toBe(translator('en')('errors.validation'));
  });

  it('records logins and failures in the audit log without secrets', async () => {
    const { rows } = await context.database.sql.query<{ action: string; details: unknown }>(
      'select action, details from audit_log where user_id = $1',
      [user.userId],
    );
    const actions = rows.map((row) => row.action);
    expect(actions).toContain('auth.login_succeeded');
    expect(actions).toContain('auth.login_failed');
    expect(actions).toContain('auth.second_factor_failed');
    expect(JSON.stringify(rows)).not.toContain(user.password);
  });

  it('tells a logged-in answer how long the session lasts unused (the web warns before the end)', async () => {
    testApp.clock.advance(31_000); // a new TOTP step: the last code was used
    const cookie = await logIn(testApp, user);
    const fresh = await me(cookie);
    expect(fresh.headers['x-session-expires-in']).toBe(String(15 * 60));
    // Within the 30-second write granularity the end does not move: the time left shrinks.
    testApp.clock.advance(20_000);
    expect((await me(cookie)).headers['x-session-expires-in']).toBe(String(15 * 60 - 20));
    testApp.clock.advance(10 * 60_000);
    expect((await me(cookie)).headers['x-session-expires-in']).toBe(String(15 * 60));
    const pending = sessionCookieFrom(await passwordStep(user.loginName, user.password));
    expect((await me(pending)).headers['x-session-expires-in']).toBeUndefined();
  });
});
