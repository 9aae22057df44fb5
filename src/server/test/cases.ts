import { expect } from 'vitest';
import { callApi, type TestApp } from './app.js';

/**
 * Reports the employee sick through the API, as the user of `cookie`: an illness at 100 % unless
 * `report` says otherwise (it gives at least the first sick day). Returns the new case's id.
 */
export async function reportSick(
  testApp: TestApp,
  cookie: string,
  employeeId: string,
  report: { firstSickDay: string } & Record<string, unknown>,
): Promise<string> {
  const response = await callApi(testApp, cookie, 'POST', `/api/employees/${employeeId}/cases`, {
    classification: 'illness',
    percentage: 100,
    ...report,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}
