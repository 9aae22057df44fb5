import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, logInAsDemo, screenshotPath, test } from './support.js';

test('a visitor sees the Dutch login page, switches to English and back', async ({ page }) => {
  await page.goto('/');

  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: nl.auth.login.title })).toBeVisible();
  await expect(page.getByLabel(nl.auth.login.loginName)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.screenshot({ path: screenshotPath('login-nl'), fullPage: true });

  await page.getByText(en.language.en).click();
  await expect(page.getByRole('heading', { name: en.auth.login.title })).toBeVisible();
  await expect(page.getByLabel(en.auth.login.loginName)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
  await page.screenshot({ path: screenshotPath('login-en'), fullPage: true });

  // The choice survives a reload, before anyone has logged in.
  await page.reload();
  await expect(page.getByRole('heading', { name: en.auth.login.title })).toBeVisible();

  await page.getByText(nl.language.nl).click();
  await expect(page.getByRole('heading', { name: nl.auth.login.title })).toBeVisible();
});

test('the demo user logs in with an authenticator code and switches the language in Instellingen', async ({
  page,
}) => {
  await page.goto('/instellingen');
  await expect(page).toHaveURL(/\/login\?redirect=/);

  await logInAsDemo(page, {
    loginName: nl.auth.login.loginName,
    password: nl.auth.login.password,
    submit: nl.auth.login.submit,
    code: nl.auth.secondFactor.code,
    confirm: nl.auth.secondFactor.submit,
  });
  // Back where the user wanted to go.
  await expect(page).toHaveURL(/\/instellingen$/);
  await expect(page.getByRole('tab', { name: nl.settings.tabs.general })).toBeVisible();

  await page.getByText(en.language.en).click();
  await expect(page.getByRole('link', { name: en.nav.home })).toBeVisible();
  await expect(page.getByRole('link', { name: en.nav.statistics })).toBeVisible();

  // Saved on the server: a reload keeps English.
  await page.reload();
  await expect(page.getByRole('link', { name: en.nav.home })).toBeVisible();

  await page.getByText(nl.language.nl).click();
  await page.getByRole('link', { name: nl.nav.home }).click();
  await expect(
    page.getByRole('heading', { name: nl.dashboard.widgets.currentAbsence.title }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('dashboard-nl'), fullPage: true });
});
