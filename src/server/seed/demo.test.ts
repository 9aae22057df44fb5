import { afterAll, beforeAll, expect, it } from 'vitest';
import { updateUserRequestSchema } from '../../contracts/users.js';
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

  // Seeding two years of history is the app's heaviest first start: ~15 s on PGlite on a quiet
  // machine, twice that on a loaded one.
  it(
    'creates one employer, a department tree of three levels and 150 employees with employments',
    {
      timeout: 120_000,
    },
    async () => {
      const credentials = await seedDemoIfEmpty(testApp.modules, {
        db: testApp.platform.database.db,
        clock: testApp.clock,
      });
      expect(credentials?.loginName).toBe('demo');
      const sql = context.database.sql;
      const count = async (query: string) => (await sql.query<{ n: number }>(query)).rows[0]?.n;
      // Demo Zorg BV with 150 employees, and Demo Techniek BV (linked to demo) with 8.
      expect(await count('select count(*)::int as n from employers')).toBe(2);
      expect(await count('select count(*)::int as n from employees')).toBe(158);
      expect(await count('select count(distinct employee_id)::int as n from employments')).toBe(
        158,
      );
      // Moves between departments and changes of hours: more versions than employments.
      expect(await count('select count(*)::int as n from employment_versions')).toBeGreaterThan(
        158,
      );
      const depth = await count(`
      with recursive tree as (
        select id, 1 as level from departments where parent_id is null
        union all
        select d.id, t.level + 1 from departments d join tree t on d.parent_id = t.id
      ) select max(level)::int as n from tree`);
      expect(depth).toBeGreaterThanOrEqual(3);
    },
  );

  it('gives Demo Zorg BV two years of absence: closed and running cases, tasks due now, none long overdue (issue 12)', async () => {
    const sql = context.database.sql;
    const count = async (query: string) => (await sql.query<{ n: number }>(query)).rows[0]?.n;
    expect(
      await count(`select count(*)::int as n from cases where kind = 'sickness'`),
    ).toBeGreaterThan(200);
    expect(
      await count(
        `select count(*)::int as n from cases where kind = 'sickness' and last_day is null`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(`select count(*)::int as n from cases where previous_case_id is not null`),
    ).toBeGreaterThan(0);
    expect(
      await count(`select count(*)::int as n from cases where kind = 'pregnancy'`),
    ).toBeGreaterThan(0);
    expect(await count(`select min(first_day)::text < '2024-04-01' as n from cases`)).toBe(true);
    // The running cases were reported through the use case: their legal cases have their tasks
    // (a recurrence's belong to the legal case's first episode).
    expect(
      await count(`select count(*)::int as n from cases c where c.last_day is null and c.kind = 'sickness'
        and not exists (select 1 from case_tasks t where t.employee_id = c.employee_id)`),
    ).toBe(0);
    expect(
      await count(`select count(*)::int as n from case_tasks where status = 'open'`),
    ).toBeGreaterThan(0);
    // The test clock's today is 2 March 2026: nothing open more than two weeks past due.
    expect(
      await count(
        `select count(*)::int as n from case_tasks where status = 'open' and due_date < '2026-02-16'`,
      ),
    ).toBe(0);
  });

  it('adds a user of every role, set up like demo, one invited, and demo linked to a second employer', async () => {
    const { rows } = await context.database.sql.query<{
      login_name: string;
      employer: string | null;
      role: string;
      has_password: boolean;
      factors: number;
    }>(`
      select u.login_name, e.name as employer, coalesce(m.role, u.operator_role) as role,
        u.password_hash is not null as has_password,
        (select count(*)::int from second_factors f where f.user_id = u.id) as factors
      from users u left join memberships m on m.user_id = u.id
        left join employers e on e.id = m.employer_id
      order by u.login_name, e.name`);
    const zorg = 'Demo Zorg BV';
    const setUp = { has_password: true, factors: 1 };
    expect(rows).toEqual([
      { login_name: 'bedrijfsarts', employer: null, role: 'company_doctor', ...setUp },
      { login_name: 'beheerder', employer: null, role: 'operator_admin', ...setUp },
      { login_name: 'casemanager', employer: null, role: 'case_manager', ...setUp },
      { login_name: 'demo', employer: 'Demo Techniek BV', role: 'manager_with_reports', ...setUp },
      { login_name: 'demo', employer: zorg, role: 'super_user', ...setUp },
      { login_name: 'koppeling', employer: zorg, role: 'super_user_integration', ...setUp },
      { login_name: 'manager', employer: zorg, role: 'manager_with_reports', ...setUp },
      { login_name: 'melder', employer: zorg, role: 'absence_reporter', ...setUp },
      {
        login_name: 'nieuw',
        employer: zorg,
        role: 'super_user_no_signals',
        has_password: false,
        factors: 0,
      },
      { login_name: 'teamleider', employer: zorg, role: 'manager_without_reports', ...setUp },
    ]);
    const roles = new Set(rows.map((row) => row.role));
    // Every role can be tried except two koppeling variants (zonder signalen, alleen ziek/hersteld).
    expect(roles.size).toBe(9);
  });

  it('seeds complete users: every field the user form requires is filled in (issue 18)', async () => {
    const { rows } = await context.database.sql.query<Record<string, string | null>>(
      'select login_name, first_name, last_name, gender, email from users order by login_name',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const form = {
        loginName: row.login_name,
        firstName: row.first_name,
        lastName: row.last_name,
        gender: row.gender,
        email: row.email,
      };
      const parsed = updateUserRequestSchema.required().safeParse({
        ...form,
        role: 'super_user',
        validFrom: null,
        validUntil: null,
      });
      expect({ form, issues: parsed.error?.issues.map((issue) => issue.path) }).toEqual({ form });
    }
  });

  it('prints credentials that really log in: the password and the authenticator key', async () => {
    await context.database.sql.exec(
      'delete from factor_challenges; delete from backup_codes; delete from second_factors; delete from sessions; delete from email_tokens; delete from outbox_messages;',
    );
    await context.database.sql.exec(
      'delete from vault_access_requests; delete from vault_members; delete from vault_agreements; delete from vault_personal_data;',
    );
    await context.database.sql.exec(
      'delete from case_tasks; delete from case_flags; delete from case_segments; delete from pregnancy_details; delete from cases;',
    );
    await context.database.sql.exec(
      'delete from care_assignments; delete from memberships; delete from users;',
    );
    await context.database.sql.exec(
      'delete from employment_versions; delete from employments; delete from employees; delete from headcount_changes; delete from departments; delete from employers;',
    );
    const credentials = await seedDemoIfEmpty(
      testApp.modules,
      { db: testApp.platform.database.db, clock: testApp.clock },
      { password: 'a fixed demo password' },
    );
    if (!credentials) throw new Error('expected a fresh seed');
    expect(credentials.password).toBe('a fixed demo password');
    expect(credentials.totpUri).toContain(`secret=${credentials.totpSecret}`);
    expect(credentials.otherUsers.map((other) => other.loginName)).toEqual([
      'manager',
      'melder',
      'koppeling',
      'teamleider',
      'beheerder',
      'casemanager',
      'bedrijfsarts',
    ]);
    // Each user has its own random key (none configured).
    const keys = new Map(
      credentials.otherUsers.map((other) => [other.loginName, other.totpSecret]),
    );
    keys.set(credentials.loginName, credentials.totpSecret);
    expect(new Set(keys.values()).size).toBe(keys.size);
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
          code: await totpCodeAt(keys.get(loginName) ?? '', testApp.clock.now()),
        },
      });
      expect(verified.statusCode).toBe(200);
      return verified.json().user as unknown;
    };
    const demo = (await logIn(credentials.loginName)) as { id: string; employer: { id: string } };
    expect(demo).toMatchObject({
      loginName: 'demo',
      role: 'super_user',
      employer: { name: 'Demo Zorg BV' },
    });
    // The demo employer starts with its datakluis agreement signed by demo, its vault admin.
    const { rows: signed } = await context.database.sql.query<{ level: string }>(
      `select m.level from vault_agreements a join vault_members m
         on m.employer_id = a.employer_id and m.user_id = a.signed_by
       where a.employer_id = $1 and a.signed_by = $2`,
      [demo.employer.id, demo.id],
    );
    expect(signed).toEqual([{ level: 'admin' }]);
    // The others share the password, each with its own key.
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
    // Operators start without an employer and choose one in the header.
    expect(await logIn('beheerder')).toMatchObject({
      role: 'operator_admin',
      employer: null,
      canSwitchEmployer: true,
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
    expect(
      await seedDemoIfEmpty(testApp.modules, {
        db: testApp.platform.database.db,
        clock: testApp.clock,
      }),
    ).toBeUndefined();
    const { rows } = await context.database.sql.query<{ n: number }>(
      'select count(*)::int as n from employees',
    );
    expect(rows[0]?.n).toBe(158);
  });
});
