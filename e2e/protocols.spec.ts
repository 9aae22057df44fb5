import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, screenshotPath, test } from './support.js';

/**
 * Protocollen (SPEC.md §2.7): the operator admin changes a task of the WAZO protocol, adds a task
 * and removes it again (after a confirmation), and makes an employer's own variant of the WVP.
 * Each edit answers the protocol's next version. The WAZO is changed, not the WVP, so the other
 * journeys' cases keep the deadlines they check; the variant is a copy of the WVP.
 */

test.describe.configure({ mode: 'serial' });

const wazo = 'Zwangerschaps- en bevallingsverlof (WAZO)';
const wvp = 'Wet verbetering poortwachter';

test('the operator admin edits a protocol and makes a variant (Dutch)', async ({ page }) => {
  test.setTimeout(120_000);
  await openAs(page, 'beheerder');
  await page.getByRole('link', { name: nl.protocols.nav }).click();
  await expect(page.getByRole('heading', { name: nl.protocols.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: wvp })).toBeVisible();

  // A task's name and offset: version 2.
  await page.getByRole('button', { name: 'Geboorte melden wijzigen' }).click();
  const change = page.getByRole('dialog', { name: 'Geboorte melden wijzigen' });
  await change
    .getByRole('textbox', { name: nl.protocols.fields.nameNl })
    .fill('Geboorte doorgeven');
  await change.getByRole('textbox', { name: nl.protocols.fields.offset }).fill('10');
  await change.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText('het protocol staat nu op versie 2')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Geboorte doorgeven' })).toBeVisible();

  // A new task: version 3; refused first with a clear message for a bad code.
  await page.getByRole('button', { name: `Taak toevoegen aan ${wazo}` }).click();
  const add = page.getByRole('dialog', { name: `Taak toevoegen aan ${wazo}` });
  await add.getByRole('textbox', { name: nl.protocols.fields.code }).fill('verlof_bespreken');
  await add.getByRole('textbox', { name: nl.protocols.fields.nameNl }).fill('Verlof bespreken');
  await add.getByRole('textbox', { name: nl.protocols.fields.nameEn }).fill('Discuss the leave');
  await add.getByRole('textbox', { name: nl.protocols.fields.offset }).fill('14');
  await add.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText('het protocol staat nu op versie 3')).toBeVisible();
  await page.screenshot({ path: screenshotPath('protocols-nl'), fullPage: true });

  // Removing asks first: version 4.
  await page.getByRole('button', { name: 'Verlof bespreken verwijderen' }).click();
  const confirm = page.getByRole('dialog', { name: 'Verlof bespreken verwijderen' });
  await expect(confirm.getByText(/lopende zaken houden hun taken/)).toBeVisible();
  await confirm.getByRole('button', { name: nl.protocols.remove }).click();
  await expect(page.getByText('het protocol staat nu op versie 4')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Verlof bespreken' })).toHaveCount(0);

  // An employer's own variant of the WVP.
  await page.getByRole('button', { name: `Variant voor een werkgever van ${wvp}` }).click();
  const variant = page.getByRole('dialog', { name: `Variant voor een werkgever van ${wvp}` });
  await variant.getByLabel(nl.protocols.fields.employer).click();
  await page.getByRole('option', { name: 'Nieuw Bedrijf BV' }).click();
  await variant.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText('De variant voor Nieuw Bedrijf BV is gemaakt.')).toBeVisible();
  await expect(page.getByText('Variant voor Nieuw Bedrijf BV', { exact: true })).toBeVisible();
});

test('the protocols in English', async ({ page }) => {
  await openAs(page, 'beheerder');
  await page.goto('/instellingen');
  await page.getByText(en.language.en).click();
  await expect(page.getByRole('link', { name: en.protocols.nav })).toBeVisible();
  try {
    await page.getByRole('link', { name: en.protocols.nav }).click();
    await expect(page.getByRole('heading', { name: en.protocols.title, level: 1 })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Problem analysis' }).first()).toBeVisible();
    await expect(page.getByText('Sick-day 42').first()).toBeVisible();
  } finally {
    await page.goto('/instellingen');
    await page.getByText(nl.language.nl).click();
    await expect(page.getByRole('link', { name: nl.protocols.nav })).toBeVisible();
  }
});
