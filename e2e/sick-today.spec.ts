import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { en, nl } from '../src/contracts/i18n/index.js';
import type { SickTodayResponse } from '../src/contracts/sick-today.js';
import { failOnConsoleErrors, logInAsDemoInDutch } from './support.js';

/**
 * Actueel verzuim (issue 18): the start page's sick count opens who is sick today; the list
 * sorts, filters by department and downloads as Excel, in Dutch and in English.
 */

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const fetchHeaders = { 'x-requested-with': 'fetch' };

async function api<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url, { headers: fetchHeaders });
  expect(response.ok(), url).toBe(true);
  return (await response.json()) as T;
}

/** Two demo employees sick today (a report for one already sick changes the percentage). */
async function reportTwoSick(page: Page) {
  const { items } = await api<{ items: { id: string }[] }>(page, '/api/employees?limit=12');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
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
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: label }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

test('Actueel verzuim: open from the start page, sort, filter, export (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems = failOnConsoleErrors(page);
  await logInAsDemoInDutch(page);
  await reportTwoSick(page);
  const all = await api<SickTodayResponse>(page, '/api/cases/sick-today?sort=name');
  expect(all.total).toBeGreaterThanOrEqual(2);

  try {
    for (const [locale, text] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      await page.request.patch('/api/me/preferences', { headers: fetchHeaders, data: { locale } });
      await page.goto('/');
      // The sick count of the start page opens the list.
      await page.getByTestId('current-absence').getByRole('link').click();
      await expect(page).toHaveURL(/\/actueel-verzuim/);
      await expect(
        page.getByRole('heading', { name: text.sickToday.title, level: 1 }),
      ).toBeVisible();
      const table = page.getByRole('table', { name: text.sickToday.caption });
      await expect(table.getByRole('row')).toHaveCount(Math.min(all.total, 25) + 1);

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
      const highest = await api<SickTodayResponse>(page, '/api/cases/sick-today?sort=-percentage');
      await expect(table.getByRole('row').nth(1)).toContainText(highest.items[0]?.name ?? '');

      // Filter by the department of one sick employee: only that department's rows remain.
      const department = all.items.find((row) => row.departmentName !== null);
      if (!department?.departmentName) throw new Error('no sick employee with a department');
      await page.getByRole('combobox', { name: text.sickToday.columns.department }).click();
      await page
        .getByRole('option', { name: new RegExp(`${department.departmentName}$`) })
        .first()
        .click();
      await expect(page).toHaveURL(/department=/);
      const filtered = await api<SickTodayResponse>(
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
    }
  } finally {
    await page.request.patch('/api/me/preferences', {
      headers: fetchHeaders,
      data: { locale: 'nl' },
    });
  }
  expect(problems).toEqual([]);
});

test('Hersteld melden on the start page opens Actueel verzuim to pick from (verzuimmelder)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const problems = failOnConsoleErrors(page);
  await logInAsDemoInDutch(page, 'melder');
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
  expect(problems).toEqual([]);
});
