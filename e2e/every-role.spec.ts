import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, fetchHeaders, openAs, test } from './support.js';

/**
 * Every demo role, in Dutch and in English, walks every item of its menu and every link of its
 * start page's widgets: nothing offered to a role leads to "geen toegang" (issue 18: the
 * verzuimmelder was offered Statistieken, dossier links and an empty Actueel verzuim).
 */

// One after the other, as every journey (one worker): each role's language is set and put back.
test.describe.configure({ mode: 'serial' });

// The arbodienst's own accounts log in without a chosen employer (they pick one in the header).
const operatorRoles = ['beheerder', 'casemanager', 'bedrijfsarts'];
const roles = ['demo', 'manager', 'melder', 'koppeling', 'teamleider', ...operatorRoles];

async function setLanguage(page: Page, locale: 'nl' | 'en') {
  const response = await page.request.patch('/api/me/preferences', {
    headers: fetchHeaders,
    data: { locale },
  });
  expect(response.ok()).toBe(true);
}

/** The paths of the links in the main menu, and of those in the start page's main area. */
async function linksIn(page: Page, where: 'navigation' | 'main'): Promise<string[]> {
  const area = where === 'navigation' ? page.getByRole('navigation').first() : page.locator('main');
  const hrefs = await area
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => !href.startsWith('/api/')))];
}

/** Opens `path` and checks it shows no refusal in either language. */
async function expectAccess(page: Page, role: string, path: string) {
  const refused: string[] = [];
  const onResponse = (response: { status: () => number; url: () => string }) => {
    if (response.status() === 403) refused.push(response.url());
  };
  page.on('response', onResponse);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  for (const forbidden of [nl.errors.forbidden, en.errors.forbidden]) {
    await expect(page.getByText(forbidden), `${role} on ${path}`).toHaveCount(0);
  }
  expect(refused, `${role} on ${path}: refused requests`).toEqual([]);
}

for (const role of roles) {
  test(`${role}: every menu item and start-page link opens, in Dutch and English`, async ({
    page,
  }) => {
    // Every page of both languages is also checked by axe (the journeys' `test`): minutes per role.
    test.setTimeout(360_000);
    await openAs(page, role);
    try {
      for (const locale of ['nl', 'en'] as const) {
        await setLanguage(page, locale);
        await page.goto('/');
        const catalogue = locale === 'nl' ? nl : en;
        await expect(
          page.getByRole('heading', { name: catalogue.dashboard.title, level: 1 }),
        ).toBeVisible();
        await page.waitForLoadState('networkidle');
        const targets = [...(await linksIn(page, 'navigation')), ...(await linksIn(page, 'main'))];
        expect(targets.length, role).toBeGreaterThan(2);
        if (operatorRoles.includes(role)) {
          // No employer chosen yet: the start page says so instead of asking employer-bound data.
          await expect(
            page.getByText(catalogue.dashboard.chooseEmployer.title, { exact: true }),
          ).toBeVisible();
          // A typed address of an employer's page leads back here, where the choice is asked for.
          for (const typed of ['/taken', '/actueel-verzuim', '/statistieken', '/werknemers']) {
            await page.goto(typed);
            await expect(page, `${role} typing ${typed}`).toHaveURL(/\/$/);
            await expect(
              page.getByText(catalogue.dashboard.chooseEmployer.title, { exact: true }),
            ).toBeVisible();
          }
        }
        if (role === 'melder') {
          expect(targets).not.toContain('/statistieken');
          expect(targets.some((target) => target.startsWith('/actueel-verzuim'))).toBe(true);
        }
        for (const target of new Set(targets)) await expectAccess(page, role, target);
      }
    } finally {
      await setLanguage(page, 'nl');
    }
  });
}
