import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ApiScope } from '../../contracts/api-clients.js';
import type { HrIntegrationMode } from '../../contracts/organisation.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../db/tenancy.js';
import { employers } from '../modules/organisation/organisation.table.js';
import { callApi, createTestUser, logIn, type TestApp } from './app.js';
import { hireEmployee } from './employees.js';

/**
 * An employer of its own with a department "Verkoop", one employee (personnel number 0012,
 * employed since 2020-01-01), the given HR-integration mode, and an API client with `scopes`
 * and a bearer token: what a REST API v1 test starts from.
 */
export async function employerWithApiClient(
  testApp: TestApp,
  scopes: ApiScope[],
  mode: HrIntegrationMode = 'full',
) {
  const user = await createTestUser(testApp, { role: 'super_user_integration' });
  const employerId: AuthorizedEmployerId = trustEmployerId(user.employerId);
  const cookie = await logIn(testApp, user);
  const department = await testApp.modules.organisation.createDepartment(employerId, {
    name: 'Verkoop',
    parentId: null,
  });
  const employeeId = await hireEmployee(
    testApp.modules.employees,
    employerId,
    { departmentId: department.id },
    { personnelNumber: '0012', lastName: 'Vries' },
  );
  await testApp.platform.database.db
    .update(employers)
    .set({ hrIntegrationMode: mode })
    .where(eq(employers.id, employerId));
  const { clientId, accessToken } = await apiClientToken(testApp, cookie, scopes);
  return { user, employerId, cookie, department, employeeId, clientId, accessToken };
}

/**
 * A new API client with `scopes`, made by the integration super user of `cookie` for the
 * session's employer, and a bearer token of it.
 */
export async function apiClientToken(testApp: TestApp, cookie: string, scopes: ApiScope[]) {
  const created = await callApi(testApp, cookie, 'POST', '/api/integration/clients', {
    name: 'HR',
    scopes,
  });
  expect(created.statusCode, created.body).toBe(201);
  const { client, clientSecret } = created.json<{ client: { id: string }; clientSecret: string }>();
  const token = await testApp.app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    payload: {
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: clientSecret,
    },
  });
  const accessToken = token.json<{ access_token: string }>().access_token;
  return { clientId: client.id, accessToken };
}

/** A request to `/api/v1` with the bearer token and, when given, an Idempotency-Key. */
export function callV1(
  testApp: TestApp,
  accessToken: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  idempotencyKey?: string,
) {
  return testApp.app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${accessToken}`,
      ...(idempotencyKey === undefined ? {} : { 'idempotency-key': idempotencyKey }),
    },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}
