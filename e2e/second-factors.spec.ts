import type { Page } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { e2eDemo, expect, logInAsDemo, screenshotPath, test } from './support.js';

/**
 * WebAuthn needs a secure context and a domain as RP ID (never an IP address): the server reads
 * its loopback public URL as localhost, so these journeys use that origin.
 */
let origin = 'http://localhost:3100';
test.beforeEach(({ baseURL }) => {
  origin = `http://localhost:${new URL(baseURL ?? origin).port}`;
});

const loginLabels = {
  loginName: nl.auth.login.loginName,
  password: nl.auth.login.password,
  submit: nl.auth.login.submit,
  code: nl.auth.secondFactor.code,
  confirm: nl.auth.secondFactor.submit,
};

/** Instellingen > Beveiliging, unlocked because the login just now counts as step-up. */
async function openFactorsSettings(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/instellingen$/);
  await page.getByRole('tab', { name: nl.settings.tabs.security }).click();
  await expect(
    page.getByRole('heading', { name: nl.factors.settings.title, level: 2 }),
  ).toBeVisible();
}

/**
 * Clicks a button that starts a WebAuthn ceremony. Chromium 156 refuses the ceremony in a page
 * without focus ("NotAllowedError ... does not have focus"), which a headless page may lose.
 */
async function clickForKey(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.getByRole('button', { name }).click();
}

test('the demo user adds a security key, logs out, and logs in with the key; then with a backup code', async ({
  page,
}) => {
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
  await page.goto(`${origin}/instellingen`);
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await logInAsDemo(page, loginLabels);
  await openFactorsSettings(page);

  await page.getByRole('button', { name: nl.factors.settings.add }).click();
  await page.getByRole('radio', { name: nl.factors.kinds.webauthn }).check();
  await page.getByRole('button', { name: nl.factors.login.continue }).click();
  await page.getByRole('textbox', { name: nl.factors.enrol.keyLabel }).fill('YubiKey e2e');
  await clickForKey(page, nl.factors.enrol.keyRegister);

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
  // A key answering with a bogus signature is refused; the same key answering properly is not.
  await cdp.send('WebAuthn.setResponseOverrideBits', { authenticatorId, isBogusSignature: true });
  await clickForKey(page, nl.factors.login.webauthnStart);
  await expect(page.getByText(nl.factors.login.webauthnFailed)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await cdp.send('WebAuthn.setResponseOverrideBits', { authenticatorId });
  await clickForKey(page, nl.factors.login.webauthnStart);
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

  // Tidy up for the other journeys (the login just now counts as step-up): remove the key.
  await page.goto(`${origin}/instellingen`);
  await openFactorsSettings(page);
  await page.getByRole('button', { name: `${nl.factors.settings.remove}: YubiKey e2e` }).click();
  await page.getByRole('dialog').getByRole('button', { name: nl.factors.settings.remove }).click();
  await expect(page.getByText('YubiKey e2e')).toHaveCount(0);
});

/** The newest SMS code in the development outbox (/dev/outbox lists the newest first). */
async function latestSmsCode(page: Page): Promise<string> {
  const html = await (await page.request.get(`${origin}/dev/outbox`)).text();
  const code = /Verzuim-code is (\d{6})/.exec(html)?.[1];
  if (!code) throw new Error('no SMS code in the outbox');
  return code;
}

test('the demo user verifies a mobile number and logs in with an SMS code', async ({ page }) => {
  await page.goto(`${origin}/instellingen`);
  await logInAsDemo(page, loginLabels);
  await openFactorsSettings(page);

  await page.getByRole('button', { name: nl.factors.settings.add }).click();
  await page.getByRole('radio', { name: nl.factors.kinds.sms }).check();
  await page.getByRole('button', { name: nl.factors.login.continue }).click();
  await page.getByRole('textbox', { name: nl.factors.enrol.phone }).fill('06 12345678');
  await page.getByRole('button', { name: nl.factors.enrol.phoneSend }).click();
  await expect(
    page.getByText(nl.factors.enrol.phoneSent.replace('{{phone}}', '•••• 5678')),
  ).toBeVisible();
  await page.getByRole('textbox', { name: nl.factors.enrol.code }).fill(await latestSmsCode(page));
  await page.getByRole('button', { name: nl.factors.enrol.confirm }).click();
  // Run on its own, the demo has no backup codes yet and gets them with this first extra factor.
  const saved = page.getByRole('button', { name: nl.factors.backupCodes.saved });
  const added = page.getByText('•••• 5678').first();
  await expect(saved.or(added)).toBeVisible();
  if (await saved.isVisible()) await saved.click();
  await expect(page.getByText('•••• 5678').first()).toBeVisible();

  await page.getByRole('button', { name: nl.nav.logout }).click();
  await expect(page).toHaveURL(/\/login/);
  await page
    .getByRole('textbox', { name: nl.auth.login.loginName, exact: true })
    .fill(e2eDemo.loginName);
  await page
    .getByRole('textbox', { name: nl.auth.login.password, exact: true })
    .fill(e2eDemo.password);
  await page.getByRole('button', { name: nl.auth.login.submit }).click();
  await page.getByRole('button', { name: nl.factors.kinds.sms }).click();
  await page.getByRole('button', { name: nl.factors.login.smsSend }).click();
  await expect(page.getByRole('status')).toContainText('•••• 5678');
  await page
    .getByRole('textbox', { name: nl.factors.login.smsCode })
    .fill(await latestSmsCode(page));
  await page.screenshot({ path: screenshotPath('second-factor-sms-nl'), fullPage: true });
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();

  // Tidy up: remove the SMS factor again.
  await page.goto(`${origin}/instellingen`);
  await openFactorsSettings(page);
  await page
    .getByRole('button', { name: `${nl.factors.settings.remove}: ${nl.factors.kinds.sms}` })
    .or(page.getByRole('button', { name: `${nl.factors.settings.remove}: •••• 5678` }))
    .click();
  await page.getByRole('dialog').getByRole('button', { name: nl.factors.settings.remove }).click();
  await expect(page.getByText(nl.factors.settings.noPhone)).toBeVisible();
});
