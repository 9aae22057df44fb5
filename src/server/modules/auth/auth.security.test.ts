import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hash } from '@node-rs/argon2';
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
import { passwordHashParameters } from '../../platform/crypto/passwords.js';
import { users } from '../users/users.table.js';
import { emailTokens, sessions } from './auth.table.js';

type Inject = TestApp['app']['inject'];
type InjectResponse = Awaited<ReturnType<Inject>>;

/** Helpers over one test app: the API calls a browser would make. */
function client(testApp: () => TestApp) {
  const post = (
    url: string,
    payload?: unknown,
    cookie?: string,
    extra: Record<string, string> = {},
  ) =>
    testApp().app.inject({
      method: 'POST',
      url,
      headers: { ...fetchHeaders, ...(cookie ? { cookie } : {}), ...extra },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const get = (url: string, cookie?: string) =>
    testApp().app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  /** The password step, and the account's bookkeeping that follows the answer. */
  const password = async (loginName: string, pw: string, extra: Record<string, string> = {}) => {
    const response = await post('/api/auth/login', { loginName, password: pw }, undefined, extra);
    await testApp().modules.auth.settled();
    return response;
  };
  const code = async (cookie: string, user: TestUser) =>
    post(
      '/api/auth/second-factor',
      { kind: 'totp', code: await totpCodeAt(user.totpSecret, testApp().clock.now()) },
      cookie,
    );
  const userRow = async (userId: string) => {
    const [row] = await testApp()
      .platform.database.db.select()
      .from(users)
      .where(eq(users.id, userId));
    if (!row) throw new Error('no such user');
    return row;
  };
  const setUser = (userId: string, values: Partial<typeof users.$inferInsert>) =>
    testApp().platform.database.db.update(users).set(values).where(eq(users.id, userId));
  /** The newest mails to an address (after the background work has finished). */
  const mailsTo = async (address: string) => {
    await testApp().modules.auth.settled();
    const recent = await testApp().platform.outbox.listRecent(1000);
    return recent.filter((message) => message.recipient === address);
  };
  const linkIn = (text: string) => {
    const match = /(https?:\/\/\S+)#token=([\w-]+)/.exec(text);
    if (!match?.[1] || !match[2]) throw new Error(`no link in: ${text}`);
    return { url: match[1], token: match[2] };
  };
  const actions = async (userId: string) => {
    const { rows } = await testApp().platform.database.sql.query<{ action: string }>(
      'select action from audit_log where user_id = $1 order by id',
      [userId],
    );
    return rows.map((row) => row.action);
  };
  /** The header's employer switch. */
  const actFor = async (cookie: string, employerId: string) => {
    const response = await testApp().app.inject({
      method: 'PUT',
      url: '/api/me/active-employer',
      headers: { ...fetchHeaders, cookie },
      payload: { employerId },
    });
    if (response.statusCode !== 204) throw new Error(`switch failed: ${response.body}`);
  };
  return { post, get, password, code, userRow, setUser, mailsTo, linkIn, actions, actFor };
}

describeEachDatabase('lockout after repeated failures', (context) => {
  let testApp: TestApp;
  const api = client(() => testApp);
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('blocks after 5 wrong passwords in a row, counting Alice, alice and " alice " as one account', async () => {
    const user = await createTestUser(testApp);
    const spellings = [
      user.loginName.toUpperCase(),
      user.loginName,
      ` ${user.loginName} `,
      user.loginName.toUpperCase(),
    ];
    for (const spelling of spellings) {
      expect((await api.password(spelling, 'wrong password, quite long')).statusCode).toBe(401);
    }
    expect((await api.userRow(user.userId)).blockedAt).toBeNull();
    const fifth = await api.password(` ${user.loginName}`, 'wrong password, quite long');
    expect(fifth.statusCode).toBe(401);
    expect(fifth.json().error.code).toBe('invalid_credentials');
    expect((await api.userRow(user.userId)).blockedAt).not.toBeNull();

    // Blocked: the right password gets exactly the answer of a wrong one, so a password
    // cannot be guessed against a blocked account …
    const wrong = await api.password(user.loginName, 'wrong password, quite long', {
      'accept-language': 'en',
    });
    const right = await api.password(user.loginName, user.password, { 'accept-language': 'en' });
    expect(wrong.statusCode).toBe(401);
    expect(right.statusCode).toBe(401);
    expect(right.body).toBe(wrong.body);
    expect(right.json().error).toEqual({
      code: 'invalid_credentials',
      message: translator('en')('errors.invalid_credentials'),
    });
    expect(right.cookies.find((cookie) => cookie.name.endsWith('verzuim_session'))).toBeUndefined();
    expect(await api.actions(user.userId)).toContain('auth.account_blocked');
    expect(await api.actions(user.userId)).toContain('auth.login_refused');
    // … and the owner learns of the block by mail, once, with the way out.
    const notices = (await api.mailsTo(`${user.loginName}@example.test`)).filter(
      (mail) => mail.subject === translator('nl')('auth.mail.blocked.subject'),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]?.bodyText).toContain('/inloggegevens-vergeten');
  });

  it('resets the counter on success: 4 failures, a login, 4 failures do not block', async () => {
    const user = await createTestUser(testApp);
    for (let i = 0; i < 4; i++) await api.password(user.loginName, 'not the password, really');
    testApp.clock.advance(60_000);
    await logIn(testApp, user);
    for (let i = 0; i < 4; i++) await api.password(user.loginName, 'not the password, really');
    const row = await api.userRow(user.userId);
    expect(row.blockedAt).toBeNull();
    expect(row.failedLoginCount).toBe(4);
  });

  it('counts wrong second-factor codes in the same counter as wrong passwords', async () => {
    const user = await createTestUser(testApp);
    await api.password(user.loginName, 'not the password, really');
    await api.password(user.loginName, 'not the password, really');
    const pending = sessionCookieFrom(await api.password(user.loginName, user.password));
    expect(
      (await api.post('/api/auth/second-factor', { kind: 'totp', code: '000000' }, pending))
        .statusCode,
    ).toBe(401);
    expect(
      (await api.post('/api/auth/second-factor', { kind: 'totp', code: '000001' }, pending))
        .statusCode,
    ).toBe(401);
    const fifth = await api.post(
      '/api/auth/second-factor',
      { kind: 'totp', code: '000002' },
      pending,
    );
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().error.code).toBe('account_blocked');
    expect((await api.userRow(user.userId)).blockedAt).not.toBeNull();
    // Even the right code does not get in now.
    testApp.clock.advance(30_000);
    expect((await api.code(pending, user)).statusCode).not.toBe(200);
  });

  it('creates nothing for failures with an unknown login name', async () => {
    const before = await testApp.platform.database.sql.query<{ count: number }>(
      'select count(*)::int as count from users',
    );
    for (let i = 0; i < 6; i++) await api.password('nobody-called-this', 'some password here');
    const after = await testApp.platform.database.sql.query<{ count: number }>(
      'select count(*)::int as count from users',
    );
    expect(after.rows[0]?.count).toBe(before.rows[0]?.count);
  });

  it('lets a super user of the employer unblock, mails the user, and refuses other employers', async () => {
    const blocked = await createTestUser(testApp, { role: 'employee' });
    await api.setUser(blocked.userId, { blockedAt: testApp.clock.now(), failedLoginCount: 5 });
    const [membership] = await testApp.platform.database.sql
      .query<{ employer_id: string }>('select employer_id from memberships where user_id = $1', [
        blocked.userId,
      ])
      .then((result) => result.rows);
    // A super user at the same employer:
    const superUser = await createTestUser(testApp);
    await testApp.platform.database.sql.query(
      "insert into memberships (user_id, employer_id, role) values ($1, $2, 'super_user')",
      [superUser.userId, membership?.employer_id],
    );
    const stranger = await createTestUser(testApp);
    const employeeColleague = await createTestUser(testApp, { role: 'employee' });
    await testApp.platform.database.sql.query(
      "insert into memberships (user_id, employer_id, role) values ($1, $2, 'employee')",
      [employeeColleague.userId, membership?.employer_id],
    );

    testApp.clock.advance(60_000);
    const strangerCookie = await logIn(testApp, stranger);
    const refused = await api.post(
      `/api/users/${blocked.userId}/unblock`,
      undefined,
      strangerCookie,
    );
    expect(refused.statusCode).toBe(404);
    testApp.clock.advance(30_000);
    const colleagueCookie = await logIn(testApp, employeeColleague);
    // A role without accounts.unblock is refused before the id is looked at: 403 says nothing
    // about the account.
    expect(
      (await api.post(`/api/users/${blocked.userId}/unblock`, undefined, colleagueCookie))
        .statusCode,
    ).toBe(403);
    expect((await api.post(`/api/users/${blocked.userId}/unblock`)).statusCode).toBe(401);
    expect((await api.userRow(blocked.userId)).blockedAt).not.toBeNull();

    testApp.clock.advance(30_000);
    const superCookie = await logIn(testApp, superUser);
    // A super user manages the accounts of the employer they act for: by default their first
    // one, so they first switch to the blocked user's employer (the header switch).
    const elsewhere = await api.post(
      `/api/users/${blocked.userId}/unblock`,
      undefined,
      superCookie,
    );
    expect(elsewhere.statusCode).toBe(404);
    await testApp.platform.database.sql.query(
      'update sessions set active_employer_id = $1 where user_id = $2 and ended_at is null',
      [membership?.employer_id, superUser.userId],
    );
    const unblocked = await api.post(
      `/api/users/${blocked.userId}/unblock`,
      undefined,
      superCookie,
    );
    expect(unblocked.statusCode).toBe(204);
    const row = await api.userRow(blocked.userId);
    expect(row.blockedAt).toBeNull();
    expect(row.failedLoginCount).toBe(0);
    const mails = await api.mailsTo(`${blocked.loginName}@example.test`);
    expect(mails[0]?.subject).toBe(translator('nl')('auth.mail.unblocked.subject'));
    expect(await api.actions(superUser.userId)).toContain('users.unblocked');
    testApp.clock.advance(30_000);
    await logIn(testApp, blocked);
  });

  it('lets an operator admin end every session of a user, and no one else', async () => {
    const target = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const targetCookie = await logIn(testApp, target);
    const stranger = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const strangerCookie = await logIn(testApp, stranger);
    const refused = await api.post(
      `/api/users/${target.userId}/sessions/end`,
      undefined,
      strangerCookie,
    );
    expect(refused.statusCode).toBe(404);
    expect(await api.actions(stranger.userId)).toContain('users.sessions_end_refused');
    expect((await api.get('/api/auth/me', targetCookie)).statusCode).toBe(200);
    const admin = await createTestUser(testApp, { role: 'employee' });
    await api.setUser(admin.userId, { operatorRole: 'operator_admin' });
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, admin);
    // Acting for no employer, or for another one, the target's account does not exist.
    for (const employerId of [null, admin.employerId]) {
      if (employerId) await api.actFor(cookie, employerId);
      expect(
        (await api.post(`/api/users/${target.userId}/sessions/end`, undefined, cookie)).statusCode,
      ).toBe(404);
      expect((await api.get('/api/auth/me', targetCookie)).statusCode).toBe(200);
    }
    await api.actFor(cookie, target.employerId);
    expect(
      (await api.post(`/api/users/${target.userId}/sessions/end`, undefined, cookie)).statusCode,
    ).toBe(204);
    expect((await api.get('/api/auth/me', targetCookie)).statusCode).toBe(401);
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(200);
    expect(await api.actions(admin.userId)).toContain('users.sessions_ended');
    const { rows } = await testApp.platform.database.sql.query<{ end_reason: string | null }>(
      'select end_reason from sessions where user_id = $1',
      [target.userId],
    );
    expect(rows.map((row) => row.end_reason)).toContain('ended_by_operator');
    expect(rows.filter((row) => row.end_reason === null)).toHaveLength(0);
  });

  it('lets an operator admin unblock the accounts of the employer they act for, and operator accounts', async () => {
    const blocked = await createTestUser(testApp);
    await api.setUser(blocked.userId, { blockedAt: testApp.clock.now(), locale: 'en' });
    const admin = await createTestUser(testApp, { role: 'employee' });
    await api.setUser(admin.userId, { operatorRole: 'operator_admin' });
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, admin);
    const unblock = async (userId: string) =>
      (await api.post(`/api/users/${userId}/unblock`, undefined, cookie)).statusCode;
    // Acting for no employer, or for another one, the account does not exist for the admin.
    expect(await unblock(blocked.userId)).toBe(404);
    await api.actFor(cookie, admin.employerId);
    expect(await unblock(blocked.userId)).toBe(404);
    expect((await api.userRow(blocked.userId)).blockedAt).not.toBeNull();
    expect(await api.actions(admin.userId)).toContain('users.unblock_refused');
    await api.actFor(cookie, blocked.employerId);
    expect(await unblock(blocked.userId)).toBe(204);
    expect((await api.userRow(blocked.userId)).blockedAt).toBeNull();
    const mails = await api.mailsTo(`${blocked.loginName}@example.test`);
    expect(mails[0]?.subject).toBe(translator('en')('auth.mail.unblocked.subject'));

    // An operator account belongs to no employer: an operator admin unblocks it whichever
    // employer they act for; a super user of an employer it was once linked to cannot.
    const colleague = await createTestUser(testApp, { role: 'employee' });
    await api.setUser(colleague.userId, {
      operatorRole: 'operator_admin',
      blockedAt: testApp.clock.now(),
    });
    testApp.clock.advance(30_000);
    const superCookie = await logIn(
      testApp,
      await createTestUser(testApp, { employerId: colleague.employerId }),
    );
    expect(
      (await api.post(`/api/users/${colleague.userId}/unblock`, undefined, superCookie)).statusCode,
    ).toBe(404);
    expect(await unblock(colleague.userId)).toBe(204);
    expect((await api.userRow(colleague.userId)).blockedAt).toBeNull();
  });
});

describeEachDatabase('account validity and passwords', (context) => {
  let testApp: TestApp;
  const api = client(() => testApp);
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('refuses with the generic message before valid_from, after valid_until and when deactivated', async () => {
    // The fake clock starts on 2026-03-02 (Amsterdam).
    const cases: Partial<typeof users.$inferInsert>[] = [
      { validFrom: '2026-03-03' },
      { validUntil: '2026-03-01' },
      { deactivatedAt: new Date('2026-03-01T00:00:00Z') },
    ];
    for (const values of cases) {
      const user = await createTestUser(testApp);
      await api.setUser(user.userId, values);
      const login = await api.password(user.loginName, user.password);
      expect(login.statusCode).toBe(401);
      expect(login.json().error.code).toBe('invalid_credentials');
    }
    const lastDay = await createTestUser(testApp);
    await api.setUser(lastDay.userId, { validFrom: '2026-03-02', validUntil: '2026-03-02' });
    expect((await api.password(lastDay.loginName, lastDay.password)).statusCode).toBe(200);
  });

  it('ends a running session once the account is deactivated', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, user);
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(200);
    await api.setUser(user.userId, { deactivatedAt: testApp.clock.now() });
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(401);
  });

  it('re-hashes a password stored with older argon2 parameters at the next login', async () => {
    const user = await createTestUser(testApp);
    const old = await hash(user.password, {
      algorithm: 2,
      memoryCost: 4096,
      timeCost: 3,
      parallelism: 1,
    });
    await api.setUser(user.userId, { passwordHash: old });
    expect((await api.password(user.loginName, user.password)).statusCode).toBe(200);
    const stored = (await api.userRow(user.userId)).passwordHash ?? '';
    const { memoryCost, timeCost, parallelism } = passwordHashParameters;
    expect(
      stored.startsWith(`$argon2id$v=19$m=${memoryCost},t=${timeCost},p=${parallelism}$`),
    ).toBe(true);
    expect((await api.password(user.loginName, user.password)).statusCode).toBe(200);
  });
});

describeEachDatabase('forgotten login details', (context) => {
  let testApp: TestApp;
  const api = client(() => testApp);
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { PUBLIC_URL: 'https://verzuim.example.nl' });
  });
  afterAll(async () => {
    await testApp.close();
  });
  const https = { 'x-forwarded-proto': 'https' };

  it('answers byte-identically for known and unknown login names and addresses', async () => {
    const user = await createTestUser(testApp);
    const pairs: [InjectResponse, InjectResponse][] = [
      [
        await api.post('/api/auth/password-reset/request', { loginName: user.loginName }),
        await api.post('/api/auth/password-reset/request', { loginName: 'no-such-person' }),
      ],
      [
        await api.post('/api/auth/forgot-login-name', { email: `${user.loginName}@example.test` }),
        await api.post('/api/auth/forgot-login-name', { email: 'nobody@example.test' }),
      ],
    ];
    for (const [known, unknown] of pairs) {
      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(known.body).toBe(unknown.body);
      expect(known.headers['content-length']).toBe(unknown.headers['content-length']);
    }
    const mails = await api.mailsTo(`${user.loginName}@example.test`);
    expect(mails).toHaveLength(2);
    expect(mails.some((mail) => mail.bodyText.includes(user.loginName))).toBe(true);
    expect(await api.mailsTo('nobody@example.test')).toHaveLength(0);
  });

  it('takes the same time for known and unknown login names (50 tries each)', async () => {
    const user = await createTestUser(testApp);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    const timeOf = async (loginName: string) => {
      await testApp.modules.auth.settled();
      const start = process.hrtime.bigint();
      await api.post('/api/auth/password-reset/request', { loginName });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 50; i++) {
      // Interleaved, so drift in the machine's load hits both sides alike.
      known.push(await timeOf(user.loginName));
      unknown.push(await timeOf(`nobody-${i}`));
      testApp.clock.advance(3 * 60_000);
    }
    // Each known request is paired with the unknown one right after it, so a burst of load from
    // other test files shifts both; the median of the pairwise differences is the signal.
    const difference = Math.abs(median(known.map((time, i) => time - (unknown[i] ?? 0))));
    process.stdout.write(
      `reset request timing: median known ${median(known).toFixed(2)} ms, unknown ${median(unknown).toFixed(2)} ms, median pairwise difference ${difference.toFixed(2)} ms\n`,
    );
    // The account lookup runs after the answer; what is left is noise of the same request path.
    expect(difference).toBeLessThan(Math.max(2, median(unknown) * 0.5));
  });

  it('mails a link built from PUBLIC_URL whatever the Host header; it works once, within an hour', async () => {
    const user = await createTestUser(testApp);
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName }, undefined, {
      host: 'evil.example.com',
      'x-forwarded-host': 'evil.example.com',
    });
    const [mail] = await api.mailsTo(`${user.loginName}@example.test`);
    const link = api.linkIn(mail?.bodyText ?? '');
    expect(link.url).toBe('https://verzuim.example.nl/wachtwoord-herstellen');
    expect(Buffer.from(link.token, 'base64url')).toHaveLength(32);
    // Only the SHA-256 is stored.
    const { rows } = await testApp.platform.database.sql.query<{ token_hash: string }>(
      'select token_hash from email_tokens where user_id = $1',
      [user.userId],
    );
    expect(JSON.stringify(rows)).not.toContain(link.token);

    const newPassword = 'een heel ander wachtwoord 2026';
    const used = await api.post('/api/auth/password-reset/complete', {
      token: link.token,
      password: newPassword,
    });
    expect(used.statusCode).toBe(200);
    expect(used.json()).toEqual({ status: 'password_set' });
    const again = await api.post('/api/auth/password-reset/complete', {
      token: link.token,
      password: 'nog weer een ander wachtwoord',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_link');
    expect((await api.password(user.loginName, newPassword)).statusCode).toBe(200);

    testApp.clock.advance(10 * 60_000);
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const late = api.linkIn(
      (await api.mailsTo(`${user.loginName}@example.test`))[0]?.bodyText ?? '',
    );
    testApp.clock.advance(60 * 60_000 + 1000);
    const expired = await api.post('/api/auth/password-reset/complete', {
      token: late.token,
      password: 'te laat voor deze link 2026',
    });
    expect(expired.json().error.code).toBe('invalid_link');
    expect((await api.password(user.loginName, newPassword)).statusCode).toBe(200);
  });

  it('voids the older link when a new one is requested, and sends at most 5 per 10 minutes', async () => {
    const user = await createTestUser(testApp);
    for (let i = 0; i < 7; i++) {
      await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
      await testApp.modules.auth.settled();
      testApp.clock.advance(1000);
    }
    const mails = await api.mailsTo(`${user.loginName}@example.test`);
    expect(mails).toHaveLength(5);
    const newest = api.linkIn(mails[0]?.bodyText ?? '');
    const oldest = api.linkIn(mails[4]?.bodyText ?? '');
    const old = await api.post('/api/auth/password-reset/complete', {
      token: oldest.token,
      password: 'een nieuw lang wachtwoord',
    });
    expect(old.json().error.code).toBe('invalid_link');
    expect(
      (
        await api.post('/api/auth/password-reset/complete', {
          token: newest.token,
          password: 'een nieuw lang wachtwoord',
        })
      ).statusCode,
    ).toBe(200);
    testApp.clock.advance(10 * 60_000 + 1000);
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const resetMails = (await api.mailsTo(`${user.loginName}@example.test`)).filter(
      (mail) => mail.subject === translator('nl')('auth.mail.resetPassword.subject'),
    );
    expect(resetMails).toHaveLength(6);
  });

  it('after a reset: not logged in, all sessions ended, block lifted, second factor still asked', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const oldSession = await logIn(testApp, user);
    await api.setUser(user.userId, { blockedAt: testApp.clock.now(), failedLoginCount: 5 });
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const link = api.linkIn(
      (await api.mailsTo(`${user.loginName}@example.test`))[0]?.bodyText ?? '',
    );
    const reset = await api.post('/api/auth/password-reset/complete', {
      token: link.token,
      password: 'mijn nieuwe wachtzin voor verzuim',
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.cookies.filter((cookie) => cookie.value !== '')).toHaveLength(0);
    expect((await api.get('/api/auth/me', oldSession)).statusCode).toBe(401);
    expect((await api.userRow(user.userId)).blockedAt).toBeNull();
    const login = await api.password(user.loginName, 'mijn nieuwe wachtzin voor verzuim');
    expect(login.json()).toMatchObject({ status: 'second_factor_required' });
    expect((await api.get('/api/auth/me', sessionCookieFrom(login))).statusCode).toBe(401);
    expect(await api.actions(user.userId)).toContain('auth.password_reset');
  });

  it('refuses a new password that breaks the policy, naming the field, and keeps the link usable', async () => {
    const user = await createTestUser(testApp);
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const link = api.linkIn(
      (await api.mailsTo(`${user.loginName}@example.test`))[0]?.bodyText ?? '',
    );
    const tries: [string, string][] = [
      ['kort', 'password_too_short'],
      ['x'.repeat(1001), 'too_big'],
      ['welkom123456', 'password_common'],
      ['Password1234', 'password_common'],
      [`mijn ${user.loginName.toUpperCase()} wachtwoord`, 'password_contains_login_name'],
    ];
    for (const [password, code] of tries) {
      const response = await api.post(
        '/api/auth/password-reset/complete',
        { token: link.token, password },
        undefined,
        { 'accept-language': 'en' },
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields[0]).toMatchObject({ path: 'password', code });
    }
    const long = 'ä'.repeat(64) + ' lange zin zonder trucjes';
    expect(
      (await api.post('/api/auth/password-reset/complete', { token: link.token, password: long }))
        .statusCode,
    ).toBe(200);
    expect((await api.password(user.loginName, long)).statusCode).toBe(200);
    expect((await api.password(user.loginName, long.toUpperCase())).statusCode).toBe(401);
  });

  it('serves the reset page with Referrer-Policy: no-referrer and HSTS over https', async () => {
    const page = await testApp.app.inject({
      method: 'GET',
      url: '/wachtwoord-herstellen',
      headers: https,
    });
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['strict-transport-security']).toMatch(/max-age=(\d+); includeSubDomains/);
    const maxAge = Number(
      /max-age=(\d+)/.exec(String(page.headers['strict-transport-security']))?.[1],
    );
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  });
});

describeEachDatabase('first login with an invitation', (context) => {
  let testApp: TestApp;
  const api = client(() => testApp);
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('sets the password, allows nothing but enrolment until setup is complete, then a new session', async () => {
    const employer = await testApp.modules.organisation.createEmployer({ name: 'Uitnodiging BV' });
    const { trustEmployerId } = await import('../../db/tenancy.js');
    const user = await testApp.modules.users.createEmployerUser(trustEmployerId(employer.id), {
      loginName: 'nieuwe.collega',
      email: 'nieuwe.collega@example.test',
      firstName: 'Nieuwe',
      lastName: 'Collega',
      role: 'employee',
    });
    await testApp.modules.auth.inviteUser(user.id);
    const [mail] = await api.mailsTo('nieuwe.collega@example.test');
    expect(mail?.bodyText).toContain('nieuwe.collega');
    const link = api.linkIn(mail?.bodyText ?? '');
    expect(link.url).toMatch(/\/account-instellen$/);
    expect((await api.post('/api/auth/link/check', { token: link.token })).json()).toEqual({
      purpose: 'set_password',
    });
    // A reset endpoint does not accept an invitation link.
    expect(
      (
        await api.post('/api/auth/password-reset/complete', {
          token: link.token,
          password: 'een goed wachtwoord hier',
        })
      ).statusCode,
    ).toBe(400);
    const set = await api.post('/api/auth/setup/password', {
      token: link.token,
      password: 'een goed wachtwoord hier',
    });
    expect(set.json()).toEqual({ status: 'setup_required' });
    const setupCookie = sessionCookieFrom(set);
    expect((await api.get('/api/auth/me', setupCookie)).statusCode).toBe(401);
    expect(
      (await api.post('/api/auth/step-up', { password: 'een goed wachtwoord hier' }, setupCookie))
        .statusCode,
    ).toBe(401);
    const early = await api.post('/api/auth/setup/complete', undefined, setupCookie);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('setup_incomplete');

    await testApp.modules.factors.enrolTotp(user.id, 'nieuwe.collega');
    const done = await api.post('/api/auth/setup/complete', undefined, setupCookie);
    expect(done.statusCode).toBe(200);
    const sessionCookie = sessionCookieFrom(done);
    expect(sessionCookie).not.toBe(setupCookie);
    expect((await api.get('/api/auth/me', sessionCookie)).statusCode).toBe(200);
    expect((await api.get('/api/auth/me', setupCookie)).statusCode).toBe(401);
    expect((await api.userRow(user.id)).setupCompletedAt).not.toBeNull();
    // Setting up is once: the link is used up.
    expect(
      (
        await api.post('/api/auth/setup/password', {
          token: link.token,
          password: 'een goed wachtwoord hier',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('stores no usable invitation or reset link anywhere: the token only hashed, the link expiring', async () => {
    const user = await createTestUser(testApp);
    await testApp.modules.auth.inviteUser(user.userId);
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const mails = await api.mailsTo(`${user.loginName}@example.test`);
    // This process is a development one: its outbox copy still shows the links …
    const links = mails.map((mail) => api.linkIn(mail.bodyText));
    const tokens = links.map((link) => link.token);
    expect(tokens).toHaveLength(2);
    // … but no row of any table holds a token: the outbox bodies are blanked and
    // email_tokens keeps the SHA-256 only.
    const sql = testApp.platform.database.sql;
    const { rows: tables } = await sql.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
    );
    expect(tables.map((table) => table.name)).toContain('outbox_messages');
    for (const token of tokens) {
      for (const { name } of tables) {
        const { rows } = await sql.query<{ n: number }>(
          `select count(*)::int as n from "${name}" t where strpos(t::text, $1) > 0`,
          [token],
        );
        expect({ name, rows: rows[0]?.n }).toEqual({ name, rows: 0 });
      }
    }
    const { rows: stored } = await sql.query<{ body_text: string }>(
      'select body_text from outbox_messages where recipient = $1',
      [`${user.loginName}@example.test`],
    );
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(row.body_text).toMatch(/#token=•••/);
    // And the links expire: the reset link after an hour, the invitation after 72 hours.
    const tokenOf = (path: string) => links.find((link) => link.url.endsWith(path))?.token ?? '';
    const [invitation, reset] = [tokenOf('/account-instellen'), tokenOf('/wachtwoord-herstellen')];
    expect(await testApp.modules.auth.checkLink(reset)).toBe('reset_password');
    testApp.clock.advance(60 * 60_000 + 1000);
    expect(await testApp.modules.auth.checkLink(reset)).toBeUndefined();
    expect(await testApp.modules.auth.checkLink(invitation)).toBe('set_password');
    testApp.clock.advance(71 * 60 * 60_000);
    expect(await testApp.modules.auth.checkLink(invitation)).toBeUndefined();
  });

  it('sends a login without any second factor to the setup, not into the app', async () => {
    const employer = await testApp.modules.organisation.createEmployer({
      name: 'Zonder factor BV',
    });
    const { trustEmployerId } = await import('../../db/tenancy.js');
    const { hashPassword } = await import('../../platform/crypto/passwords.js');
    const user = await testApp.modules.users.createEmployerUser(trustEmployerId(employer.id), {
      loginName: 'zonder.factor',
      email: 'zonder.factor@example.test',
      firstName: 'Zonder',
      lastName: 'Factor',
      role: 'employee',
      passwordHash: await hashPassword('een goed wachtwoord hier'),
    });
    const login = await api.password('zonder.factor', 'een goed wachtwoord hier');
    expect(login.json()).toEqual({ status: 'setup_required', factors: [] });
    expect((await api.get('/api/auth/me', sessionCookieFrom(login))).statusCode).toBe(401);
    expect(user.id).toBeTruthy();
  });
});

describeEachDatabase('step-up and security settings', (context) => {
  let testApp: TestApp;
  const api = client(() => testApp);
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function stepUp(cookie: string, user: TestUser): Promise<string> {
    const first = await api.post('/api/auth/step-up', { password: user.password }, cookie);
    expect(first.statusCode).toBe(200);
    const afterPassword = sessionCookieFrom(first);
    expect(afterPassword).not.toBe(cookie);
    testApp.clock.advance(30_000);
    const second = await api.post(
      '/api/auth/step-up/second-factor',
      { kind: 'totp', code: await totpCodeAt(user.totpSecret, testApp.clock.now()) },
      afterPassword,
    );
    expect(second.statusCode).toBe(200);
    const afterFactor = sessionCookieFrom(second);
    expect(afterFactor).not.toBe(afterPassword);
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(401);
    expect((await api.get('/api/auth/me', afterPassword)).statusCode).toBe(401);
    return afterFactor;
  }

  it('needs a step-up within 5 minutes for the security settings, and rotates the session id', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, user);
    testApp.clock.advance(5 * 60_000 + 1000);
    const stale = await api.get('/api/me/sessions', cookie);
    expect(stale.statusCode).toBe(403);
    expect(stale.json().error.code).toBe('step_up_required');
    expect((await api.get('/api/auth/step-up', cookie)).json()).toEqual({
      fresh: false,
      until: null,
    });
    const fresh = await stepUp(cookie, user);
    const list = await api.get('/api/me/sessions', fresh);
    expect(list.statusCode).toBe(200);
    expect(list.json().sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    testApp.clock.advance(5 * 60_000);
    expect((await api.get('/api/me/sessions', fresh)).statusCode).toBe(403);
  });

  it('answers a wrong step-up password with a message about the password only', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, user);
    for (const locale of ['nl', 'en'] as const) {
      await api.setUser(user.userId, { locale });
      const wrong = await api.post(
        '/api/auth/step-up',
        { password: 'not the password, really' },
        cookie,
      );
      expect(wrong.statusCode).toBe(401);
      const t = translator(locale);
      expect(wrong.json().error).toEqual({
        code: 'password_incorrect',
        message: t('errors.password_incorrect'),
      });
      // The user is logged in: the prompt does not put the login name in doubt.
      expect(wrong.json().error.message).not.toMatch(/inlognaam|login name/i);
    }
    expect(await api.actions(user.userId)).toContain('auth.step_up_failed');
  });

  it('refuses the second step of a step-up without the password step', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const cookie = await logIn(testApp, user);
    testApp.clock.advance(6 * 60_000);
    const skipped = await api.post(
      '/api/auth/step-up/second-factor',
      { kind: 'totp', code: await totpCodeAt(user.totpSecret, testApp.clock.now()) },
      cookie,
    );
    expect(skipped.statusCode).toBe(403);
  });

  it("refuses a new password containing the employer's name at a change and at a reset", async () => {
    const user = await createTestUser(testApp);
    const renameEmployer = (name: string) =>
      testApp.platform.database.sql.query('update employers set name = $1 where id = $2', [
        name,
        user.employerId,
      ]);
    await renameEmployer('Hôtel Zuid');
    const password = 'mijn HOTEL zuid wachtwoord 2026';
    testApp.clock.advance(30_000);
    const cookie = await stepUp(await logIn(testApp, user), user);
    const changed = await api.post(
      '/api/me/password',
      { currentPassword: user.password, newPassword: password },
      cookie,
    );
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields[0]).toMatchObject({
      path: 'password',
      code: 'password_contains_employer_name',
      // In the user's own language (Dutch here), as the web shows it.
      message: translator('nl')('errors.field.password_contains_employer_name'),
    });
    await api.post('/api/auth/password-reset/request', { loginName: user.loginName });
    const link = api.linkIn(
      (await api.mailsTo(`${user.loginName}@example.test`)).find((mail) =>
        mail.bodyText.includes('#token='),
      )?.bodyText ?? '',
    );
    const reset = await api.post('/api/auth/password-reset/complete', {
      token: link.token,
      password,
    });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().error.fields[0]).toMatchObject({
      path: 'password',
      code: 'password_contains_employer_name',
    });
    // A name under 4 characters is not checked.
    await renameEmployer('Hôt');
    const short = await api.post('/api/auth/password-reset/complete', {
      token: link.token,
      password: 'hot wachtwoord voor 2026',
    });
    expect(short.statusCode).toBe(200);
  });

  it('changes the password with the current one; the other sessions end, this one stays', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const other = await logIn(testApp, user);
    testApp.clock.advance(30_000);
    const cookie = await stepUp(await logIn(testApp, user), user);
    const wrong = await api.post(
      '/api/me/password',
      { currentPassword: 'not my password at all', newPassword: 'een nieuw goed wachtwoord' },
      cookie,
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({
      path: 'currentPassword',
      code: 'current_password_wrong',
    });
    const weak = await api.post(
      '/api/me/password',
      { currentPassword: user.password, newPassword: 'qwerty' },
      cookie,
    );
    expect(weak.json().error.fields[0]).toMatchObject({
      path: 'password',
      code: 'password_too_short',
    });
    const changed = await api.post(
      '/api/me/password',
      { currentPassword: user.password, newPassword: 'een nieuw goed wachtwoord' },
      cookie,
    );
    expect(changed.statusCode).toBe(204);
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(200);
    expect((await api.get('/api/auth/me', other)).statusCode).toBe(401);
    expect((await api.password(user.loginName, 'een nieuw goed wachtwoord')).statusCode).toBe(200);
    expect(await api.actions(user.userId)).toContain('auth.password_changed');
  });

  it('changes the e-mail address through a link to the new one, telling the old one', async () => {
    const user = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const cookie = await stepUp(await logIn(testApp, user), user);
    expect(
      (await api.post('/api/me/email', { email: 'nieuw@example.test' }, cookie)).statusCode,
    ).toBe(202);
    expect((await api.userRow(user.userId)).email).toBe(`${user.loginName}@example.test`);
    const [notice] = await api.mailsTo(`${user.loginName}@example.test`);
    expect(notice?.bodyText).toContain('nieuw@example.test');
    const [confirmation] = await api.mailsTo('nieuw@example.test');
    const link = api.linkIn(confirmation?.bodyText ?? '');
    expect((await api.post('/api/auth/email/confirm', { token: link.token })).statusCode).toBe(204);
    expect((await api.userRow(user.userId)).email).toBe('nieuw@example.test');
    expect((await api.post('/api/auth/email/confirm', { token: link.token })).statusCode).toBe(400);
  });

  it('lists the own sessions and ends one or all others, never another user’s', async () => {
    const user = await createTestUser(testApp);
    const someoneElse = await createTestUser(testApp);
    testApp.clock.advance(30_000);
    const first = await logIn(testApp, user);
    testApp.clock.advance(30_000);
    const second = await logIn(testApp, user);
    testApp.clock.advance(30_000);
    const foreign = await logIn(testApp, someoneElse);
    testApp.clock.advance(30_000);
    const cookie = await stepUp(await logIn(testApp, user), user);
    const listed = (await api.get('/api/me/sessions', cookie)).json().sessions as {
      id: string;
      current: boolean;
    }[];
    expect(listed).toHaveLength(3);
    const [foreignRow] = await testApp.platform.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, someoneElse.userId));
    const notMine = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/me/sessions/${foreignRow?.id}`,
      headers: { ...fetchHeaders, cookie },
    });
    expect(notMine.statusCode).toBe(404);
    expect((await api.get('/api/auth/me', foreign)).statusCode).toBe(200);
    const target = listed.find((entry) => !entry.current);
    const ended = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/me/sessions/${target?.id}`,
      headers: { ...fetchHeaders, cookie },
    });
    expect(ended.statusCode).toBe(204);
    const all = await api.post('/api/me/sessions/end-others', undefined, cookie);
    expect(all.json()).toEqual({ ended: 1 });
    expect((await api.get('/api/auth/me', first)).statusCode).toBe(401);
    expect((await api.get('/api/auth/me', second)).statusCode).toBe(401);
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(200);
  });

  it('never promotes a planted cookie, and logout ends the row and clears site cookies', async () => {
    const user = await createTestUser(testApp);
    const planted = 'verzuim_session=planted-by-an-attacker-0000000000000000000000';
    const login = await api.post(
      '/api/auth/login',
      { loginName: user.loginName, password: user.password },
      planted,
    );
    const pending = sessionCookieFrom(login);
    expect(pending).not.toBe(planted);
    testApp.clock.advance(30_000);
    const done = await api.code(pending, user);
    const cookie = sessionCookieFrom(done);
    expect((await api.get('/api/auth/me', planted)).statusCode).toBe(401);
    const logout = await api.post('/api/auth/logout', undefined, cookie);
    expect(logout.statusCode).toBe(204);
    expect(logout.headers['clear-site-data']).toBe('"cookies"');
    expect((await api.get('/api/auth/me', cookie)).statusCode).toBe(401);
    const rows = await testApp.platform.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, user.userId));
    expect(rows.every((row) => row.endedAt !== null)).toBe(true);
    const tokens = await testApp.platform.database.db.select().from(emailTokens);
    expect(Array.isArray(tokens)).toBe(true);
  });
});

describe('rate limits and web hardening', () => {
  describeEachDatabase('rate limits', (context) => {
    let testApp: TestApp;
    const api = client(() => testApp);
    beforeAll(async () => {
      testApp = await createTestApp(context.database, {
        RATE_LIMIT_AUTH_PER_IP: '20',
        RATE_LIMIT_AUTH_PER_ACCOUNT: '10',
      });
    });
    afterAll(async () => {
      await testApp.close();
    });

    it('answers the 21st login POST from one IP within a minute with 429, whatever X-Forwarded-For says', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) {
        const response = await api.password(`someone-${i}`, 'a wrong password here', {
          'x-forwarded-for': `203.0.113.${i}`,
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      const last = await api.password('someone-else', 'a wrong password here', {
        'x-forwarded-for': '198.51.100.7',
      });
      expect(last.statusCode).toBe(429);
      expect(last.json().error.code).toBe('rate_limited');
    });

    it('limits one account to 10 attempts a minute from any address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) {
        const response = await testApp.app.inject({
          method: 'POST',
          url: '/api/auth/password-reset/request',
          headers: fetchHeaders,
          remoteAddress: `192.0.2.${i + 1}`,
          payload: { loginName: i % 2 === 0 ? 'Target.Account' : ' target.account ' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((status) => status === 202)).toBe(true);
      expect(statuses[10]).toBe(429);
    });
  });

  describeEachDatabase('headers, CORS and Origin', (context) => {
    let httpApp: TestApp;
    let httpsApp: TestApp;
    beforeAll(async () => {
      httpApp = await createTestApp(context.database, { PUBLIC_URL: 'http://localhost:3000' });
      httpsApp = await createTestApp(context.database, {
        PUBLIC_URL: 'https://verzuim.example.nl',
      });
    });
    afterAll(async () => {
      await httpApp.close();
      await httpsApp.close();
    });

    it('sends a strict CSP on http and https, HSTS only on https', async () => {
      for (const testApp of [httpApp, httpsApp]) {
        const response = await testApp.app.inject({ method: 'GET', url: '/login' });
        const csp = String(response.headers['content-security-policy']);
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['referrer-policy']).toBe('no-referrer');
      }
      expect(
        (await httpApp.app.inject({ method: 'GET', url: '/login' })).headers[
          'strict-transport-security'
        ],
      ).toBeUndefined();
      expect(
        (await httpsApp.app.inject({ method: 'GET', url: '/login' })).headers[
          'strict-transport-security'
        ],
      ).toBe('max-age=31536000; includeSubDomains');
      const login = await httpsApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: fetchHeaders,
        payload: { loginName: 'x', password: 'y' },
      });
      expect(login.headers['cache-control']).toBe('no-store');
    });

    it('sends no CORS headers to a foreign origin and refuses its state-changing requests', async () => {
      const preflight = await httpApp.app.inject({
        method: 'OPTIONS',
        url: '/api/auth/login',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const foreign = await httpApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...fetchHeaders, origin: 'https://evil.example' },
        payload: { loginName: 'x', password: 'y' },
      });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
      const own = await httpApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { ...fetchHeaders, origin: 'http://localhost:3000' },
        payload: { loginName: 'x', password: 'y' },
      });
      expect(own.statusCode).toBe(401);
      const withoutHeader = await httpApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { loginName: 'x', password: 'y' },
      });
      expect(withoutHeader.statusCode).toBe(403);
    });

    it('names the session cookie __Host- and Secure over https', async () => {
      const user = await createTestUser(httpsApp);
      const login = await httpsApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: fetchHeaders,
        payload: { loginName: user.loginName, password: user.password },
      });
      expect(login.cookies[0]).toMatchObject({
        name: '__Host-verzuim_session',
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
        path: '/',
      });
      expect(login.cookies[0]?.domain).toBeUndefined();
    });
  });
});
