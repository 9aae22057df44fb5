import type { Page } from '@playwright/test';
import type { OrganisationStructure } from '../src/contracts/organisation.js';
import { nl } from '../src/contracts/i18n/index.js';
import type { AbsencePerEmployeeReport } from '../src/contracts/report-lists.js';
import type {
  UserListResponse,
  UserScopeRequest,
  UserScopeResponse,
} from '../src/contracts/users.js';
import {
  downloadWorkbook,
  employeesWithoutCases,
  expect,
  fetchHeaders,
  getJson,
  inDutchAndEnglish,
  openAs,
  test,
} from './support.js';
import { amsterdamDateOf } from '../src/contracts/formats.js';

/**
 * The manual's filters beyond those of statistics.spec.ts (issue 12): "te tonen niveaus" opens
 * deeper levels of the unit tree, and OverzichtVerzuimPerMedewerker's "verzuimoorzaken": choosing
 * a cause narrows the rows on screen and the Excel export lists it on its filters sheet, in Dutch
 * and in English. A manager limited to a sub-department is offered that unit alone.
 */

test.use({ actionTimeout: 15_000 });

const today = amsterdamDateOf(new Date());
const firstOfYear = `${today.slice(0, 4)}-01-01`;

/** One demo employee sick today after a work accident, so the filter has a row to keep. */
async function reportWorkAccident(page: Page) {
  const employee = (await employeesWithoutCases(page))[7];
  if (!employee) throw new Error('the demo has too few employees');
  const response = await page.request.post(`/api/employees/${employee.id}/cases`, {
    headers: fetchHeaders,
    data: { classification: 'work_accident', firstSickDay: today, percentage: 100 },
  });
  expect(response.status(), await response.text()).toBe(201);
}

test('OverzichtVerzuimPerMedewerker: filter by cause of absence on screen and in Excel (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openAs(page);
  await reportWorkAccident(page);
  const period = `from=${firstOfYear}&to=${today}`;
  const all = await getJson<AbsencePerEmployeeReport>(
    page,
    `/api/reports/verzuim-per-medewerker?${period}`,
  );
  const accidents = await getJson<AbsencePerEmployeeReport>(
    page,
    `/api/reports/verzuim-per-medewerker?${period}&causes=work_accident`,
  );
  expect(accidents.rows.length).toBeGreaterThan(0);
  expect(accidents.rows.length).toBeLessThan(all.rows.length);
  expect(accidents.rows.every((row) => row.cause === 'work_accident')).toBe(true);
  const { departments } = await getJson<OrganisationStructure>(
    page,
    '/api/organisation/departments',
  );
  const tops = new Set(departments.filter((unit) => unit.parentId === null).map((unit) => unit.id));
  const sub = departments.find((unit) => unit.parentId !== null && tops.has(unit.parentId));
  if (!sub) throw new Error('the demo has no sub-departments');

  await inDutchAndEnglish(page, async (text) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.nav.statistics }).click();
    // "Levels to show": the unit tree offers the second level once two levels are chosen.
    const subUnit = page.getByRole('checkbox', { name: sub.name, exact: true });
    await expect(subUnit).toHaveCount(0);
    await page.getByRole('textbox', { name: text.reports.filters.level }).fill('2');
    await expect(subUnit).toBeVisible();
    await page.getByRole('textbox', { name: text.reports.filters.level }).fill('1');
    await expect(subUnit).toHaveCount(0);
    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reportLists.absencePerEmployee.title }).click();
    const count = page.getByTestId('list-report-count');
    await expect(count).toHaveText(
      text.reportLists.rowCount.replace('{{count}}', String(all.rows.length)),
    );

    // The causes are a searchable list box: type to narrow it, choose with the keyboard.
    const causes = page.getByRole('combobox', { name: text.reportLists.filters.causes });
    await causes.focus();
    await causes.pressSequentially(text.cases.classifications.work_accident.slice(0, 6));
    await expect(
      page.getByRole('option', { name: text.cases.classifications.work_accident }),
    ).toBeVisible();
    await causes.press('ArrowDown');
    await causes.press('Enter');
    await causes.press('Escape');
    await expect(count).toHaveText(
      text.reportLists.rowCount.replace('{{count}}', String(accidents.rows.length)),
    );
    const table = page.getByRole('table', { name: text.reportLists.absencePerEmployee.caption });
    await expect(
      table.getByRole('cell', { name: text.cases.classifications.illness, exact: true }),
    ).toHaveCount(0);

    const { workbook } = await downloadWorkbook(
      page,
      page.getByRole('link', { name: text.reports.export.button }),
    );
    const sheet = workbook.getWorksheet(text.reportLists.absencePerEmployee.sheet);
    expect(sheet?.rowCount).toBe(accidents.rows.length + 1);
    const filters = new Map<string, unknown>();
    workbook
      .getWorksheet(text.reports.export.filtersSheet)
      ?.eachRow((row) => filters.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(filters.get(text.reportLists.filters.causes)).toBe(
      text.cases.classifications.work_accident,
    );
    expect(filters.get(text.reportLists.filters.safetyNet)).toBe(text.reportLists.filters.all);
  });
});

test('the unit tree offers a limited manager only the departments of their dossier scope', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page);
  const { departments } = await getJson<OrganisationStructure>(
    page,
    '/api/organisation/departments',
  );
  const tops = departments.filter((unit) => unit.parentId === null);
  const sub = departments.find((unit) => tops.some((top) => top.id === unit.parentId));
  if (!sub || tops.length < 2) throw new Error('the demo has too small a tree');
  const { users } = await getJson<UserListResponse>(page, '/api/users');
  const manager = users.find((user) => user.loginName === 'manager');
  if (!manager) throw new Error('the demo has no manager');
  const scopeUrl = `/api/users/${manager.id}/scope`;
  const before = await getJson<UserScopeResponse>(page, scopeUrl);
  const putScope = async (scope: UserScopeRequest) => {
    const response = await page.request.put(scopeUrl, { headers: fetchHeaders, data: scope });
    expect(response.status(), await response.text()).toBe(200);
  };
  await putScope({
    mode: 'explicit',
    wholeEmployer: false,
    departmentIds: [sub.id],
    employeeIds: [],
  });
  try {
    await page.context().clearCookies();
    await openAs(page, 'manager');
    await page.getByRole('link', { name: nl.nav.statistics }).click();
    // The scoped sub-department is the tree's root, offered at level 1; no other top unit is.
    await expect(page.getByRole('checkbox', { name: sub.name, exact: true })).toBeVisible();
    for (const top of tops) {
      await expect(page.getByRole('checkbox', { name: top.name, exact: true })).toHaveCount(0);
    }
  } finally {
    await page.context().clearCookies();
    await openAs(page);
    await putScope({
      mode: before.mode,
      wholeEmployer: before.wholeEmployer,
      departmentIds: before.departmentIds,
      employeeIds: before.employees.map((employee) => employee.id),
    });
  }
});
