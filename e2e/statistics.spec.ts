import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { OrganisationStructure } from '../src/contracts/organisation.js';
import type { AbsencePerEmployeeReport } from '../src/contracts/report-lists.js';
import type { AnnualSummaryReport, SnapshotList } from '../src/contracts/report-snapshots.js';
import type {
  AbsenceAnalysisReport,
  AbsencePercentageReport,
  QuarterlyReport,
} from '../src/contracts/reports.js';
import {
  downloadFrom,
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
 * Statistieken (issue 12): the menu opens Verzuimpercentage per maand; the filters (units with
 * sub-units, level, period, method) change the figures, the chart and the tables show them, and
 * the Excel export carries the same numbers and the PDF downloads, in Dutch and in English.
 */

test.describe.configure({ mode: 'serial' });
test.use({ actionTimeout: 15_000 });

const today = amsterdamDateOf(new Date());
const firstOfYear = `${today.slice(0, 4)}-01-01`;

/** One demo employee sick since the first of this month, so the report has a figure to show. */
async function reportSick(page: Page) {
  const employee = (await employeesWithoutCases(page))[5];
  if (!employee) throw new Error('the demo has too few employees');
  const response = await page.request.post(`/api/employees/${employee.id}/cases`, {
    headers: fetchHeaders,
    data: { classification: 'illness', firstSickDay: `${today.slice(0, 8)}01`, percentage: 100 },
  });
  expect([201, 409], await response.text()).toContain(response.status());
}

test('Verzuimpercentage per maand: filters, chart, tables, Excel and PDF (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openAs(page);
  await reportSick(page);
  const structure = await getJson<OrganisationStructure>(page, '/api/organisation/departments');
  const top = structure.departments
    .filter((department) => department.parentId === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))[0];
  if (!top) throw new Error('the demo has no departments');
  const query = `from=${firstOfYear}&to=${today}&method=working&unitIds=${top.id}&level=2`;
  const expected = await getJson<AbsencePercentageReport>(
    page,
    `/api/reports/verzuimpercentage-per-maand?${query}`,
  );
  expect(expected.total.vp).not.toBeNull();

  await inDutchAndEnglish(page, async (text, locale) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.nav.statistics }).click();
    await expect(
      page.getByRole('heading', { name: text.statistics.title, level: 1 }),
    ).toBeVisible();
    // The default report shows at once: this year, calendar days, the whole employer.
    await expect(page.getByTestId('period-vp')).toBeVisible();

    await page.getByLabel(text.reports.filters.from).fill(firstOfYear);
    await page.getByLabel(text.reports.filters.to).fill(today);
    await page.getByRole('combobox', { name: text.reports.filters.method }).click();
    await page.getByRole('option', { name: text.reports.methods.working }).click();
    await page.getByRole('textbox', { name: text.reports.filters.level }).fill('2');
    await page.getByRole('checkbox', { name: top.name, exact: true }).check();
    await page.getByRole('button', { name: text.reports.filters.show }).click();

    const percent = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    await expect(page.getByTestId('period-vp')).toHaveText(
      text.reports.periodVp.replace('{{vp}}', `${percent.format(expected.total.vp ?? 0)}%`),
    );
    await expect(
      page.getByRole('img', { name: text.reports.absencePercentage.chart }).locator('svg'),
    ).toBeVisible();
    const figures = page.getByRole('table', { name: text.reports.figures.caption });
    await expect(figures.getByRole('row')).toHaveCount(10);
    await expect(figures).toContainText(text.reports.figures.mf);
    const total = page.getByRole('table', {
      name: text.reports.absencePercentage.tableCaption.replace('{{unit}}', text.reports.total),
    });
    await expect(total.getByRole('row')).toHaveCount(expected.total.months.length + 1);
    for (const unit of expected.units) {
      await expect(
        page.getByRole('table', {
          name: text.reports.absencePercentage.tableCaption.replace('{{unit}}', unit.name),
        }),
      ).toBeVisible();
    }

    const { workbook } = await downloadWorkbook(
      page,
      page.getByRole('link', { name: text.reports.export.button }),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      text.reports.export.figuresSheet,
      text.reports.export.totalSheet,
      text.reports.export.unitsSheet,
      text.reports.export.filtersSheet,
    ]);
    const sheet = workbook.getWorksheet(text.reports.export.totalSheet);
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(1).getCell(2).value).toBe(text.reports.columns.vp);
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    const last = expected.total.months.at(-1);
    expect(sheet.getRow(expected.total.months.length + 1).getCell(2).value).toBeCloseTo(
      last?.vp ?? 0,
      9,
    );
    const filters = workbook.getWorksheet(text.reports.export.filtersSheet);
    expect(filters?.getRow(5).getCell(2).value).toBe(text.reports.methods.working);
    expect(filters?.getRow(6).getCell(2).value).toBe(top.name);

    // The PDF: fetched while the button says it is being made, then saved under its name.
    const pdf = await downloadFrom(
      page,
      page.getByRole('button', { name: text.reports.pdf.button }),
    );
    expect(pdf.suggestedFilename()).toBe(
      `${text.reports.absencePercentage.fileName}-${firstOfYear}-${today}.pdf`,
    );
    expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

test('OverzichtVerzuimPerMedewerker on screen, in Excel and in the background; the insurer report by the demo insurer (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openAs(page);
  // The journey above reported a sick employee this month (the demo's history has more).
  const expected = await getJson<AbsencePerEmployeeReport>(
    page,
    `/api/reports/verzuim-per-medewerker?from=${firstOfYear}&to=${today}`,
  );
  expect(expected.rows.length).toBeGreaterThan(0);
  await inDutchAndEnglish(page, async (text) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.nav.statistics }).click();
    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reportLists.absencePerEmployee.title }).click();
    const table = page.getByRole('table', { name: text.reportLists.absencePerEmployee.caption });
    const first = expected.rows[0];
    if (!first) throw new Error('no row');
    await expect(table.getByRole('rowheader', { name: first.employeeName }).first()).toBeVisible();
    await expect(page.getByTestId('list-report-count')).toHaveText(
      text.reportLists.rowCount.replace('{{count}}', String(expected.rows.length)),
    );
    const { workbook } = await downloadWorkbook(
      page,
      page.getByRole('link', { name: text.reports.export.button }),
    );
    const sheet = workbook.getWorksheet(text.reportLists.absencePerEmployee.sheet);
    expect(sheet?.rowCount).toBe(expected.rows.length + 1);
    expect(sheet?.getRow(2).getCell(4).value).toBeInstanceOf(Date);

    // The same list prepared in the background: the file comes with the same rows.
    await page.getByRole('button', { name: text.reports.background.button }).click();
    const prepared = page
      .getByRole('table', { name: text.reports.background.title })
      .getByRole('link', {
        name: `${text.reportLists.absencePerEmployee.fileName}-${firstOfYear}-${today}.xlsx`,
      })
      .first();
    await expect(prepared).toBeVisible({ timeout: 30_000 });
    const { workbook: preparedBook } = await downloadWorkbook(page, prepared);
    expect(preparedBook.getWorksheet(text.reportLists.absencePerEmployee.sheet)?.rowCount).toBe(
      expected.rows.length + 1,
    );

    // Ziektetrajecten per verzekeraar groups by the demo employer's verzuimverzekeraar.
    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reportLists.insurerCases.title }).click();
    await expect(
      page.getByRole('table', {
        name: text.reportLists.insurerCases.caption.replace(
          '{{insurer}}',
          'Demo Verzuimverzekeraar NV',
        ),
      }),
    ).toBeVisible();
  });
});

test('Kwartaalrapportage and Verzuimanalyse: choose the report, see tables, bars and Excel (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // The journey above reported the demo employee sick (the journeys run in order).
  await openAs(page);
  const query = `from=${firstOfYear}&to=${today}&method=calendar&level=1`;
  const quarterly = await getJson<QuarterlyReport>(
    page,
    `/api/reports/kwartaalrapportage?${query}`,
  );
  const analysis = await getJson<AbsenceAnalysisReport>(
    page,
    `/api/reports/verzuimanalyse-totaal?${query}`,
  );
  expect(quarterly.total.vp).not.toBeNull();
  expect(analysis.total.vp).toBeCloseTo(quarterly.total.vp ?? 0, 9);

  await inDutchAndEnglish(page, async (text, locale) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.nav.statistics }).click();
    await expect(page.getByTestId('period-vp')).toBeVisible();
    const percent = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const periodVp = text.reports.periodVp.replace(
      '{{vp}}',
      `${percent.format(quarterly.total.vp ?? 0)}%`,
    );

    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reports.quarterly.title }).click();
    await expect(page.getByText(text.reports.quarterly.description)).toBeVisible();
    await expect(page.getByTestId('period-vp')).toHaveText(periodVp);
    await expect(
      page.getByRole('img', { name: text.reports.quarterly.chart }).locator('svg'),
    ).toBeVisible();
    const total = page.getByRole('table', {
      name: text.reports.quarterly.tableCaption.replace('{{unit}}', text.reports.total),
    });
    await expect(total.getByRole('row')).toHaveCount(quarterly.total.quarters.length + 1);
    await expect(total).toContainText(quarterly.total.quarters[0]?.quarter ?? '');
    const { file, workbook } = await downloadWorkbook(
      page,
      page.getByRole('link', { name: text.reports.export.button }),
    );
    expect(file.suggestedFilename()).toContain(text.reports.quarterly.fileName);
    expect(workbook.getWorksheet(text.reports.export.totalSheet)?.getCell('A2').value).toBe(
      quarterly.total.quarters[0]?.quarter,
    );

    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reports.analysis.title }).click();
    await expect(page.getByText(text.reports.analysis.description)).toBeVisible();
    await expect(page.getByTestId('period-vp')).toHaveText(periodVp);
    await expect(
      page.getByRole('img', { name: text.reports.analysis.chart }).locator('svg'),
    ).toBeVisible();
    const genders = page.getByRole('table', { name: text.reports.analysis.genderCaption });
    await expect(genders.getByRole('row')).toHaveCount(1 + 3);
    await expect(genders).toContainText(text.employees.genders.f);
    const ages = page.getByRole('table', { name: text.reports.analysis.ageCaption });
    await expect(ages.getByRole('row')).toHaveCount(1 + 5);
    await expect(ages).toContainText(text.reports.ageClasses.from55);
    await expect(
      page.getByRole('table', { name: text.reports.analysis.monthsCaption }).getByRole('row'),
    ).toHaveCount(1 + analysis.months.length);
  });
});

test('Verzuimsamenvatting jaar: a snapshot keeps its figures after a change (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await openAs(page);
  const free = await employeesWithoutCases(page);
  /** One more employee sick since the first of the month: one without any case yet. */
  async function changeTheData() {
    const employee = free.shift();
    if (!employee) throw new Error('no demo employee without a case');
    const sick = await page.request.post(`/api/employees/${employee.id}/cases`, {
      headers: fetchHeaders,
      data: { classification: 'illness', firstSickDay: `${today.slice(0, 8)}01`, percentage: 100 },
    });
    expect(sick.status(), await sick.text()).toBe(201);
  }
  await inDutchAndEnglish(page, async (text) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.nav.statistics }).click();
    await page.getByRole('combobox', { name: text.reports.choose }).click();
    await page.getByRole('option', { name: text.reports.annualSummary.title }).click();
    await expect(page.getByRole('table', { name: text.reports.figures.caption })).toBeVisible();
    await expect(
      page.getByRole('table', { name: text.reports.annualSummary.unitsCaption }),
    ).toBeVisible();

    await page.getByRole('button', { name: text.reports.annualSummary.record }).click();
    await expect(page.getByTestId('snapshot-shown')).toBeVisible();
    const { items: snapshots } = await getJson<SnapshotList>(page, '/api/reports/snapshots');
    const recorded = snapshots[0];
    if (!recorded) throw new Error('no snapshot recorded');
    const before = await getJson<AnnualSummaryReport>(
      page,
      `/api/reports/snapshots/${recorded.id}`,
    );
    const figures = page.getByRole('table', { name: text.reports.figures.caption });
    const vpRow = figures.getByRole('row', { name: new RegExp(text.reports.figures.vp) }).first();
    const shownVp = (await vpRow.textContent()) ?? '';

    await changeTheData();

    // Opened again from the list, the snapshot shows the same figures.
    const snapshotTable = page.getByRole('table', { name: text.reports.annualSummary.snapshots });
    await snapshotTable.getByRole('button').first().click();
    await expect(page.getByTestId('snapshot-shown')).toBeVisible();
    await expect(vpRow).toHaveText(shownVp);
    const after = await getJson<AnnualSummaryReport>(page, `/api/reports/snapshots/${recorded.id}`);
    expect(after.total).toEqual(before.total);

    const { workbook } = await downloadWorkbook(
      page,
      page.getByRole('link', { name: text.reports.export.button }),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      text.reports.export.figuresSheet,
      text.reports.export.unitsSheet,
      text.reports.annualSummary.monthsSheet,
      text.reports.export.filtersSheet,
    ]);
    expect(
      workbook.getWorksheet(text.reports.export.figuresSheet)?.getRow(2).getCell(2).value,
    ).toBeCloseTo(before.total.vp ?? 0, 9);

    // The same report prepared in the background: progress, a notification, the file.
    await page.getByRole('button', { name: text.reports.background.button }).click();
    const prepared = page.getByRole('table', { name: text.reports.background.title });
    const download = prepared.getByRole('link', { name: text.reports.background.download }).first();
    await expect(download).toBeVisible({ timeout: 30_000 });
    const ready = page
      .getByRole('alert')
      .filter({ hasText: text.reports.background.ready.split('{{name}}')[1] ?? '' })
      .first();
    await expect(ready).toBeVisible();
    // Read, then closed as a user would: left open it lies over the page's own buttons.
    await ready.getByRole('button', { name: text.common.close }).click();
    await expect(ready).toBeHidden();
    const { workbook: preparedBook } = await downloadWorkbook(page, download);
    expect(preparedBook.worksheets.map((sheet) => sheet.name)).toContain(
      text.reports.annualSummary.monthsSheet,
    );
  });
});
