import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { e2eDemo, expect, freshTotpCode, screenshotPath, test } from './support.js';

// This journey provokes refusals on purpose; any other console error still fails it.
test.use({ allowedHttpErrors: [400, 401, 403] });

/**
 * Login security journeys on the demo account. They change its password and put it back at the
 * end, so the specs after this file log in as usual.
 */

const temporaryPassword = 'tijdelijke zin voor de e2e-test';
const demoEmail = 'demo@verzuim.localhost';

type OutboxMessage = { recipient: string; subject: string; bodyText: string };

/** The newest mail to an address with this subject, from the development outbox. */
async function newestMail(page: Page, to: string, subject: string): Promise<OutboxMessage> {
  let found: OutboxMessage | undefined;
  await expect
    .poll(async () => {
      const response = await page.request.get('/dev/outbox.json');
      const { messages } = (await response.json()) as { messages: OutboxMessage[] };
      found = messages.find((message) => message.recipient === to && message.subject === subject);
      return found !== undefined;
    })
    .toBe(true);
  if (!found) throw new Error('no mail');
  return found;
}

function linkIn(mail: OutboxMessage): string {
  const match = /https?:\/\/\S+#token=[\w-]+/.exec(mail.bodyText);
  if (!match) throw new Error(`no link in ${mail.bodyText}`);
  return match[0];
}

async function submitPassword(page: Page, texts: typeof nl, password: string) {
  await page
    .getByRole('textbox', { name: texts.auth.login.loginName, exact: true })
    .fill(e2eDemo.loginName);
  await page.getByRole('textbox', { name: texts.auth.login.password, exact: true }).fill(password);
  await page.getByRole('button', { name: texts.auth.login.submit }).click();
}

test.describe.configure({ mode: 'serial' });

test('five wrong passwords block the account; a reset link sets a new password and lifts the block (Dutch)', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: nl.auth.login.title })).toBeVisible();

  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitPassword(page, nl, `fout wachtwoord nummer ${attempt}`);
    await expect(page.getByText(nl.errors.invalid_credentials)).toBeVisible();
  }
  // The right password now gets the same answer as a wrong one (a password cannot be guessed
  // against a blocked account); the owner is told by mail, with the way out.
  await submitPassword(page, nl, e2eDemo.password);
  await expect(page.getByText(nl.errors.invalid_credentials)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await page.screenshot({ path: screenshotPath('login-blocked-nl'), fullPage: true });
  const notice = await newestMail(page, demoEmail, nl.auth.mail.blocked.subject);
  expect(notice.bodyText).toContain('/inloggegevens-vergeten');

  await page.getByRole('link', { name: nl.auth.login.forgotLink }).click();
  await expect(page).toHaveURL(/\/inloggegevens-vergeten$/);
  await expect(page.getByRole('heading', { name: nl.auth.forgot.title })).toBeVisible();
  const resetForm = page.getByRole('form', { name: nl.auth.forgot.passwordTitle });
  await resetForm.getByRole('textbox', { name: nl.auth.login.loginName }).fill('demo');
  await resetForm.getByRole('button', { name: nl.auth.forgot.passwordSubmit }).click();
  await expect(page.getByText(nl.auth.forgot.passwordSent)).toBeVisible();

  const mail = await newestMail(page, demoEmail, nl.auth.mail.resetPassword.subject);
  // The link is built from PUBLIC_URL (the default http://localhost:<port> here); the journey
  // follows it on the address the browser already uses.
  const link = new URL(linkIn(mail));
  expect(link.origin).toBe(`http://localhost:${new URL(page.url()).port}`);
  expect(link.pathname).toBe('/wachtwoord-herstellen');
  expect(link.hash).toMatch(/^#token=[\w-]{43}$/);
  const pageResponse = await page.goto(`${link.pathname}${link.hash}`);
  expect(pageResponse?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.getByRole('heading', { name: nl.auth.reset.title })).toBeVisible();

  // The policy speaks up before anything is saved.
  await page
    .getByRole('textbox', { name: nl.auth.newPassword.password, exact: true })
    .fill('welkom123456');
  await page
    .getByRole('textbox', { name: nl.auth.newPassword.repeat, exact: true })
    .fill('welkom123456');
  await page.getByRole('button', { name: nl.auth.reset.submit }).click();
  await expect(page.getByText(nl.errors.field.password_common)).toBeVisible();

  await page
    .getByRole('textbox', { name: nl.auth.newPassword.password, exact: true })
    .fill(temporaryPassword);
  await page
    .getByRole('textbox', { name: nl.auth.newPassword.repeat, exact: true })
    .fill(temporaryPassword);
  await page.getByRole('button', { name: nl.auth.reset.submit }).click();
  await expect(page.getByText(nl.auth.reset.done)).toBeVisible();

  // Not logged in by the reset: the login still asks for the second factor.
  await page.getByRole('link', { name: nl.auth.login.submit }).click();
  await submitPassword(page, nl, temporaryPassword);
  await page
    .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
    .fill(await freshTotpCode());
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page).not.toHaveURL(/\/login/);
});

test('Instellingen > Beveiliging: step-up, then the password is changed back (Dutch)', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/instellingen');
  await submitPassword(page, nl, temporaryPassword);
  await page
    .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
    .fill(await freshTotpCode());
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page).toHaveURL(/\/instellingen$/);

  await page.getByRole('tab', { name: nl.settings.tabs.security }).click();
  // Right after login the step-up is still fresh (password and code just given); the page
  // shows the unlocked settings, or asks again when the 5 minutes have passed.
  const stepUpTitle = page.getByRole('heading', { name: nl.settings.security.stepUpTitle });
  const passwordTitle = page.getByRole('heading', { name: nl.settings.security.passwordTitle });
  await expect(stepUpTitle.or(passwordTitle)).toBeVisible();
  if (await stepUpTitle.isVisible()) {
    await page
      .getByRole('textbox', { name: nl.auth.login.password, exact: true })
      .fill(temporaryPassword);
    await page.getByRole('button', { name: nl.settings.security.stepUpNext }).click();
    await page
      .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
      .fill(await freshTotpCode());
    await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  }
  await expect(passwordTitle).toBeVisible();
  await expect(page.getByText(nl.settings.security.thisSession)).toBeVisible();
  await page.screenshot({ path: screenshotPath('security-settings-nl'), fullPage: true });

  const form = page.getByRole('form', { name: nl.settings.security.passwordTitle });
  await form
    .getByRole('textbox', { name: nl.settings.security.currentPassword, exact: true })
    .fill(temporaryPassword);
  await form
    .getByRole('textbox', { name: nl.auth.newPassword.password, exact: true })
    .fill(e2eDemo.password);
  await form
    .getByRole('textbox', { name: nl.auth.newPassword.repeat, exact: true })
    .fill(e2eDemo.password);
  await form.getByRole('button', { name: nl.settings.security.passwordSubmit }).click();
  await expect(page.getByText(nl.settings.security.passwordChanged)).toBeVisible();
});

test('forgotten login name, asked for in English, arrives by e-mail', async ({ page }) => {
  await page.goto('/login');
  await page.getByText(en.language.en).click();
  await page.getByRole('link', { name: en.auth.login.forgotLink }).click();
  await expect(page.getByRole('heading', { name: en.auth.forgot.title })).toBeVisible();
  const form = page.getByRole('form', { name: en.auth.forgot.loginNameTitle });
  await form.getByRole('textbox', { name: en.auth.forgot.email }).fill(demoEmail);
  await form.getByRole('button', { name: en.auth.forgot.loginNameSubmit }).click();
  await expect(page.getByText(en.auth.forgot.loginNameSent)).toBeVisible();
  const mail = await newestMail(page, demoEmail, nl.auth.mail.loginNames.subject);
  expect(mail.bodyText).toContain(`\n${e2eDemo.loginName}\n`);

  // An unknown address gets exactly the same message.
  await page.goto('/inloggegevens-vergeten');
  const again = page.getByRole('form', { name: en.auth.forgot.loginNameTitle });
  await again.getByRole('textbox', { name: en.auth.forgot.email }).fill('nobody@example.test');
  await again.getByRole('button', { name: en.auth.forgot.loginNameSubmit }).click();
  await expect(page.getByText(en.auth.forgot.loginNameSent)).toBeVisible();
  await page.getByText(nl.language.nl).click();
});

test('an ended session sends the browser to the login page with a message, and back afterwards', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/instellingen');
  await submitPassword(page, nl, e2eDemo.password);
  await page
    .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
    .fill(await freshTotpCode());
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page).toHaveURL(/\/instellingen$/);
  // The page has asked what it shows: the tab's click below makes the next call.
  const securityTab = page.getByRole('tab', { name: nl.settings.tabs.security });
  await expect(securityTab).toBeVisible();

  // The session ends behind the page's back (as after 15 idle minutes); the next API call says so.
  await context.clearCookies();
  await securityTab.click();
  await expect(page).toHaveURL(/\/login\?.*reason=expired/);
  await expect(page.getByText(nl.auth.login.expired)).toBeVisible();

  await submitPassword(page, nl, e2eDemo.password);
  await page
    .getByRole('textbox', { name: nl.auth.secondFactor.code, exact: true })
    .fill(await freshTotpCode());
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page).toHaveURL(/\/instellingen$/);
});
