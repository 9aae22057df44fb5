import type { Page } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { employeesWithoutCases, expect, openAs, screenshotPath, test } from './support.js';

/**
 * Trajectendossier in Dutch: the demo super user adds a contact moment and uploads a document to
 * an employee's case file and downloads it again; the verzuimmelder (absence reporter, demo
 * user "melder") reports an employee sick but does not get the notes, on no page and not from
 * the API.
 */

/** The first employee of the demo employer, through Dossier zoeken's API (same session). */
async function firstEmployeeId(page: Page): Promise<string> {
  const response = await page.request.get('/api/employees?limit=1');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: string }[] };
  const id = items[0]?.id;
  if (!id) throw new Error('the demo employer has no employees');
  return id;
}

/** A small real PDF, named as a user would name it. */
function letterPdf(): Buffer {
  const stream = 'BT /F1 12 Tf 20 50 Td (Uitnodiging gesprek) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  for (const [index, object] of objects.entries())
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  return Buffer.from(`${body}trailer\n<< /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

test('a super user adds a note, uploads a document and downloads it (Dutch)', async ({ page }) => {
  test.setTimeout(120_000);
  await openAs(page);
  await page.goto(`/werknemers/${await firstEmployeeId(page)}`);

  const notes = page.getByRole('region', { name: nl.dossier.notes.title });
  await expect(notes.getByText(nl.dossier.notes.empty)).toBeVisible();
  await notes.getByRole('button', { name: nl.dossier.notes.add }).click();
  const form = page.getByRole('dialog', { name: nl.dossier.notes.add });
  await expect(form.getByText(nl.dossier.notes.privacyWarning)).toBeVisible();
  await form.getByRole('combobox', { name: nl.dossier.notes.type }).click();
  await page.getByRole('option', { name: nl.dossier.contactTypes.meeting, exact: true }).click();
  await form
    .getByRole('textbox', { name: nl.dossier.notes.text })
    .fill('Gesprek over aangepast werk in de ochtend; volgende afspraak over twee weken.');
  await form.getByRole('button', { name: nl.dossier.notes.save }).click();
  await expect(page.getByText(nl.dossier.notes.added)).toBeVisible();
  await expect(form).toBeHidden();
  const row = notes.getByRole('row', { name: /aangepast werk in de ochtend/ });
  await expect(row).toContainText(nl.dossier.contactTypes.meeting);
  await expect(row).toContainText('de Demo');

  const documents = page.getByRole('region', { name: nl.dossier.documents.title });
  await expect(documents.getByText(nl.dossier.documents.empty)).toBeVisible();
  await documents.getByRole('combobox', { name: nl.dossier.documents.category }).click();
  await page.getByRole('option', { name: nl.dossier.categories.action_plan, exact: true }).click();
  await documents.getByLabel(nl.dossier.documents.upload, { exact: true }).first().setInputFiles({
    name: 'Plan van aanpak.pdf',
    mimeType: 'application/pdf',
    buffer: letterPdf(),
  });
  await expect(page.getByText(nl.dossier.documents.uploaded)).toBeVisible();
  const link = documents.getByRole('link', {
    name: `${nl.dossier.documents.download}: Plan van aanpak.pdf`,
  });
  await expect(link).toBeVisible();

  // Overzichtsdocumenten: the category shows it, another category does not.
  await documents.getByRole('combobox', { name: nl.dossier.documents.overview }).click();
  await page.getByRole('option', { name: nl.dossier.categories.uwv, exact: true }).click();
  await expect(documents.getByText(nl.dossier.documents.emptyCategory)).toBeVisible();
  await documents.getByRole('combobox', { name: nl.dossier.documents.overview }).click();
  await page.getByRole('option', { name: nl.dossier.categories.action_plan, exact: true }).click();
  await expect(link).toBeVisible();

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Plan van aanpak.pdf');
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect((await readFile(path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.screenshot({ path: screenshotPath('dossier-notes-documents'), fullPage: true });

  // Nothing is deleted: withdrawing asks for a reason and a confirmation, the file stays listed.
  await documents
    .getByRole('button', { name: `${nl.dossier.documents.withdraw}: Plan van aanpak.pdf` })
    .click();
  const confirm = page.getByRole('dialog', { name: nl.dossier.documents.withdrawTitle });
  await expect(confirm.getByText(nl.dossier.documents.withdrawExplanation)).toBeVisible();
  await confirm
    .getByRole('textbox', { name: nl.dossier.documents.withdrawReason })
    .fill('Verkeerde versie');
  await confirm.getByRole('button', { name: nl.dossier.documents.withdrawConfirm }).click();
  await expect(page.getByText(nl.dossier.documents.withdrawnDone)).toBeVisible();
  await expect(documents.getByText(/Verkeerde versie/)).toBeVisible();
  await expect(link).toBeVisible();
});

test.describe('the verzuimmelder', () => {
  // The journey opens a dossier by its address on purpose: the API refuses the melder (403).
  test.use({ allowedHttpErrors: [401, 403] });

  test('a verzuimmelder reports sick but does not get the notes (Dutch)', async ({ page }) => {
    test.setTimeout(120_000);
    const cases = nl.cases;
    // Further down the list than the employees the cases journeys use, so no case overlaps; demo
    // picks it, as the melder may not read cases.
    await openAs(page);
    const employee = (await employeesWithoutCases(page))[7];
    if (!employee) throw new Error('the demo has too few employees');
    await page.context().clearCookies();
    await openAs(page, 'melder');

    // Verzuim melden works for the melder (the cases module's page).
    await page.getByRole('link', { name: cases.dashboard.reportSick }).click();
    await page.getByRole('combobox', { name: cases.report.employee }).fill(employee.lastName);
    await page
      .getByRole('option', { name: new RegExp(employee.firstName) })
      .first()
      .click();
    await page.getByRole('button', { name: cases.section.actions }).click();
    await page.getByRole('menuitem', { name: cases.actions.reportSick }).click();
    const dialog = page.getByRole('dialog', { name: cases.actions.reportSick });
    await dialog.getByRole('button', { name: nl.common.save }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('case').first().getByText(cases.status.open)).toBeVisible();

    // The notes are not the melder's: no section, no button, and the API refuses.
    await expect(page.getByRole('region', { name: nl.dossier.notes.title })).toHaveCount(0);
    await expect(page.getByRole('button', { name: nl.dossier.notes.add })).toHaveCount(0);
    expect((await page.request.get(`/api/employees/${employee.id}/notes`)).status()).toBe(403);
    expect((await page.request.get(`/api/employees/${employee.id}/documents`)).status()).toBe(403);
    await page.goto(`/werknemers/${employee.id}`);
    await expect(page.getByRole('region', { name: nl.dossier.notes.title })).toHaveCount(0);
    await expect(page.getByRole('button', { name: nl.dossier.notes.add })).toHaveCount(0);
  });
});
