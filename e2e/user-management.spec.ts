import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, failOnConsoleErrors, openAs, screenshotPath, test } from './support.js';

/**
 * Gebruikersbeheer: the demo super user adds a manager without autorisatie-overname, limits the
 * Dossiertoegang to one department in the tree, and the invitation mail is in the outbox. The
 * manager sets up the account from that mail and finds only that department's employees. Then,
 * in English, the account is deactivated at once and shows as expired.
 */

const manager = {
  firstName: 'Lotte',
  lastName: 'Jansen',
  email: 'lotte.jansen@verzuim.localhost',
  loginName: 'lotte.jansen',
};
const name = `${manager.firstName} ${manager.lastName}`;

type OutboxMessage = {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string;
  subject: string;
  bodyText: string;
};

/** Thuiszorg and the teams below it: the manager's whole dossier scope. */
const thuiszorg = ['Thuiszorg', 'Team Noord', 'Team Zuid'];
const managerPassword = 'groene regenjas op dinsdag';
const managerPhone = '06 11223344';

async function outbox(page: Page): Promise<OutboxMessage[]> {
  const response = await page.request.get('/dev/outbox.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

async function chooseLanguage(page: Page, label: string) {
  await page.goto('/instellingen');
  await page.getByText(label, { exact: true }).click();
}

test('a super user adds a manager limited to one department, the manager sees only its employees, then the account is deactivated (Dutch, then English)', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await openAs(page, 'demo', '/gebruikersbeheer');
  await expect(page.getByRole('heading', { name: nl.users.title, level: 1 })).toBeVisible();

  // + Gebruiker toevoegen, as in the manual.
  await page.getByRole('button', { name: nl.users.add.button }).click();
  const dialog = page.getByRole('dialog', { name: nl.users.add.title });
  await dialog.getByRole('textbox', { name: nl.users.form.firstName }).fill(manager.firstName);
  await dialog.getByRole('textbox', { name: nl.users.form.lastName }).fill(manager.lastName);
  await dialog.getByRole('radio', { name: nl.users.form.genders.f }).check();
  await dialog.getByRole('textbox', { name: nl.users.form.email }).fill(manager.email);
  await dialog
    .getByRole('combobox', { name: nl.users.form.role })
    .selectOption({ label: nl.users.roles.manager_with_reports });
  await dialog.getByRole('textbox', { name: nl.users.form.loginName }).fill(manager.loginName);
  // 2FA is shown, on, and cannot be changed.
  const twoFactor = dialog.getByRole('checkbox', { name: nl.users.form.twoFactor });
  await expect(twoFactor).toBeChecked();
  await expect(twoFactor).toBeDisabled();
  await dialog.getByRole('radio', { name: nl.users.form.inheritScopeNo }).check();
  await expect(dialog.getByText(nl.users.form.inheritScopeNoWarning)).toBeVisible();
  await page.screenshot({ path: screenshotPath('user-add-nl'), fullPage: true });
  await dialog.getByRole('button', { name: nl.users.add.submit }).click();

  // Straight to the Autorisaties tab: without a scope the user would see no employees.
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(
    page.getByRole('tab', { name: nl.users.detail.tabs.authorisations }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByText(nl.users.scope.nothingSelected.replace('{{name}}', name)),
  ).toBeVisible();

  // The tree: open Zorg with its triangle (by keyboard), tick Thuiszorg; its teams come along.
  await page
    .getByRole('button', { name: nl.users.scope.expand.replace('{{name}}', 'Zorg') })
    .focus();
  await page.keyboard.press('Enter');
  await page.getByRole('checkbox', { name: 'Thuiszorg', exact: true }).check();
  await page
    .getByRole('button', { name: nl.users.scope.expand.replace('{{name}}', 'Thuiszorg') })
    .click();
  const teamNoord = page.getByRole('checkbox', { name: 'Team Noord', exact: true });
  await expect(teamNoord).toBeChecked();
  await expect(teamNoord).toBeDisabled();
  // The employee level is loaded when a team is opened; they are covered by the tick above.
  await page
    .getByRole('button', { name: nl.users.scope.expand.replace('{{name}}', 'Team Noord') })
    .click();
  // The innermost list item holding the Team Noord checkbox is its own.
  const teamNoordGroup = page.locator('li', { has: teamNoord }).last().locator('ul');
  await expect(teamNoordGroup.getByRole('checkbox').first()).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Keuken', exact: true })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('user-scope-nl'), fullPage: true });
  await page.getByRole('button', { name: nl.users.scope.save }).click();
  await expect(page.getByText(nl.users.scope.saved.replace('{{name}}', name))).toBeVisible();

  // Stored: after a reload Thuiszorg is still ticked.
  await page.reload();
  await page
    .getByRole('button', { name: nl.users.scope.expand.replace('{{name}}', 'Zorg') })
    .click();
  await expect(page.getByRole('checkbox', { name: 'Thuiszorg', exact: true })).toBeChecked();

  // The first-login mail went out with the login name and a link.
  const invitation = (await outbox(page)).find(
    (message) =>
      message.recipient === manager.email && message.subject === nl.auth.mail.invite.subject,
  );
  expect(invitation?.bodyText).toContain(manager.loginName);
  expect(invitation?.bodyText).toMatch(/account-instellen#token=/);

  const detailUrl = page.url().replace(/\?.*$/, '');

  // The manager, on their own computer: the link from the mail, a password, an SMS number.
  const managerContext = await browser.newContext();
  const managerPage = await managerContext.newPage();
  const managerProblems = failOnConsoleErrors(managerPage);
  const origin = new URL(page.url()).origin;
  const link = new URL(/https?:\/\/\S+#token=[\w-]+/.exec(invitation?.bodyText ?? '')?.[0] ?? '');
  await managerPage.goto(`${origin}${link.pathname}${link.hash}`);
  await managerPage
    .getByRole('textbox', { name: nl.auth.newPassword.password, exact: true })
    .fill(managerPassword);
  await managerPage
    .getByRole('textbox', { name: nl.auth.newPassword.repeat, exact: true })
    .fill(managerPassword);
  await managerPage.getByRole('button', { name: nl.auth.setup.passwordSubmit }).click();
  await managerPage.getByRole('radio', { name: nl.factors.kinds.sms }).check();
  await managerPage.getByRole('button', { name: nl.factors.login.continue }).click();
  await managerPage.getByRole('textbox', { name: nl.factors.enrol.phone }).fill(managerPhone);
  await managerPage.getByRole('button', { name: nl.factors.enrol.phoneSend }).click();
  let smsCode: string | undefined;
  await expect
    .poll(async () => {
      const sms = (await outbox(page)).find(
        (message) => message.channel === 'sms' && message.recipient.endsWith('11223344'),
      );
      smsCode = sms ? /Verzuim-code is (\d{6})/.exec(sms.bodyText)?.[1] : undefined;
      return smsCode !== undefined;
    })
    .toBe(true);
  await managerPage.getByRole('textbox', { name: nl.factors.enrol.code }).fill(smsCode ?? '');
  await managerPage.getByRole('button', { name: nl.factors.enrol.confirm }).click();
  await managerPage.getByRole('button', { name: nl.factors.backupCodes.saved }).click();
  await expect(managerPage.getByRole('heading', { name: nl.dashboard.title })).toBeVisible();

  // Dossier zoeken lists only employees of Thuiszorg and its teams, fewer than the demo sees.
  await managerPage.goto(`${origin}/werknemers`);
  const results = managerPage.getByRole('table', { name: nl.employees.search.results });
  await expect(results.locator('tbody tr').first()).toBeVisible();
  const departmentCells = await results
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('td')[3]?.textContent ?? ''));
  expect(departmentCells.length).toBeGreaterThan(0);
  for (const department of departmentCells) expect(thuiszorg).toContain(department.trim());
  const managerCount = Number(
    /\d+/.exec(
      (await managerPage.getByText(/Aantal gevonden werknemers/).textContent()) ?? '',
    )?.[0],
  );
  await page.goto('/werknemers');
  await expect(
    page.getByRole('table', { name: nl.employees.search.results }).locator('tbody tr').first(),
  ).toBeVisible();
  const demoCount = Number(
    /\d+/.exec((await page.getByText(/Aantal gevonden werknemers/).textContent()) ?? '')?.[0],
  );
  expect(managerCount).toBeGreaterThan(0);
  expect(managerCount).toBeLessThan(demoCount);
  await managerPage.screenshot({ path: screenshotPath('manager-scope-nl'), fullPage: true });
  expect(managerProblems).toEqual([]);
  await managerContext.close();

  // In English: deactivate at once; the status becomes Expired ("verlopen").
  await chooseLanguage(page, en.language.en);
  await page.goto(`${detailUrl}?tab=gegevens`);
  await page.getByRole('button', { name: en.users.detail.deactivate.button }).click();
  const confirm = page.getByRole('dialog', { name: en.users.detail.deactivate.title });
  await confirm
    .getByRole('button', { name: en.users.detail.deactivate.submit, exact: true })
    .click();
  await expect(
    page.getByText(`${en.users.detail.statusLabel}: ${en.users.status.expired}`),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: en.users.detail.reactivate.button })).toBeVisible();
  await page.goto('/gebruikersbeheer');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: manager.loginName }) });
  await expect(row.getByText(en.users.status.expired, { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath('users-en'), fullPage: true });

  // The demo user keeps Dutch for the other journeys.
  await chooseLanguage(page, nl.language.nl);
  await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();
});
