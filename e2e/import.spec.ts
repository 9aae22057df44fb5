import { readFile } from 'node:fs/promises';
import { nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, screenshotPath, test } from './support.js';

/**
 * Werknemers importeren in Dutch: from Dossier zoeken the demo super user opens the import,
 * downloads the CSV template, uploads a file with one error, sees it at its cell, uploads the
 * corrected file, imports, and finds the new employees in Dossier zoeken.
 */

const separator = ';';

/** A CSV as Dutch Excel saves it: the template's header line, ";" and a BOM. */
function csvFile(header: string, rows: string[][]): Buffer {
  const lines = [header, ...rows.map((row) => row.join(separator))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

test('a super user imports employees from a CSV file after correcting an error (Dutch)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page);

  await page.getByRole('link', { name: nl.nav.employeeSearch }).click();
  await page.getByRole('main').getByRole('link', { name: nl.integration.link }).click();
  await expect(page.getByRole('heading', { level: 1, name: nl.integration.title })).toBeVisible();
  await expect(page.getByText(nl.integration.emptyTitle)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: nl.integration.templateCsv }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('werknemers-importeren.csv');
  const template = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const header = template.trim();
  const columns = header.split(separator);
  expect(columns[0]).toBe('Personeelsnummer *');

  const suffix = Date.now().toString(36).slice(-5);
  const row = (values: Record<string, string>) =>
    columns.map((column) => values[column.replace(/ \*$/, '')] ?? '');
  const jansen = {
    Personeelsnummer: `IMP-${suffix}-1`,
    Voornaam: 'Ilse',
    Achternaam: `Importeer${suffix}`,
    Geslacht: 'V',
    Geboortedatum: '12-05-1988',
    BSN: '123456782',
    Postcode: '3511 AB',
    Afdeling: 'Zorg / Thuiszorg / Team Noord',
    'Datum in dienst': '01-09-2024',
    'Soort dienstverband': 'vast',
    'Uren per week': '32',
  };
  const bakker = {
    ...jansen,
    Personeelsnummer: `IMP-${suffix}-2`,
    Voornaam: 'Bram',
    BSN: '111222333',
    Afdeling: 'Keuken',
    'Uren per week': '24,5',
  };
  const fileInput = page.locator('input[type="file"]').first();
  await fileInput.setInputFiles({
    name: 'werknemers.csv',
    mimeType: 'text/csv',
    buffer: csvFile(header, [row(jansen), row({ ...bakker, 'Uren per week': '42,125' })]),
  });

  const invalidCell = page.locator('td[data-invalid][data-field="contractHoursPerWeek"]');
  await expect(invalidCell).toHaveCount(1);
  await expect(invalidCell).toContainText(nl.errors.field.import_invalid_hours);
  await expect(page.locator('td[data-invalid]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: nl.integration.importButton })).toBeDisabled();
  await page.screenshot({ path: screenshotPath('import-preview-error'), fullPage: true });

  await page
    .locator('input[type="file"]')
    .last()
    .setInputFiles({
      name: 'werknemers-verbeterd.csv',
      mimeType: 'text/csv',
      buffer: csvFile(header, [row(jansen), row(bakker)]),
    });
  await expect(page.locator('td[data-invalid]')).toHaveCount(0);
  const importButton = page.getByRole('button', { name: nl.integration.importButton });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  const confirm = page.getByRole('dialog', { name: nl.integration.confirmTitle });
  await confirm.getByRole('button', { name: nl.integration.confirm }).click();
  await expect(
    page.getByRole('status').filter({ hasText: nl.integration.doneTitle }),
  ).toBeVisible();

  await page.getByRole('link', { name: nl.nav.employeeSearch }).click();
  await page.getByRole('searchbox', { name: nl.employees.search.name }).fill(`Importeer${suffix}`);
  const results = page.getByRole('table', { name: nl.employees.search.results });
  await expect(results.getByRole('link', { name: `Importeer${suffix}, Ilse` })).toBeVisible();
  await expect(results.getByRole('link', { name: `Importeer${suffix}, Bram` })).toBeVisible();
});
