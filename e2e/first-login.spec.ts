import type { Page } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { expect, screenshotPath, test } from './support.js';

/**
 * The first login of `nieuw`, the demo user who was invited but has not set up the account yet:
 * the invitation mail (in the development outbox since the first start), a password, an SMS
 * number as the second factor, the backup codes, the start page; then a normal login.
 */

const loginName = 'nieuw';
const email = 'nieuw@verzuim.localhost';
// The policy: at least 12 characters, not the login name, not a common password.
const password = 'zonnige dinsdag aan de kade';
const phone = '06 87654321';
const maskedPhone = '•••• 4321';

type OutboxMessage = {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string;
  subject: string | null;
  bodyText: string;
};

async function outbox(page: Page): Promise<OutboxMessage[]> {
  const response = await page.request.get('/dev/outbox.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

/** The newest invitation mail for `nieuw` (the outbox lists the newest first). */
async function invitationLink(page: Page): Promise<URL> {
  const mail = (await outbox(page)).find(
    (message) =>
      message.channel === 'mail' &&
      message.recipient === email &&
      message.subject === nl.auth.mail.invite.subject,
  );
  if (!mail) throw new Error(`no invitation for ${email} in the outbox`);
  expect(mail.bodyText).toContain(`Uw inlognaam is: ${loginName}`);
  const match = /https?:\/\/\S+#token=[\w-]+/.exec(mail.bodyText);
  if (!match) throw new Error(`no link in ${mail.bodyText}`);
  return new URL(match[0]);
}

/** The code of an SMS to this test's number newer than `after` (an outbox message id). */
async function newSmsCode(page: Page, after: string | undefined): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const sms = (await outbox(page)).find(
        (message) => message.channel === 'sms' && message.recipient.endsWith('87654321'),
      );
      code =
        sms && sms.id !== after ? /Verzuim-code is (\d{6})/.exec(sms.bodyText)?.[1] : undefined;
      return code !== undefined;
    })
    .toBe(true);
  if (!code) throw new Error('no SMS code');
  return code;
}

/** The id of the newest SMS to this test's number, if any. */
async function newestSmsId(page: Page): Promise<string | undefined> {
  return (await outbox(page)).find(
    (message) => message.channel === 'sms' && message.recipient.endsWith('87654321'),
  )?.id;
}

test('an invited user sets a password and an SMS number, then logs in with them (Dutch)', async ({
  page,
}) => {
  test.setTimeout(120_000);

  // The link is built from PUBLIC_URL (http://localhost:<port>); the journey follows its path on
  // the address the browser already uses.
  const link = await invitationLink(page);
  expect(link.pathname).toBe('/account-instellen');
  await page.goto(`${link.pathname}${link.hash}`);
  await expect(page.getByRole('heading', { name: nl.auth.setup.title })).toBeVisible();

  await page
    .getByRole('textbox', { name: nl.auth.newPassword.password, exact: true })
    .fill(password);
  await page.getByRole('textbox', { name: nl.auth.newPassword.repeat, exact: true }).fill(password);
  await page.getByRole('button', { name: nl.auth.setup.passwordSubmit }).click();

  // Second step: the second factor, here a mobile number proven with a code by SMS.
  await expect(page.getByRole('heading', { name: nl.factors.enrol.title })).toBeVisible();
  await page.getByRole('radio', { name: nl.factors.kinds.sms }).check();
  await page.getByRole('button', { name: nl.factors.login.continue }).click();
  const before = await newestSmsId(page);
  await page.getByRole('textbox', { name: nl.factors.enrol.phone }).fill(phone);
  await page.getByRole('button', { name: nl.factors.enrol.phoneSend }).click();
  await expect(
    page.getByText(nl.factors.enrol.phoneSent.replace('{{phone}}', maskedPhone)),
  ).toBeVisible();
  await page
    .getByRole('textbox', { name: nl.factors.enrol.code })
    .fill(await newSmsCode(page, before));
  await page.getByRole('button', { name: nl.factors.enrol.confirm }).click();

  // The backup codes, shown this once.
  await expect(page.getByRole('heading', { name: nl.factors.backupCodes.title })).toBeVisible();
  const codes = await page.getByTestId('backup-codes').locator('li').allInnerTexts();
  expect(codes).toHaveLength(10);
  await page.getByRole('button', { name: nl.factors.backupCodes.saved }).click();

  // Set up: into the app as the new user.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: nl.dashboard.title })).toBeVisible();
  await page.screenshot({ path: screenshotPath('first-login-nl'), fullPage: true });

  // The account works: log out, and in again with the new password and an SMS code.
  await page.getByRole('button', { name: nl.nav.logout }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole('textbox', { name: nl.auth.login.loginName, exact: true }).fill(loginName);
  await page.getByRole('textbox', { name: nl.auth.login.password, exact: true }).fill(password);
  await page.getByRole('button', { name: nl.auth.login.submit }).click();
  const beforeLogin = await newestSmsId(page);
  await page.getByRole('button', { name: nl.factors.login.smsSend }).click();
  await expect(page.getByRole('status')).toContainText(maskedPhone);
  await page
    .getByRole('textbox', { name: nl.factors.login.smsCode })
    .fill(await newSmsCode(page, beforeLogin));
  await page.getByRole('button', { name: nl.auth.secondFactor.submit }).click();
  await expect(page.getByRole('heading', { name: nl.dashboard.title })).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
});
