import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, screenshotPath, test } from './support.js';

/**
 * Koppelingen (issue 13): the integration super user makes an API client for the HR system, sees
 * its secret once, and revokes it after a confirmation: in Dutch, then in English.
 */

test.describe.configure({ mode: 'serial' });

type Texts = (typeof en)['apiClients'];

async function makeAndRevoke(page: Page, texts: Texts, name: string, screenshot: string) {
  await page.getByRole('link', { name: texts.nav }).click();
  await expect(page.getByRole('heading', { name: texts.title, level: 1 })).toBeVisible();

  await page.getByRole('button', { name: texts.add }).click();
  const form = page.getByRole('dialog', { name: texts.add });
  await form.getByRole('textbox', { name: texts.name }).fill(name);
  await form
    .getByRole('checkbox', { name: `${texts.scopeNames.employeesRead} (employees:read)` })
    .check();
  await form
    .getByRole('checkbox', { name: `${texts.scopeNames.absencesRead} (absences:read)` })
    .check();
  await form.getByRole('button', { name: texts.save }).click();

  const shown = page.getByRole('dialog', { name: texts.secretTitle });
  const secret = await shown.getByRole('textbox', { name: texts.clientSecret }).inputValue();
  expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await expect(shown.getByText(texts.secretText)).toBeVisible();
  await page.screenshot({ path: screenshotPath(screenshot), fullPage: true });
  await shown.getByRole('button', { name: texts.done }).click();
  await expect(shown).toBeHidden();

  // The row, and the secret nowhere any more.
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(texts.active);
  await expect(page.getByText(secret)).toHaveCount(0);

  await row.getByRole('button', { name: texts.revoke }).click();
  const confirm = page.getByRole('dialog', { name: texts.revokeTitle });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: texts.revokeConfirm }).click();
  await expect(page.getByText(texts.revoked)).toBeVisible();
  await expect(row.getByRole('button', { name: texts.revoke })).toHaveCount(0);
}

test('the integration super user makes a client, sees its secret once and revokes it (Dutch)', async ({
  page,
}) => {
  await openAs(page, 'koppeling');
  await page.getByRole('link', { name: nl.apiClients.nav }).click();
  // The demo has no clients yet: the empty state says what the page is for.
  await expect(page.getByText(nl.apiClients.empty)).toBeVisible();
  await page.goto('/');
  await makeAndRevoke(page, nl.apiClients, 'AFAS Productie', 'api-clients-nl');
});

test('the same in English', async ({ page }) => {
  await openAs(page, 'koppeling');
  await page.goto('/instellingen');
  await page.getByText(en.language.en).click();
  await expect(page.getByRole('link', { name: en.apiClients.nav })).toBeVisible();
  try {
    await makeAndRevoke(page, en.apiClients, 'Visma Test', 'api-clients-en');
  } finally {
    await page.goto('/instellingen');
    await page.getByText(nl.language.nl).click();
    await expect(page.getByRole('link', { name: nl.apiClients.nav })).toBeVisible();
  }
});
