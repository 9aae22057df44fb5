import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, test } from './support.js';

/**
 * The seeded demo users can be edited as they are (every field the form requires is filled in),
 * and a form that cannot save names the field that blocks it and puts the focus there: in
 * Dutch, then in English.
 */

async function chooseLanguage(page: Page, label: string) {
  await page.goto('/instellingen');
  await page.getByText(label, { exact: true }).click();
}

test('a demo user is edited as seeded; an empty field is named and focused (Dutch, then English)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page);
  await page.goto('/gebruikersbeheer');
  await page.getByRole('link', { name: 'Mehmet Yıldız' }).click();
  const detailUrl = page.url();

  // Saved as seeded: nothing is missing.
  await page.getByRole('button', { name: nl.users.detail.save }).click();
  await expect(
    page.getByText(nl.users.detail.saved.replace('{{name}}', 'Mehmet Yıldız')),
  ).toBeVisible();

  // An emptied e-mail address: the form says which field, and the focus goes there.
  const email = page.getByRole('textbox', { name: nl.users.form.email });
  await email.fill('');
  await page.getByRole('button', { name: nl.users.detail.save }).click();
  await expect(
    page.getByRole('alert').filter({
      hasText: nl.common.form.blockingFields.replace('{{fields}}', nl.users.form.email),
    }),
  ).toBeVisible();
  await expect(email).toBeFocused();

  await chooseLanguage(page, en.language.en);
  await page.goto(detailUrl);
  const firstName = page.getByRole('textbox', { name: en.users.form.firstName });
  await firstName.fill('');
  await page.getByRole('button', { name: en.users.detail.save }).click();
  await expect(
    page.getByRole('alert').filter({
      hasText: en.common.form.blockingFields.replace('{{fields}}', en.users.form.firstName),
    }),
  ).toBeVisible();
  await expect(firstName).toBeFocused();

  // The demo user keeps Dutch for the other journeys.
  await chooseLanguage(page, nl.language.nl);
});
