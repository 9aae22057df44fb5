import type { Page } from '@playwright/test';
import { amsterdamDateOf, formatDate } from '../src/contracts/formats.js';
import { nl } from '../src/contracts/i18n/index.js';
import type { SickTodayResponse } from '../src/contracts/sick-today.js';
import { accessibilityViolations } from './axe.js';
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

/**
 * Actueel verzuim (issue 18): the start page's sick count opens who is sick today; the list
 * sorts, filters by department and downloads as Excel, in Dutch and in English.
 */

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

/** Two demo employees without any case sick today (the demo has two years of absence). */
async function reportTwoSick(page: Page) {
  const items = await employeesWithoutCases(page);
  const today = amsterdamDateOf(new Date());
  for (const [index, percentage] of [
    [10, 100],
    [11, 40],
  ] as const) {
    const employee = items[index];
    if (!employee) throw new Error('the demo has too few employees');
    const response = await page.request.post(`/api/employees/${employee.id}/cases`, {
      headers: fetchHeaders,
      data: { classification: 'illness', firstSickDay: today, percentage },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
}

async function download(page: Page, label: string) {
  const { workbook } = await downloadWorkbook(page, page.getByRole('link', { name: label }));
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

test('Actueel verzuim: open from the start page, sort, filter, export (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page);
  await reportTwoSick(page);
  const all = await getJson<SickTodayResponse>(page, '/api/cases/sick-today?sort=name');
  expect(all.total).toBeGreaterThanOrEqual(2);

  await inDutchAndEnglish(page, async (text) => {
    await page.goto('/');
    // The sick count of the start page opens the list.
    await page.getByTestId('current-absence').getByRole('link').click();
    await expect(page).toHaveURL(/\/actueel-verzuim/);
    await expect(page.getByRole('heading', { name: text.sickToday.title, level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: text.sickToday.caption });
    await expect(table.getByRole('row')).toHaveCount(Math.min(all.total, 25) + 1);
    // Each row: the legal case's sick-day, "week n van 104" and the next task's deadline.
    // Asked in this language: the task names are in it.
    const first = (await getJson<SickTodayResponse>(page, '/api/cases/sick-today?sort=name'))
      .items[0];
    if (!first) throw new Error('nobody sick');
    const firstRow = table.getByRole('row').filter({ hasText: first.name });
    await expect(firstRow).toContainText(
      text.sickToday.weekOf
        .replace('{{week}}', String(first.week))
        .replace('{{ofWeeks}}', String(first.ofWeeks)),
    );
    await expect(
      table.getByRole('columnheader', { name: text.sickToday.columns.nextDeadline }),
    ).toBeVisible();
    if (first.nextDeadline) await expect(firstRow).toContainText(first.nextDeadline.name);

    // Sort by percentage, highest first: the 100 % row before the 40 % one.
    const percentage = text.sickToday.columns.percentage;
    await page
      .getByRole('button', {
        name: text.sickToday.sortAscending.replace('{{column}}', percentage),
      })
      .click();
    await expect(page).toHaveURL(/sort=percentage/);
    await page
      .getByRole('button', {
        name: text.sickToday.sortDescending.replace('{{column}}', percentage),
      })
      .click();
    await expect(page).toHaveURL(/sort=-percentage/);
    const highest = await getJson<SickTodayResponse>(
      page,
      '/api/cases/sick-today?sort=-percentage',
    );
    await expect(table.getByRole('row').nth(1)).toContainText(highest.items[0]?.name ?? '');
    // The legal columns sort too: the earliest next deadline first.
    await page
      .getByRole('button', {
        name: text.sickToday.sortAscending.replace(
          '{{column}}',
          text.sickToday.columns.nextDeadline,
        ),
      })
      .click();
    await expect(page).toHaveURL(/sort=nextDeadline/);
    const earliest = await getJson<SickTodayResponse>(
      page,
      '/api/cases/sick-today?sort=nextDeadline',
    );
    await expect(table.getByRole('row').nth(1)).toContainText(earliest.items[0]?.name ?? '');

    // Filter by the department of one sick employee: only that department's rows remain.
    const department = all.items.find((row) => row.departmentName !== null);
    if (!department?.departmentName) throw new Error('no sick employee with a department');
    const departmentField = page.getByRole('combobox', {
      name: text.sickToday.columns.department,
    });
    await departmentField.click();
    // The open option list as axe sees it: options right under the listbox, which scrolls.
    await expect(page.getByRole('listbox')).toBeVisible();
    expect(await accessibilityViolations(page, '[role="listbox"]')).toEqual([]);
    await page
      .getByRole('option', { name: new RegExp(`${department.departmentName}$`) })
      .first()
      .click();
    await expect(page).toHaveURL(/department=/);
    const filtered = await getJson<SickTodayResponse>(
      page,
      `/api/cases/sick-today?department=${department.departmentId}`,
    );
    await expect(table.getByRole('row')).toHaveCount(filtered.total + 1);
    await expect(table).toContainText(department.name);

    // The export: the filtered list with real dates and numbers, headers in the language.
    const sheet = await download(page, text.sickToday.export.button);
    expect(sheet.getRow(1).getCell(1).value).toBe(text.sickToday.columns.name);
    expect(sheet.rowCount).toBe(filtered.total + 1);
    expect(sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(4).value).toBe('number');
    expect(sheet.getRow(1).getCell(6).value).toBe(text.sickToday.columns.sickDay);
    expect(typeof sheet.getRow(2).getCell(6).value).toBe('number');

    // The filter is cleared by keyboard too: Tab from the field reaches its clear button.
    await departmentField.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: text.common.clearChoice })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/department=/);
    await expect(departmentField).toHaveValue('');
  });
});

test('Hersteld melden on the start page opens Actueel verzuim to pick from (verzuimmelder)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAs(page, 'melder');
  // The melder's widget asks the list and says how many are sick (it said "nobody" before).
  await expect(page.getByTestId('sick-today-count')).toContainText(/[1-9]/);
  await page.getByRole('link', { name: nl.cases.dashboard.reportRecovered }).click();
  await expect(page).toHaveURL(/\/actueel-verzuim\?doel=herstel/);
  await expect(page.getByText(nl.sickToday.pickRecovered)).toBeVisible();
  const table = page.getByRole('table', { name: nl.sickToday.caption });
  // No classification for the melder; the name opens the report page of that employee.
  await expect(page.getByText(nl.sickToday.columns.classification)).toHaveCount(0);
  const first = table.getByRole('row').nth(1).getByRole('link');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/verzuim-melden\?werknemer=/);
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: nl.cases.section.actions })).toBeVisible();

  // Clearing the chosen employee empties the field and closes the report; it stays cleared.
  const field = page.getByRole('combobox', { name: nl.cases.report.employee });
  await page.getByRole('button', { name: nl.cases.report.clearEmployee }).click();
  await expect(field).toHaveValue('');
  await expect(page.getByRole('heading', { name, level: 2 })).toHaveCount(0);
  await field.blur();
  await expect(field).toHaveValue('');
  await expect(page.getByRole('heading', { name, level: 2 })).toHaveCount(0);
  // Another employee can then be found and chosen in the same field.
  const lastName = name.split(' ').pop() ?? '';
  await field.fill(lastName);
  await page
    .getByRole('option', { name: new RegExp(lastName) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText(lastName);
});

test('the dossier header and the search show the absence state, sick-day, week and next deadline', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openAs(page);
  const { items } = await getJson<SickTodayResponse>(page, '/api/cases/sick-today?sort=name');
  const sick = items[0];
  if (!sick) throw new Error('nobody sick');
  const sickText = nl.employees.dossier.absence.sick
    .replace('{{percentage}}', String(sick.percentage))
    .replace('{{date}}', formatDate(sick.firstSickDay, 'nl'));
  await page.goto(`/werknemers/${sick.employeeId}`);
  await expect(page.getByText(sickText)).toBeVisible();
  await expect(
    page
      .getByText(
        nl.tasks.timeline.progress
          .replace('{{sickDay}}', String(sick.sickDay))
          .replace('{{week}}', String(sick.week))
          .replace('{{ofWeeks}}', String(sick.ofWeeks)),
      )
      .first(),
  ).toBeVisible();
  if (sick.nextDeadline) {
    await expect(
      page.getByText(
        nl.employees.dossier.absence.nextDeadline
          .replace('{{name}}', sick.nextDeadline.name)
          .replace('{{date}}', formatDate(sick.nextDeadline.dueDate, 'nl')),
      ),
    ).toBeVisible();
  }
  // The search shows the same state beside the name.
  const lastName = sick.name.split(' ').pop() ?? '';
  await page.goto('/werknemers');
  await page.getByRole('searchbox', { name: nl.employees.search.name }).fill(lastName);
  // The list writes the last name first: the row is found by its link to the dossier.
  const hit = page
    .getByRole('row')
    .filter({ has: page.locator(`a[href$="/werknemers/${sick.employeeId}"]`) });
  await expect(hit.getByText(sickText)).toBeVisible();
});
