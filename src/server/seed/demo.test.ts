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

  it('prints credentials that really log in: the password and the authenticator key', async () => {
    await context.database.sql.exec('delete from second_factors; delete from sessions;');
    await context.database.sql.exec(
      'delete from memberships; delete from users; delete from employment_versions; delete from employments; delete from employees; delete from departments; delete from employers;',
    );
    const credentials = await seedDemoIfEmpty(testApp.modules, {
      password: 'a fixed demo password',
    });
    if (!credentials) throw new Error('expected a fresh seed');
    expect(credentials.password).toBe('a fixed demo password');
    expect(credentials.totpUri).toContain(`secret=${credentials.totpSecret}`);
    const login = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: fetchHeaders,
      payload: { loginName: credentials.loginName, password: credentials.password },
    });
    expect(login.statusCode).toBe(200);
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
    expect(verified.json().user).toMatchObject({
      role: 'super_user',
      employer: { name: 'Demo Zorg BV' },
    });
  });

  it('does not seed again when the database already holds an employer', async () => {
    expect(await seedDemoIfEmpty(testApp.modules)).toBeUndefined();
    const { rows } = await context.database.sql.query<{ n: number }>(
      'select count(*)::int as n from employees',
    );
    expect(rows[0]?.n).toBe(50);
  });
});
