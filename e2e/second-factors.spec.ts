import { expect, test } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { e2eDemo, failOnConsoleErrors, logInAsDemo, screenshotPath } from './support.js';

/**
 * WebAuthn needs a secure context and a domain as RP ID: the server's public URL is
 * http://localhost:3100, so these journeys use that origin rather than 127.0.0.1.
 */
const origin = 'http://localhost:3100';

const loginLabels = {
  loginName: nl.auth.login.loginName,
  password: nl.auth.login.password,
  submit: nl.auth.login.submit,
  code: nl.auth.secondFactor.code,
  confirm: nl.auth.secondFactor.submit,
};

test('the demo user adds a security key, logs out, and logs in with the key; then with a backup code', async ({
  page,
}) => {
  const problems = failOnConsoleErrors(page);
  // Chromium's virtual authenticator stands in for a USB key (CDP WebAuthn domain).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      ctap2Version: 'ctap2_1',
      transport: 'usb',
      hasResidentKey: false,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  // A fresh login counts as step-up for 5 minutes, enough to change the factors.
  await page.goto(`${origin}/instellingen/tweestapsverificatie`);
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await logInAsDemo(page, loginLabels);
  await expect(page).toHaveURL(/\/instellingen\/tweestapsverificatie$/);
  await expect(
    page.getByRole('heading', { name: nl.factors.settings.title, level: 1 }),
  ).toBeVisible();

  await page.getByRole('button', { name: nl.factors.settings.add }).click();
  await page.getByRole('radio', { name: nl.factors.kinds.webauthn }).check();
  await page.getByRole('button', { name: nl.factors.login.continue }).click();
  await page.getByRole('textbox', { name: nl.factors.enrol.keyLabel }).fill('YubiKey e2e');
  await page.getByRole('button', { name: nl.factors.enrol.keyRegister }).click();

  // The demo had no backup codes yet: they come with the new factor, shown once.
  await expect(page.getByRole('heading', { name: nl.factors.backupCodes.title })).toBeVisible();
  const codes = await page.getByTestId('backup-codes').locator('li').allInnerTexts();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code.trim()).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  await page.screenshot({ path: screenshotPath('factors-backup-codes-nl'), fullPage: true });
  await page.getByRole('button', { name: nl.factors.backupCodes.saved }).click();

  await expect(page.getByText('YubiKey e2e')).toBeVisible();
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  await page.screenshot({ path: screenshotPath('factors-settings-nl'), fullPage: true });

  await page.getByRole('button', { name: nl.nav.logout }).click();
  await expect(page).toHaveURL(/\/login/);

  // Log in with the key: it is offered first once the account has one.
  await page
    .getByRole('textbox', { name: nl.auth.login.loginName, exact: true })
    .fill(e2eDemo.loginName);
  await page
    .getByRole('textbox', { name: nl.auth.login.password, exact: true })
    .fill(e2eDemo.password);
  await page.getByRole('button', { name: nl.auth.login.submit }).click();
  await expect(page.getByRole('button', { name: nl.factors.login.webauthnStart })).toBeVisible();
  await page.screenshot({ path: screenshotPath('second-factor-key-nl'), fullPage: true });
  await page.getByRole('button', { name: nl.factors.login.webauthnStart }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();
  const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(after.credentials[0]?.signCount).toBeGreaterThan(0);

  // "Inloggen mislukt?": a backup code works once, and then new codes are offered.
  await page.getByRole('button', { name: nl.nav.logout }).click();
  await expect(page).toHaveURL(/\/login/);
  await page
    .getByRole('textbox', { name: nl.auth.login.loginName, exact: true })
    .fill(e2eDemo.loginName);
  await page
    .getByRole('textbox', { name: nl.auth.login.password, exact: true })
    .fill(e2eDemo.password);
  await page.getByRole('button', { name: nl.auth.login.submit }).click();
  await expect(page.getByRole('heading', { name: nl.factors.login.troubleTitle })).toBeVisible();
  await page.getByRole('button', { name: nl.factors.login.useBackupCode }).click();
  await page
    .getByRole('textbox', { name: nl.factors.login.backupCode })
    .fill((codes[0] ?? '').toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page.getByRole('heading', { name: nl.factors.login.backupUsedTitle })).toBeVisible();
  await page.screenshot({ path: screenshotPath('backup-code-used-nl'), fullPage: true });
  await page.getByRole('button', { name: nl.factors.login.later }).click();
  await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();

  expect(problems).toEqual([]);
});
