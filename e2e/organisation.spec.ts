import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, screenshotPath, test } from './support.js';

// This journey provokes refusals on purpose; any other console error still fails it.
test.use({ allowedHttpErrors: [401, 403] });

/**
 * Organisatiestructuur and linked accounts: the demo super user adds a sub-department, renames
 * and moves it; then switches to the second demo employer in the header (where demo is a
 * manager) and back. One step in English. Uses a name no other journey touches.
 */
test('a super user builds the organisation and switches employer in the header', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page, 'demo', '/organisatiestructuur');
  const s = nl.organisation.structure;
  await expect(page.getByRole('heading', { name: s.title, level: 1 })).toBeVisible();
  const tree = page.getByRole('tree', { name: s.title });

  // A sub-department below Administratie.
  await page
    .getByRole('button', { name: s.actionsFor.replace('{{name}}', 'Administratie') })
    .click();
  await page.getByRole('menuitem', { name: s.addBelow }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: s.name }).fill('Salarisadministratie');
  await dialog.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText(s.done.created)).toBeVisible();
  await expect(tree.getByText('Salarisadministratie', { exact: true })).toBeVisible();

  // Rename it.
  await page
    .getByRole('button', { name: s.actionsFor.replace('{{name}}', 'Salarisadministratie') })
    .click();
  await page.getByRole('menuitem', { name: s.rename }).click();
  await dialog.getByRole('textbox', { name: s.name }).fill('Salarissen en HR');
  await dialog.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText(s.done.renamed)).toBeVisible();
  await expect(tree.getByText('Salarissen en HR', { exact: true })).toBeVisible();

  // Move it below Facilitair.
  await page
    .getByRole('button', { name: s.actionsFor.replace('{{name}}', 'Salarissen en HR') })
    .click();
  await page.getByRole('menuitem', { name: s.move }).click();
  await dialog.getByRole('combobox', { name: s.newParent }).fill('Facilitair');
  await page.getByRole('option', { name: 'Facilitair', exact: true }).click();
  await dialog.getByRole('button', { name: nl.common.save }).click();
  await expect(page.getByText(s.done.moved)).toBeVisible();
  const facilitair = tree.getByRole('treeitem', { name: /^Facilitair/ });
  await expect(facilitair.getByText('Salarissen en HR', { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('organisation-nl'), fullPage: true });

  // Switch to the second employer in the header, where demo is a manager, and back.
  const sw = nl.organisation.switch;
  await page.getByRole('button', { name: sw.button.replace('{{name}}', 'Demo Zorg BV') }).click();
  await page.getByRole('button', { name: 'Demo Techniek BV', exact: true }).click();
  await expect(page.getByText(sw.switched.replace('{{name}}', 'Demo Techniek BV'))).toBeVisible();
  await expect(
    page.getByRole('button', { name: sw.button.replace('{{name}}', 'Demo Techniek BV') }),
  ).toBeVisible();
  // As manager there: no Gebruikersbeheer in the menu. (Demo Techniek BV has not signed the
  // datakluis agreement yet, so its data stays closed until a super user of it signs.)
  await expect(page.getByRole('link', { name: nl.nav.userManagement })).toHaveCount(0);

  await page
    .getByRole('button', { name: sw.button.replace('{{name}}', 'Demo Techniek BV') })
    .click();
  await page.getByRole('button', { name: 'Demo Zorg BV', exact: true }).click();
  await expect(
    page.getByRole('button', { name: sw.button.replace('{{name}}', 'Demo Zorg BV') }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: nl.nav.userManagement })).toBeVisible();

  // One step in English: the role matrix, generated from the permission matrix.
  await page.goto('/instellingen');
  await page.getByText(en.language.en).click();
  await page.getByRole('link', { name: en.organisation.nav.roleMatrix }).click();
  await expect(page.getByRole('heading', { name: en.organisation.roleMatrix.title })).toBeVisible();
  await expect(
    page.getByRole('rowheader', {
      name: new RegExp(en.organisation.roleMatrix.permissions.medicalNotes.name),
    }),
  ).toBeVisible();
  // Back to Dutch: the language is saved on the account the other journeys share.
  await page.goto('/instellingen');
  await page.getByText(nl.language.nl).click();
  await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();
});
