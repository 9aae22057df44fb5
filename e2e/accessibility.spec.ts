import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, logInAsDemo, test } from './support.js';

/**
 * What axe (run on every page of every journey, e2e/axe.ts) cannot judge alone: focus back on
 * the opener after a dialog, the employer switcher's name starting with what it shows, and the
 * Rollenmatrix fitting a 1366-pixel screen; in Dutch and in English.
 */
for (const [language, messages] of [
  ['nl', nl],
  ['en', en],
] as const) {
  test(`dialogs give focus back, the header names what it shows, the Rollenmatrix fits (${language})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/organisatiestructuur');
    await logIn(page, nl);
    // The account's language wins after the login: choose it in Instellingen (back at the end).
    await chooseLanguage(page, messages.language[language]);
    try {
      await checkDialogHeaderAndMatrix(page, messages);
    } finally {
      if (language !== 'nl') await chooseLanguage(page, nl.language.nl);
    }
  });
}

async function checkDialogHeaderAndMatrix(page: Page, messages: typeof nl | typeof en) {
  await page.goto('/organisatiestructuur');

  // A dialog opened from a department's menu: the menu item is gone when it closes.
  const s = messages.organisation.structure;
  const menuButton = page.getByRole('button', {
    name: s.actionsFor.replace('{{name}}', 'Administratie'),
  });
  await menuButton.click();
  await page.getByRole('menuitem', { name: s.rename }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: messages.common.close })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(menuButton).toBeFocused();

  // The employer switcher: its accessible name starts with the employer name it shows.
  const switcher = page.getByRole('button', { name: messages.organisation.switch.title });
  const shown = (await switcher.innerText()).trim();
  expect(shown.length).toBeGreaterThan(0);
  expect(await switcher.getAttribute('aria-label')).toMatch(new RegExp(`^${shown}`));

  // The Rollenmatrix beside the menu at 1366 px: every role column visible without scrolling.
  await page.goto('/rollenmatrix');
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  // The table's scroll container: as wide as its content, nothing hidden to the right.
  const fits = await table.evaluate((element) => {
    const scroller = (element as unknown as { parentElement: Scroller }).parentElement;
    return scroller.scrollWidth <= scroller.clientWidth;
  });
  expect(fits).toBe(true);
  const lastRole = page.getByRole('columnheader').last();
  const box = await lastRole.boundingBox();
  expect((box?.x ?? Infinity) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
}

type Scroller = { scrollWidth: number; clientWidth: number };

async function chooseLanguage(page: Page, label: string) {
  await page.goto('/instellingen');
  await page.getByText(label, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute(
    'lang',
    label === nl.language.nl ? 'nl' : 'en',
  );
}

async function logIn(page: Page, messages: typeof nl | typeof en) {
  await logInAsDemo(page, {
    loginName: messages.auth.login.loginName,
    password: messages.auth.login.password,
    submit: messages.auth.login.submit,
    code: messages.auth.secondFactor.code,
    confirm: messages.auth.secondFactor.submit,
  });
}
