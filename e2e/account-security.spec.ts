import type { Page } from '@playwright/test';
import { en, type Messages, nl } from '../src/contracts/i18n/index.js';
import {
  e2eDemo,
  expect,
  freshTotpCode,
  logInAsDemo,
  logInAsDemoInDutch,
  screenshotPath,
  test,
} from './support.js';

/**
 * Login and account security as a user meets them, in Dutch and in English. An English journey
 * sets the demo's language in Instellingen and puts Dutch back at the end, so the specs after it
 * log in as usual.
 */

type Texts = Messages;
const languages: [string, Texts][] = [
  ['nl', nl],
  ['en', en],
];

/** Logs the demo in (the login counts as step-up for 5 minutes) and shows the app in `texts`. */
async function logIn(page: Page, texts: Texts, to = '/instellingen') {
  await logInAsDemoInDutch(page);
  if (texts !== nl) await chooseLanguage(page, texts);
  await page.goto(to);
}

/** Instellingen > Algemeen: the account's language, saved on the server. */
async function chooseLanguage(page: Page, texts: Texts) {
  await page.goto('/instellingen');
  const saved = page.waitForResponse(
    (response) => response.url().endsWith('/api/me/preferences') && response.ok(),
  );
  await page.getByText(texts === nl ? nl.language.nl : en.language.en).click();
  await saved;
  await expect(page.getByRole('link', { name: texts.nav.home, exact: true })).toBeVisible();
}

for (const [language, texts] of languages) {
  test(`${language}: adding an authenticator app shows a QR code of the otpauth URI, and the secret as text`, async ({
    page,
  }) => {
    await logIn(page, texts);
    try {
      await page.getByRole('tab', { name: texts.settings.tabs.security }).click();
      await page.getByRole('button', { name: texts.factors.settings.add }).click();
      await page.getByRole('radio', { name: texts.factors.kinds.totp }).check();
      await page.getByRole('button', { name: texts.factors.login.continue }).click();

      const qr = page.getByRole('img', { name: texts.factors.enrol.totpQrCode });
      await expect(qr).toBeVisible();
      // A real QR code: the finder patterns and modules are drawn as SVG paths.
      expect(await qr.locator('path').count()).toBeGreaterThan(0);
      const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      const uri = await page
        .getByRole('link', { name: texts.factors.enrol.totpOpenLink })
        .getAttribute('href');
      expect(uri).toContain(`secret=${secret}`);
      await page.screenshot({ path: screenshotPath(`totp-qr-${language}`), fullPage: true });
      await page.getByRole('button', { name: texts.factors.enrol.back }).click();
      await expect(page.getByRole('button', { name: texts.factors.login.continue })).toBeVisible();
    } finally {
      if (texts !== nl) await chooseLanguage(page, nl);
    }
  });
}

for (const [language, texts] of languages) {
  test(`${language}: "login failed?" offers a backup code to an account whose only factor is an authenticator app`, async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByText(texts === nl ? nl.language.nl : en.language.en).click();
    await page
      .getByRole('textbox', { name: texts.auth.login.loginName, exact: true })
      .fill(e2eDemo.loginName);
    await page
      .getByRole('textbox', { name: texts.auth.login.password, exact: true })
      .fill(e2eDemo.password);
    await page.getByRole('button', { name: texts.auth.login.submit }).click();

    // The demo has an authenticator app only, and no backup codes listed: still offered.
    await expect(page.getByRole('textbox', { name: texts.auth.secondFactor.code })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: texts.factors.login.troubleTitle }),
    ).toBeVisible();
    await page.getByRole('button', { name: texts.factors.login.useBackupCode }).click();
    const backupCode = page.getByRole('textbox', { name: texts.factors.login.backupCode });
    await expect(backupCode).toBeVisible();
    await backupCode.fill('te kort');
    await page.getByRole('button', { name: texts.auth.secondFactor.submit }).click();
    await expect(page.getByText(texts.factors.login.backupCodeInvalidFormat)).toBeVisible();
    await page.screenshot({ path: screenshotPath(`login-trouble-${language}`), fullPage: true });

    // Back to the app's code, which logs in.
    await page.getByRole('button', { name: texts.factors.kinds.totp }).click();
    await page
      .getByRole('textbox', { name: texts.auth.secondFactor.code, exact: true })
      .fill(await freshTotpCode());
    await page.getByRole('button', { name: texts.auth.secondFactor.submit }).click();
    await expect(page).not.toHaveURL(/\/login/);
  });
}

for (const [language, texts] of languages) {
  test(`${language}: sessions name the device ("Chrome on Linux") and show times as the language writes them`, async ({
    page,
  }) => {
    await logIn(page, texts);
    try {
      await page.getByRole('tab', { name: texts.settings.tabs.security }).click();
      const sessions = page.getByRole('table', { name: texts.settings.security.sessionsTitle });
      const device = texts.settings.security.deviceName
        .replace('{{browser}}', 'Chrome')
        .replace('{{os}}', 'Linux');
      await expect(sessions.getByText(device).first()).toBeVisible();
      await expect(sessions.getByText(/Mozilla\/5\.0/)).toHaveCount(0);
      // nl-NL "06-12-2026, 01:23", en-GB "06/12/2026, 01:23": never the US month-first order.
      const lastSeen =
        language === 'nl' ? /\d\d-\d\d-\d{4}, \d\d:\d\d/ : /\d\d\/\d\d\/\d{4}, \d\d:\d\d/;
      await expect(sessions.getByText(lastSeen).first()).toBeVisible();
      await page.screenshot({ path: screenshotPath(`sessions-${language}`), fullPage: true });
    } finally {
      if (texts !== nl) await chooseLanguage(page, nl);
    }
  });
}

/** Puts the demo's language back to Dutch through the API (needs a live session). */
async function restoreDutch(page: Page) {
  await page.request.patch('/api/me/preferences', {
    data: { locale: 'nl' },
    headers: { 'x-requested-with': 'fetch' },
  });
}

const loginLabels = (texts: Texts) => ({
  loginName: texts.auth.login.loginName,
  password: texts.auth.login.password,
  submit: texts.auth.login.submit,
  code: texts.auth.secondFactor.code,
  confirm: texts.auth.secondFactor.submit,
});

for (const [language, texts] of languages) {
  test(`${language}: an unknown page shows the menu; a warning before the idle limit; the login page says why the session ended`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    // The browser's clock runs as usual until a test moves it on, to the idle limit.
    await page.clock.install();
    await logIn(page, texts, '/bestaat-niet');
    try {
      await expect(page.getByRole('heading', { name: texts.notFound.title })).toBeVisible();
      await expect(page.getByRole('link', { name: texts.nav.home, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: texts.nav.logout })).toBeVisible();
      await page.screenshot({ path: screenshotPath(`not-found-${language}`), fullPage: true });

      // 15 idle minutes end the session: after 13 and a half the user is asked.
      const dialog = page.getByRole('dialog', { name: texts.auth.idleWarning.title });
      await page.clock.fastForward('13:30');
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: screenshotPath(`idle-warning-${language}`) });
      await page.getByRole('button', { name: texts.auth.idleWarning.stay }).click();
      await expect(dialog).toBeHidden();
      await page.clock.fastForward('13:30');
      await expect(dialog).toBeVisible();
      await page.clock.fastForward('02:00');
      await expect(page).toHaveURL(/\/login\?reason=idle/);
      await expect(
        page.getByRole('status').filter({ hasText: texts.auth.login.idle }),
      ).toBeVisible();
      // The browser ended the session at the server too.
      expect((await page.request.get('/api/auth/me')).status()).toBe(401);

      // Logged out on purpose: another message.
      await logInAsDemo(page, loginLabels(texts));
      await page.getByRole('button', { name: texts.nav.logout }).click();
      await expect(page).toHaveURL(/\/login\?reason=logged_out/);
      await expect(
        page.getByRole('status').filter({ hasText: texts.auth.login.loggedOut }),
      ).toBeVisible();
      await page.screenshot({ path: screenshotPath(`logged-out-${language}`), fullPage: true });
      if (texts !== nl) await logInAsDemo(page, loginLabels(texts));
    } finally {
      if (texts !== nl) await restoreDutch(page);
    }
  });
}
