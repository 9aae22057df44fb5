import type { Page } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { e2eDemo, expect, freshTotpCode, openAs, screenshotPath, test } from './support.js';

// This journey provokes refusals on purpose; any other console error still fails it.
test.use({ allowedHttpErrors: [401, 403] });

/**
 * Gebruikersbeheer: the seeded manager blocks their account with wrong passwords, the demo super
 * user unblocks it, and the manager logs in again. The manager shares the demo's password and
 * has an authenticator key of its own (see the seed).
 */

const manager = { loginName: 'manager', displayName: 'Marloes van der Linden' };

async function submitPassword(page: Page, loginName: string, password: string) {
  await page.getByRole('textbox', { name: nl.auth.login.loginName, exact: true }).fill(loginName);
  await page.getByRole('textbox', { name: nl.auth.login.password, exact: true }).fill(password);
  await page.getByRole('button', { name: nl.auth.login.submit }).click();
}

test('a super user unblocks a manager who was blocked by wrong passwords (Dutch)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: nl.auth.login.title })).toBeVisible();

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitPassword(page, manager.loginName, `verkeerd wachtwoord ${attempt}`);
    await expect(page.getByText(nl.errors.invalid_credentials)).toBeVisible();
  }
  // Now even the right password is refused, with the same answer as a wrong one.
  await submitPassword(page, manager.loginName, e2eDemo.password);
  await expect(page.getByText(nl.errors.invalid_credentials)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await openAs(page);
  await page.getByRole('link', { name: nl.nav.userManagement }).click();
  await expect(page).toHaveURL(/\/gebruikersbeheer$/);
  await expect(page.getByRole('heading', { name: nl.users.title, level: 1 })).toBeVisible();

  const table = page.getByRole('table');
  const managerRow = table.getByRole('row').filter({
    has: page.getByRole('cell', { name: manager.loginName, exact: true }),
  });
  await expect(managerRow.getByText(nl.users.status.blocked, { exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Demi de Demo', exact: true })).toBeVisible();

  // The search box narrows the list to the manager.
  await page.getByRole('searchbox', { name: nl.users.search }).fill('marloes');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('rowheader', { name: 'Demi de Demo' })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('users-nl'), fullPage: true });

  // Keyboard only: focus the button, open the modal with Enter, confirm.
  await managerRow.getByRole('button', { name: nl.users.unblock.button }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: nl.users.unblock.title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: nl.users.unblock.submit, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText(nl.users.unblock.done.replace('{{name}}', manager.displayName)),
  ).toBeVisible();
  await expect(managerRow.getByText(nl.users.status.active, { exact: true })).toBeVisible();
  await expect(managerRow.getByRole('button', { name: nl.users.unblock.button })).toHaveCount(0);

  await page.getByRole('button', { name: nl.nav.logout }).click();
  await expect(page.getByRole('heading', { name: nl.auth.login.title })).toBeVisible();

  // The manager is back in, with the right password and the authenticator code.
  await submitPassword(page, manager.loginName, e2eDemo.password);
  await page
    .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
    .fill(await freshTotpCode(manager.loginName));
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: nl.dashboard.title, level: 1 })).toBeVisible();
  // A manager has no user management.
  await expect(page.getByRole('link', { name: nl.nav.userManagement })).toHaveCount(0);
});
