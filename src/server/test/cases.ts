import { expect } from 'vitest';
import { caseFlags, cases, caseSegments } from '../modules/cases/cases.table.js';
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

/**
 * A case written straight into the tables as the cases module stores it, with its percentage
 * segments and flags (a flag set on the first day unless it says): for report tests that need a
 * history no sick report of today could make. Returns the case's id.
 */
export async function insertCase(
  testApp: TestApp,
  employer: string,
  employeeId: string,
  values: {
    kind?: 'sickness' | 'pregnancy';
    classification?: string;
    firstDay: string;
    lastDay: string | null;
    segments?: { validFrom: string; percentage: number }[];
    flags?: { flag: string; value?: string; setOn?: string }[];
  },
): Promise<string> {
  const db = testApp.platform.database.db;
  const kind = values.kind ?? 'sickness';
  const [row] = await db
    .insert(cases)
    .values({
      employerId: employer,
      employeeId,
      kind,
      classification: kind === 'sickness' ? (values.classification ?? 'illness') : null,
      firstDay: values.firstDay,
      lastDay: values.lastDay,
      endReason: values.lastDay === null ? null : 'recovered',
      createdAt: new Date(`${values.firstDay}T08:00:00Z`),
    })
    .returning();
  const caseId = row?.id as string;
  if (values.segments?.length) {
    await db
      .insert(caseSegments)
      .values(values.segments.map((segment) => ({ ...segment, employerId: employer, caseId })));
  }
  for (const flag of values.flags ?? []) {
    await db
      .insert(caseFlags)
      .values({ setOn: values.firstDay, ...flag, employerId: employer, caseId });
  }
  return caseId;
}
