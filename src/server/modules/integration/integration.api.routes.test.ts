import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApiScope } from '../../../contracts/api-clients.js';
import type { ApiAbsence, ApiEmployee } from '../../../contracts/api-v1.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { listAuditEntries } from '../../platform/audit/audit.js';
import {
  callApi,
  createTestApp,
  createTestUser,
  fetchHeaders,
  logIn,
  type TestApp,
} from '../../test/app.js';
import { reportSick } from '../../test/cases.js';
import { describeEachDatabase } from '../../test/databases.js';
import { hireEmployee } from '../../test/employees.js';

type Page<T> = { data: T[]; nextCursor: string | null };

const v1Routes: { url: string; scope: ApiScope }[] = [
  { url: '/api/v1/departments', scope: 'employees:read' },
  { url: '/api/v1/employees', scope: 'employees:read' },
  { url: '/api/v1/employees/personnelNumber:0012', scope: 'employees:read' },
  { url: '/api/v1/absences', scope: 'absences:read' },
];

describeEachDatabase('REST API v1: bearer tokens, scopes and the first resources', (context) => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '1000' });
  });
  afterAll(() => testApp.close());

  /** An employer with a department, two employees (one sick) and an integration user's client. */
  async function employerWithClient(scopes: ApiScope[] = ['employees:read', 'absences:read']) {
    const user = await createTestUser(testApp, { role: 'super_user_integration' });
    const employerId = trustEmployerId(user.employerId);
    const cookie = await logIn(testApp, user);
    const department = await testApp.modules.organisation.createDepartment(employerId, {
      name: 'Verkoop',
      parentId: null,
    });
    const first = await hireEmployee(
      testApp.modules.employees,
      employerId,
      {
        departmentId: department.id,
      },
      { personnelNumber: '0012', lastName: 'Vries' },
    );
    const second = await hireEmployee(
      testApp.modules.employees,
      employerId,
      {
        departmentId: department.id,
      },
      { personnelNumber: '12', lastName: 'Bakker' },
    );
    const created = await callApi(testApp, cookie, 'POST', '/api/integration/clients', {
      name: 'HR',
      scopes,
    });
    const { client, clientSecret } = created.json<{
      client: { id: string };
      clientSecret: string;
    }>();
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      payload: {
        grant_type: 'client_credentials',
        client_id: client.id,
        client_secret: clientSecret,
      },
    });
    const accessToken = response.json<{ access_token: string }>().access_token;
    return {
      user,
      employerId,
      cookie,
      department,
      first,
      second,
      clientId: client.id,
      accessToken,
    };
  }

  const get = (url: string, accessToken?: string, headers: Record<string, string> = {}) =>
    testApp.app.inject({
      method: 'GET',
      url,
      headers: { ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}), ...headers },
    });

  it('reads departments, employees (by id and personnel number) and absences; every call audited', async () => {
    const setup = await employerWithClient();
    await reportSick(testApp, setup.cookie, setup.first, { firstSickDay: '2026-02-20' });
    const departments = await get('/api/v1/departments', setup.accessToken);
    expect(departments.statusCode, departments.body).toBe(200);
    expect(departments.json()).toEqual({
      data: [{ id: setup.department.id, parentId: null, name: 'Verkoop', closedOn: null }],
    });
    const employees = (await get('/api/v1/employees', setup.accessToken)).json<Page<ApiEmployee>>();
    expect(employees.data.map((employee) => employee.personnelNumber).sort()).toEqual([
      '0012',
      '12',
    ]);
    expect(employees.data[0]?.employments).toHaveLength(1);
    const byNumber = await get('/api/v1/employees/personnelNumber:0012', setup.accessToken);
    expect(byNumber.json()).toMatchObject({ id: setup.first, lastName: 'Vries' });
    const byId = await get(`/api/v1/employees/${setup.second.toUpperCase()}`, setup.accessToken);
    expect(byId.json()).toMatchObject({ id: setup.second, personnelNumber: '12' });
    expect(
      (await get('/api/v1/employees/personnelNumber:0013', setup.accessToken)).statusCode,
    ).toBe(404);
    const absences = (await get('/api/v1/absences', setup.accessToken)).json<Page<ApiAbsence>>();
    expect(absences.data).toEqual([
      expect.objectContaining({
        employeeId: setup.first,
        personnelNumber: '0012',
        firstDay: '2026-02-20',
        lastDay: null,
        percentages: [{ validFrom: '2026-02-20', percentage: 100 }],
      }),
    ]);
    const calls = (
      await listAuditEntries(testApp.platform.database.db, {
        employerId: setup.employerId,
        limit: 50,
      })
    ).filter((entry) => entry.action === 'api.called');
    expect(calls).toHaveLength(5);
    expect(
      calls.every((entry) => entry.subjectId === setup.clientId && entry.userId === null),
    ).toBe(true);
  });

  it('pages employees by cursor in the order of change, and filters by updatedSince', async () => {
    const setup = await employerWithClient();
    const first = await get('/api/v1/employees?limit=1', setup.accessToken);
    const page1 = first.json<Page<ApiEmployee>>();
    expect(page1.data).toHaveLength(1);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = (
      await get(`/api/v1/employees?limit=1&cursor=${page1.nextCursor}`, setup.accessToken)
    ).json<Page<ApiEmployee>>();
    expect(page2.data).toHaveLength(1);
    expect(page2.data[0]?.id).not.toBe(page1.data[0]?.id);
    const page3 = (
      await get(`/api/v1/employees?limit=1&cursor=${page2.nextCursor}`, setup.accessToken)
    ).json<Page<ApiEmployee>>();
    expect(page3).toEqual({ data: [], nextCursor: null });
    const future = encodeURIComponent('2999-01-01T00:00:00+01:00');
    expect(
      (await get(`/api/v1/employees?updatedSince=${future}`, setup.accessToken)).json(),
    ).toEqual({ data: [], nextCursor: null });
    const past = encodeURIComponent('2000-01-01T00:00:00Z');
    expect(
      (await get(`/api/v1/employees?updatedSince=${past}`, setup.accessToken)).json<
        Page<ApiEmployee>
      >().data,
    ).toHaveLength(2);
  });

  it('refuses a token without the route’s scope with 403 on every v1 route', async () => {
    const onlyTasks = await employerWithClient(['tasks:read']);
    for (const route of v1Routes) {
      const response = await get(route.url, onlyTasks.accessToken);
      expect(response.statusCode, route.url).toBe(403);
      expect(response.json()).toMatchObject({ error: { code: 'api_scope_missing' } });
      expect(response.headers['www-authenticate']).toContain('insufficient_scope');
    }
    const onlyEmployees = await employerWithClient(['employees:read']);
    expect((await get('/api/v1/absences', onlyEmployees.accessToken)).statusCode).toBe(403);
    expect((await get('/api/v1/employees', onlyEmployees.accessToken)).statusCode).toBe(200);
  });

  it('refuses a revoked client’s token at once, and no token or a made-up one, with 401', async () => {
    const setup = await employerWithClient();
    expect((await get('/api/v1/employees', setup.accessToken)).statusCode).toBe(200);
    await callApi(
      testApp,
      setup.cookie,
      'POST',
      `/api/integration/clients/${setup.clientId}/revoke`,
    );
    for (const route of v1Routes) {
      const response = await get(route.url, setup.accessToken);
      expect(response.statusCode, route.url).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'api_invalid_token' } });
    }
    for (const authorization of [
      '',
      'Bearer',
      `Bearer ${'A'.repeat(43)}`,
      `Basic ${setup.accessToken}`,
      `Bearer ${setup.accessToken}\u0000`,
    ]) {
      expect((await get('/api/v1/employees', undefined, { authorization })).statusCode).toBe(401);
    }
  });

  it('the session cookie does not open /api/v1, and a bearer token does not open the web API', async () => {
    const setup = await employerWithClient();
    const withCookie = await get('/api/v1/employees', undefined, {
      ...fetchHeaders,
      cookie: setup.cookie,
    });
    expect(withCookie.statusCode).toBe(401);
    const webWithToken = await get(
      '/api/organisation/departments',
      setup.accessToken,
      fetchHeaders,
    );
    expect(webWithToken.statusCode).toBe(401);
    expect(
      (await callApi(testApp, setup.cookie, 'GET', '/api/organisation/departments')).statusCode,
    ).toBe(200);
  });

  it('another employer’s client never reads this employer’s data', async () => {
    const mine = await employerWithClient();
    const theirs = await employerWithClient();
    expect((await get(`/api/v1/employees/${mine.first}`, theirs.accessToken)).statusCode).toBe(404);
    const listed = (await get('/api/v1/employees', theirs.accessToken)).json<Page<ApiEmployee>>();
    expect(listed.data.map((employee) => employee.id).sort()).toEqual(
      [theirs.first, theirs.second].sort(),
    );
    const departments = (await get('/api/v1/departments', theirs.accessToken)).json<{
      data: { id: string }[];
    }>();
    expect(departments.data.map((department) => department.id)).toEqual([theirs.department.id]);
  });

  it('refuses bad input with 400: NUL, odd ids and cursors, impossible dates, unknown keys', async () => {
    const setup = await employerWithClient();
    const urls = [
      '/api/v1/employees/not-an-id',
      '/api/v1/employees/personnelNumber:',
      '/api/v1/employees/personnelNumber:00%0012',
      '/api/v1/employees/%00',
      '/api/v1/employees?updatedSince=2026-02-30T00:00:00Z',
      '/api/v1/employees?updatedSince=yesterday',
      '/api/v1/employees?cursor=abc',
      '/api/v1/employees?cursor=%00',
      `/api/v1/employees?cursor=${btoa(JSON.stringify(['2026-01-01 00:00:00+00', 'x']))}`,
      '/api/v1/employees?limit=0',
      '/api/v1/employees?limit=501',
      '/api/v1/employees?limit=1e3',
      '/api/v1/absences?since=2026-01-01',
      '/api/v1/absences?updatedSince=2026-13-01T00:00:00Z',
    ];
    for (const url of urls) {
      const response = await get(url, setup.accessToken);
      expect(response.statusCode, `${url} ${response.body}`).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: expect.any(String) } });
    }
  });

  it('limits each client per minute, apart from other clients', async () => {
    const limited = await createTestApp(context.database, { RATE_LIMIT_API_PER_CLIENT: '3' });
    try {
      const original = testApp;
      testApp = limited;
      const one = await employerWithClient();
      const two = await employerWithClient();
      testApp = original;
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({
          method: 'GET',
          url: '/api/v1/departments',
          headers: { authorization: `Bearer ${one.accessToken}` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      const other = await limited.app.inject({
        method: 'GET',
        url: '/api/v1/employees',
        headers: { authorization: `Bearer ${two.accessToken}` },
      });
      expect(other.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('documents every v1 operation in the OpenAPI document, with the bearer scheme', async () => {
    const document = testApp.app.swagger() as {
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    for (const path of [
      '/api/v1/departments',
      '/api/v1/employees',
      '/api/v1/employees/{employee}',
      '/api/v1/absences',
    ]) {
      expect(document.paths[path]?.get?.security, path).toEqual([{ bearer: [] }]);
    }
    expect(JSON.stringify(document.paths['/api/v1/employees'])).toContain('personnelNumber');
    expect(document.paths['/api/v1/oauth/token']?.post).toBeDefined();
  });
});
