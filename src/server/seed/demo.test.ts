import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestApp,
  fetchHeaders,
  sessionCookieFrom,
  type TestApp,
  totpCodeAt,
} from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemoIfEmpty } from './demo.js';

describeEachDatabase('the demo employer of the first start', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('creates one employer, a department tree of three levels and 50 employees with employments', async () => {
    const credentials = await seedDemoIfEmpty(testApp.modules);
    expect(credentials?.loginName).toBe('demo');
    const sql = context.database.sql;
    const count = async (query: string) => (await sql.query<{ n: number }>(query)).rows[0]?.n;
    expect(await count('select count(*)::int as n from employers')).toBe(1);
    expect(await count('select count(*)::int as n from employees')).toBe(50);
    expect(await count('select count(distinct employee_id)::int as n from employments')).toBe(50);
    expect(await count('select count(*)::int as n from employment_versions')).toBe(50);
    const depth = await count(`
      with recursive tree as (
        select id, 1 as level from departments where parent_id is null
        union all
        select d.id, t.level + 1 from departments d join tree t on d.parent_id = t.id
      ) select max(level)::int as n from tree`);
    expect(depth).toBeGreaterThanOrEqual(3);
  });

  it('adds users of several roles: two set up like demo, one invited and not set up yet', async () => {
    const { rows } = await context.database.sql.query<{
      login_name: string;
      role: string;
      has_password: boolean;
      factors: number;
    }>(`
      select u.login_name, m.role, u.password_hash is not null as has_password,
        (select count(*)::int from second_factors f where f.user_id = u.id) as factors
      from users u join memberships m on m.user_id = u.id order by u.login_name`);
    expect(rows).toEqual([
      { login_name: 'demo', role: 'super_user', has_password: true, factors: 1 },
      { login_name: 'manager', role: 'manager_with_reports', has_password: true, factors: 1 },
      { login_name: 'melder', role: 'absence_reporter', has_password: true, factors: 1 },
      { login_name: 'nieuw', role: 'super_user_no_signals', has_password: false, factors: 0 },
    ]);
  });

  it('prints credentials that really log in: the password and the authenticator key', async () => {
    await context.database.sql.exec(
      'delete from factor_challenges; delete from backup_codes; delete from second_factors; delete from sessions; delete from email_tokens; delete from outbox_messages;',
    );
    await context.database.sql.exec(
      'delete from memberships; delete from users; delete from employment_versions; delete from employments; delete from employees; delete from departments; delete from employers;',
    );
    const credentials = await seedDemoIfEmpty(testApp.modules, {
      password: 'a fixed demo password',
    });
    if (!credentials) throw new Error('expected a fresh seed');
    expect(credentials.password).toBe('a fixed demo password');
    expect(credentials.totpUri).toContain(`secret=${credentials.totpSecret}`);
    expect(credentials.sharingLogins.map((other) => other.loginName)).toEqual([
      'manager',
      'melder',
    ]);
    const logIn = async (loginName: string) => {
      const login = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: fetchHeaders,
        payload: { loginName, password: credentials.password },
      });
      expect(login.statusCode).toBe(200);
      expect(login.json()).toMatchObject({ status: 'second_factor_required' });
      const verified = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/second-factor',
        headers: { ...fetchHeaders, cookie: sessionCookieFrom(login) },
        payload: {
          kind: 'totp',
          code: await totpCodeAt(credentials.totpSecret, testApp.clock.now()),
        },
      });
      expect(verified.statusCode).toBe(200);
      return verified.json().user as unknown;
    };
    expect(await logIn(credentials.loginName)).toMatchObject({
      loginName: 'demo',
      role: 'super_user',
      employer: { name: 'Demo Zorg BV' },
    });
    // The others share the password and the key (each account keeps its own used-code step).
    expect(await logIn('manager')).toMatchObject({
      loginName: 'manager',
      role: 'manager_with_reports',
      employer: { name: 'Demo Zorg BV' },
    });
    expect(await logIn('melder')).toMatchObject({
      loginName: 'melder',
      role: 'absence_reporter',
      employer: { name: 'Demo Zorg BV' },
    });
  });

  it('invites the user without a password: its set-password mail is in the outbox', async () => {
    const nieuw = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: 'nieuw', password: 'a fixed demo password' },
    });
    expect(nieuw.statusCode).toBe(401);

    const mails = (await testApp.platform.outbox.listRecent(100)).filter(
      (message) => message.recipient === 'nieuw@verzuim.localhost',
    );
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.channel).toBe('mail');
    expect(mail?.subject).toBe('Uw account voor Verzuim');
    expect(mail?.bodyText).toContain('Uw inlognaam is: nieuw');
    const link = /(https?:\/\/\S+)#token=([\w-]+)/.exec(mail?.bodyText ?? '');
    if (!link?.[1] || !link[2]) throw new Error(`no link in: ${mail?.bodyText}`);
    expect(new URL(link[1]).pathname).toBe('/account-instellen');
    expect(await testApp.modules.auth.checkLink(link[2])).toBe('set_password');
  });

  it('does not seed again when the database already holds an employer', async () => {
    expect(await seedDemoIfEmpty(testApp.modules)).toBeUndefined();
    const { rows } = await context.database.sql.query<{ n: number }>(
      'select count(*)::int as n from employees',
    );
    expect(rows[0]?.n).toBe(50);
  });
});
