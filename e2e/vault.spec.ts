import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, logInAsDemoInDutch, screenshotPath, setLanguage, test } from './support.js';

/**
 * De datakluis (data vault), in Dutch with one step in English: the first super user of a new
 * employer signs the user agreement before anyone can work; a manager asks for vault access (in
 * English) and the demo super user, vault admin of the demo employer, approves it; the demo
 * super user shows an employee's BSN after password and second factor again.
 */

async function logOut(page: Page, label: string) {
  await page.getByRole('button', { name: label }).click();
  await expect(page).toHaveURL(/\/login/);
}

test('the first super user of a new employer signs the datakluis agreement before working', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logInAsDemoInDutch(page, 'nieuwbv');

  // Nothing works yet: the agreement is shown instead of the start page.
  await expect(page.getByRole('heading', { name: nl.vault.gate.title, level: 1 })).toBeVisible();
  await expect(page.getByText('Gebruikersovereenkomst Datakluis').first()).toBeVisible();
  await page.getByRole('button', { name: nl.vault.gate.sign }).click();
  await expect(page.getByText(nl.vault.gate.acceptRequired)).toBeVisible();

  await page.getByRole('textbox', { name: nl.vault.gate.authorisedName }).fill('Mr. A. Bevoegd');
  await page
    .getByRole('textbox', { name: nl.vault.gate.authorisedEmail })
    .fill('directie@nieuwbedrijf.example');
  await page.getByRole('checkbox').check();
  await page.screenshot({ path: screenshotPath('vault-agreement'), fullPage: true });
  await page.getByRole('button', { name: nl.vault.gate.sign }).click();

  await expect(page.getByRole('heading', { name: nl.dashboard.title })).toBeVisible();
  // The signer is now the datakluisbeheerder.
  await page.getByRole('link', { name: nl.vault.nav, exact: true }).click();
  await expect(page.getByRole('heading', { name: nl.vault.page.adminTitle })).toBeVisible();
  await page.getByRole('tab', { name: nl.vault.page.tabs.agreements }).click();
  await expect(page.getByRole('cell', { name: nl.vault.documents.user_agreement })).toBeVisible();

  // The confirmation went to the legally authorised person.
  await page.goto('/dev/outbox');
  await expect(page.getByText('directie@nieuwbedrijf.example').first()).toBeVisible();
});

test('a manager asks for vault access (English) and the vault admin approves it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logInAsDemoInDutch(page, 'manager');
  // This manager works in English.
  await setLanguage(page, 'en');
  await page.goto('/datakluis');
  await expect(page.getByRole('heading', { name: en.vault.page.title })).toBeVisible();
  await expect(page.getByText(en.vault.self.noAccess)).toBeVisible();
  await page.getByRole('button', { name: en.vault.self.request }).click();
  await expect(page.getByText(en.vault.self.pending)).toBeVisible();
  await setLanguage(page, 'nl');
  await logOut(page, en.nav.logout);
  // The login page keeps the last language of this browser: back to Dutch.
  await page.getByText(nl.language.nl).click();

  await logInAsDemoInDutch(page);
  const widget = page.getByRole('region', { name: nl.vault.widget.title });
  await expect(widget.getByText(nl.vault.widget.pending.replace('{{count}}', '1'))).toBeVisible();
  await widget.getByRole('link', { name: nl.vault.widget.open }).click();
  await expect(page.getByRole('tab', { name: nl.vault.page.tabs.requests })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const row = page.getByRole('row', { name: /Marloes van der Linden/ });
  await row.getByRole('button', { name: nl.vault.requests.approve }).click();
  await expect(
    page.getByText(nl.vault.requests.approvedNotice.replace('{{name}}', 'Marloes van der Linden')),
  ).toBeVisible();
  await expect(row.getByText(nl.vault.requests.approved)).toBeVisible();

  await page.getByRole('tab', { name: nl.vault.page.tabs.authorisation }).click();
  await expect(
    page.getByRole('switch', {
      name: nl.vault.authorisation.accessFor.replace('{{name}}', 'Marloes van der Linden'),
    }),
  ).toBeChecked();
});

test('the vault admin shows a BSN, which is logged, and hides it again', async ({ page }) => {
  test.setTimeout(120_000);
  // The login's second factor counts as the step-up for 5 minutes (5 min + 1 s later the API
  // refuses: vault.routes.test.ts, with a fake clock).
  await logInAsDemoInDutch(page);
  const response = await page.request.get('/api/employees?limit=1');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { id: string }[] };
  await page.goto(`/werknemers/${items[0]?.id ?? ''}`);

  const vault = page.getByRole('region', { name: nl.employees.dossier.sections.vault });
  const masked = vault.getByText(/^•••••\d{4}$/);
  await expect(masked).toBeVisible();
  const lastFour = ((await masked.textContent()) ?? '').slice(-4);
  await expect(vault.getByText(nl.vault.section.revealLogged)).toBeVisible();
  await vault.getByRole('button', { name: nl.vault.section.reveal }).click();

  await expect(vault.getByText(new RegExp(`^\\d{5}${lastFour}$`))).toBeVisible();
  await page.screenshot({ path: screenshotPath('vault-revealed'), fullPage: true });
  await vault.getByRole('button', { name: nl.vault.section.hide }).click();
  await expect(vault.getByText(`•••••${lastFour}`)).toBeVisible();
});
