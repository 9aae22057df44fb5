import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { extractText } from 'unpdf';
import { type AuthorizedEmployerId, trustEmployerId } from '../db/tenancy.js';
import type { NewEmployee } from '../modules/employees/employees.usecases.js';
import { createTestUser, fetchHeaders, logIn, type TestApp } from './app.js';
import { insertCase } from './cases.js';
import { hireEmployee } from './employees.js';

/** A sickness episode written as the cases module stores it, with its percentage segments. */
export async function sickEpisode(
  testApp: TestApp,
  employer: string,
  employeeId: string,
  lastDay: string | null,
  segments: { validFrom: string; percentage: number }[],
): Promise<void> {
  await insertCase(testApp, employer, employeeId, {
    firstDay: segments[0]?.validFrom as string,
    lastDay,
    segments,
  });
}

/**
 * DOMAIN.md §4's worked example as an employer of its own, for Q1 2025: A (40 h, man, 34 on 31
 * March 2025) and C (32 h, woman, 22) in Zorg, B (20 h, woman, 65) in Wijkteam below Zorg, D (40
 * h from 1 February, man, 44) in Keuken; and another employer with a sick employee in Elders,
 * who never counts. The super user's session is `cookie`.
 */
export async function workedExampleEmployer(testApp: TestApp) {
  const superUser = await createTestUser(testApp);
  const employerId = trustEmployerId(superUser.employerId);
  const cookie = await logIn(testApp, superUser);
  const { organisation, employees } = testApp.modules;
  const department = async (
    employer: AuthorizedEmployerId,
    name: string,
    parentId: string | null,
  ) => (await organisation.createDepartment(employer, { name, parentId })).id;
  const hire = (
    employer: AuthorizedEmployerId,
    departmentId: string,
    hours: string,
    person: Partial<NewEmployee>,
    startDate = '2024-06-01',
  ) =>
    hireEmployee(
      employees,
      employer,
      { departmentId, contractHoursPerWeek: hours, startDate },
      { lastName: 'Teller', ...person },
    );
  const zorg = await department(employerId, 'Zorg', null);
  const units = {
    zorg,
    wijk: await department(employerId, 'Wijkteam', zorg),
    keuken: await department(employerId, 'Keuken', null),
    elsewhere: '',
  };
  const people = {
    a: await hire(employerId, units.zorg, '40', { gender: 'm', dateOfBirth: '1990-05-01' }),
    b: await hire(employerId, units.wijk, '20', { gender: 'f', dateOfBirth: '1960-01-01' }),
    c: await hire(employerId, units.zorg, '32', { gender: 'f', dateOfBirth: '2002-06-01' }),
    d: await hire(
      employerId,
      units.keuken,
      '40',
      { gender: 'm', dateOfBirth: '1980-04-01' },
      '2025-02-01',
    ),
  };
  await sickEpisode(testApp, employerId, people.a, '2025-01-15', [
    { validFrom: '2025-01-06', percentage: 100 },
  ]);
  await sickEpisode(testApp, employerId, people.b, null, [
    { validFrom: '2025-03-01', percentage: 100 },
  ]);
  await sickEpisode(testApp, employerId, people.c, '2025-03-01', [
    { validFrom: '2025-02-10', percentage: 100 },
    { validFrom: '2025-02-20', percentage: 50 },
  ]);
  const other = await createTestUser(testApp);
  const otherEmployer = trustEmployerId(other.employerId);
  units.elsewhere = await department(otherEmployer, 'Elders', null);
  const stranger = await hire(otherEmployer, units.elsewhere, '40', {});
  await sickEpisode(testApp, otherEmployer, stranger, null, [
    { validFrom: '2024-12-01', percentage: 100 },
  ]);
  return { employerId, cookie, units, people };
}

/** GET a report of the JSON API as the session `cookie`. */
export function callReport(testApp: TestApp, report: string, query: string, cookie: string) {
  return testApp.app.inject({
    method: 'GET',
    url: `/api/reports/${report}?${query}`,
    headers: { ...fetchHeaders, cookie },
  });
}

/** A report's JSON, after checking the answer is 200. */
export async function reportJson<Report>(
  testApp: TestApp,
  report: string,
  query: string,
  cookie: string,
): Promise<Report> {
  const response = await callReport(testApp, report, query, cookie);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Report>();
}

/** The text of each page of a PDF answer, read back as a reader's PDF viewer would. */
export async function pdfPages(body: Buffer): Promise<string[]> {
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  return (await extractText(new Uint8Array(body), { mergePages: false })).text;
}

/** An Excel download read back as ExcelJS reads a file. */
export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/**
 * A snapshot of the Verzuimsamenvatting jaar and a finished background export (it runs at once:
 * no job runner in tests), both of the first quarter of 2026 and made by `actor`: report ids for
 * the tests that address every route.
 */
export async function recordFirstQuarterReports(
  testApp: TestApp,
  actor: Omit<Parameters<TestApp['modules']['reportExports']['request']>[0], 'locale'>,
) {
  const period = { from: '2026-01-01', to: '2026-03-31', method: 'calendar', level: 1 } as const;
  const recorded = await testApp.modules.reportSnapshots.recordAnnualSummary(actor, period);
  const prepared = await testApp.modules.reportExports.request(
    { ...actor, locale: 'nl' },
    { report: 'verzuimpercentage-per-maand', format: 'xlsx', unitIds: [], ...period },
  );
  await testApp.modules.reportExports.settled();
  return { snapshotId: recorded.snapshot?.id as string, exportId: prepared.id };
}
