import { readFile } from 'node:fs/promises';
import { readZipEntry } from '../src/server/platform/zip/zip.js';
import { downloadFrom, expect, fetchHeaders, inDutchAndEnglish, openAs, test } from './support.js';

/**
 * Offboarden (issue 14): in Werkgevers the operator admin downloads a new employer's export, types
 * its name (keyboard only) and sees the erasure report, in Dutch and English. What is erased and
 * the refusals are proven by retention.offboarding.test.ts.
 */
test('the operator admin offboards an employer: export, confirm by name, report', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page, 'beheerder');
  await inDutchAndEnglish(page, async (text, locale) => {
    const o = text.retention.offboarding;
    const name = `Offboard ${locale} ${Date.now()}`;
    const created = await page.request.post('/api/employers', {
      headers: fetchHeaders,
      data: {
        name,
        kvkNumber: null,
        hrIntegrationMode: 'none',
        contactName: null,
        contactEmail: null,
        fullTimeHoursPerWeek: 40,
      },
    });
    expect(created.status(), await created.text()).toBe(201);

    await page.goto('/werkgevers');
    await page.getByRole('button', { name: o.title.replace('{{employer}}', name) }).click();
    const dialog = page.getByRole('dialog');
    const file = await downloadFrom(page, dialog.getByRole('button', { name: o.download }));
    const zip = await readFile(await file.path());
    const json = JSON.parse(
      readZipEntry(zip, 'werkgever.json', 50_000_000)?.toString() ?? '{}',
    ) as {
      employer?: { name: string };
    };
    expect(json.employer?.name).toBe(name);

    const confirm = dialog.getByRole('button', { name: o.erase });
    await expect(confirm).toBeDisabled();
    await dialog.getByRole('textbox', { name: o.confirmLabel }).focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(o.reportTitle.replace('{{employer}}', name))).toBeVisible();
    await expect(dialog.getByRole('row', { name: 'employers 1' })).toBeVisible();
    // The report's own button (the dialog's close icon has the same name).
    await dialog.getByRole('button', { name: o.close }).last().click();
    await expect(page.getByRole('rowheader', { name, exact: true })).toHaveCount(0);
  });
});
