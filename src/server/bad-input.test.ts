import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoIfEmpty } from './seed/demo.js';
import { createTestApp, demoLogin, fetchHeaders, logIn, type TestApp } from './test/app.js';
import { describeEachDatabase } from './test/databases.js';

type Answer = { statusCode: number; json(): unknown };
type ErrorBody = {
  error: {
    code: string;
    message: string;
    fields?: { path: string; code: string; message: string }[];
  };
};

/** A refusal in the error shape, with the field and code named (issue 16, item 4). */
function expectRefused(response: Answer, field?: { path: string; code: string }): void {
  expect(response.statusCode).toBe(400);
  const body = response.json() as ErrorBody;
  expect(body.error.message).toEqual(expect.any(String));
  if (field) {
    expect(body.error.fields).toEqual([expect.objectContaining(field)]);
    expect(body.error.fields?.[0]?.message).not.toMatch(/^errors\./);
  }
}

describeEachDatabase('bad input answers 4xx in the error shape, never 5xx', (context) => {
  let testApp: TestApp;
  let demo: string;
  let melder: string;
  let beheerder: string;
  let employeeId: string;
  let rootDepartmentId: string;
  let childDepartmentId: string;

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: string) =>
    testApp.app.inject({
      method,
      url,
      headers: {
        ...fetchHeaders,
        cookie,
        'accept-language': 'en',
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { payload }),
    });

  beforeAll(async () => {
    testApp = await createTestApp(context.database);
    const credentials = await seedDemoIfEmpty(testApp.modules, {
      db: testApp.platform.database.db,
      clock: testApp.clock,
    });
    if (!credentials) throw new Error('the demo was not seeded');
    demo = await logIn(testApp, credentials);
    melder = await logIn(testApp, demoLogin(credentials, 'melder'));
    beheerder = await logIn(testApp, demoLogin(credentials, 'beheerder'));
    const sql = context.database.sql;
    const first = async (query: string) => (await sql.query<{ id: string }>(query)).rows[0]?.id;
    employeeId = (await first(
      `select e.id from employees e join employers r on r.id = e.employer_id
       where r.name = 'Demo Zorg BV' order by e.personnel_number limit 1`,
    )) as string;
    rootDepartmentId = (await first(
      `select d.id from departments d join employers r on r.id = d.employer_id
       where r.name = 'Demo Zorg BV' and d.name = 'Zorg'`,
    )) as string;
    childDepartmentId = (await first(
      `select d.id from departments d join employers r on r.id = d.employer_id
       where r.name = 'Demo Zorg BV' and d.name = 'Thuiszorg'`,
    )) as string;
  }, 120_000);
  afterAll(() => testApp.close());

  const note = (overrides: Record<string, unknown>) =>
    JSON.stringify({
      contactDate: '2026-03-02',
      contactType: 'phone',
      text: 'Gebeld.',
      ...overrides,
    });

  it('refuses a NUL in text and in a query parameter, and a lone surrogate in JSON text', async () => {
    const notes = `/api/employees/${employeeId}/notes`;
    expectRefused(await call('POST', notes, demo, note({ text: 'voor\u0000na' })), {
      path: 'text',
      code: 'invalid_characters',
    });
    // The raw JSON escape, as a client would send it: JSON.parse makes it half a character.
    expectRefused(
      await call(
        'POST',
        notes,
        demo,
        '{"contactDate":"2026-03-02","contactType":"phone","text":"a\\ud800b"}',
      ),
      { path: 'text', code: 'invalid_characters' },
    );
    expectRefused(await call('GET', '/api/employees?name=a%00b', demo), {
      path: 'querystring.name',
      code: 'invalid_characters',
    });
    expectRefused(await call('GET', '/api/me/employers?search=%00', demo), {
      path: 'querystring.search',
      code: 'invalid_characters',
    });
    expectRefused(
      await call('POST', '/api/auth/password-reset/request', '', '{"loginName":"demo\\u0000"}'),
      { path: 'loginName', code: 'invalid_characters' },
    );
    // A whole surrogate pair is one character (an emoji) and is stored as such.
    const emoji = await call('POST', notes, demo, note({ text: 'Goed gesprek 🙂' }));
    expect(emoji.statusCode).toBe(201);
  });

  it('accepts dates from 1900-01-01 to 2100-12-31 and refuses the rest, 0000-01-01 included', async () => {
    const notes = `/api/employees/${employeeId}/notes`;
    for (const contactDate of [
      '0000-01-01',
      '0001-01-01',
      '1899-12-31',
      '2101-01-01',
      '9999-12-31',
    ]) {
      const response = await call('POST', notes, demo, note({ contactDate }));
      expect(response.statusCode, contactDate).toBe(400);
      const field = (response.json() as ErrorBody).error.fields?.[0];
      expect(field?.path).toBe('contactDate');
      expect(['date_out_of_range', 'invalid_format']).toContain(field?.code);
    }
    const outOfRange = await call('POST', notes, demo, note({ contactDate: '9999-12-31' }));
    expect((outOfRange.json() as ErrorBody).error.fields?.[0]).toEqual({
      path: 'contactDate',
      code: 'date_out_of_range',
      // demo's own language is Dutch; the range comes from civil-dates.ts into the message.
      message: 'Kies een datum van 1900-01-01 tot en met 2100-12-31.',
    });
    for (const contactDate of ['1900-01-01', '2100-12-31']) {
      const response = await call('POST', notes, demo, note({ contactDate }));
      expect(response.statusCode, contactDate).toBe(201);
    }
    expectRefused(await call('GET', '/api/employees?dateOfBirth=0000-01-01', demo));
    expectRefused(await call('GET', '/api/audit?from=9999-12-31', beheerder));
  });

  it('refuses a department change that changes nothing, and still moves to the top level', async () => {
    const patch = (id: string, payload: string) =>
      call('PATCH', `/api/organisation/departments/${id}`, demo, payload);
    expectRefused(await patch(childDepartmentId, '{}'), {
      path: '',
      code: 'department_nothing_to_change',
    });
    expectRefused(await patch(rootDepartmentId, '{"parentId":null}'), {
      path: 'parentId',
      code: 'department_already_there',
    });
    const moved = await patch(childDepartmentId, '{"parentId":null}');
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ department: { parentId: null } });
  });

  it('refuses any body but {} where a route declares none (a vault access request)', async () => {
    const url = '/api/vault/access-requests';
    for (const payload of ['1', '"str"', 'null', '[]', '{"reason":"x"}']) {
      expectRefused(await call('POST', url, melder, payload));
    }
    const [first, second] = await Promise.all([
      call('POST', url, melder, '{}'),
      call('POST', url, melder),
    ]);
    // Two at once: one request is stored, the other is told it exists (never a 500).
    expect([first?.statusCode, second?.statusCode].sort()).toEqual([204, 409]);
  });

  it('answers a path parameter longer than the router allows in the error shape', async () => {
    const response = await call('GET', `/api/employees/${'x'.repeat(500)}`, demo);
    expect(response.statusCode).toBe(414);
    expect((response.json() as ErrorBody).error.code).toEqual(expect.any(String));
  });
});
