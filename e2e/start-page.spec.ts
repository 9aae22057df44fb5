import { nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, test } from './support.js';

/** The start page asks each API call once (issue 17: vault/status was asked twice). */
test('the start page asks each API call once', async ({ page }) => {
  await openAs(page);
  await expect(page.getByRole('heading', { name: nl.dashboard.title, level: 1 })).toBeVisible();

  // A fresh load of the start page, counted from the first request to the last.
  const asked = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.startsWith('/api/'))
      asked.set(url.pathname, (asked.get(url.pathname) ?? 0) + 1);
  });
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { name: nl.dashboard.title, level: 1 })).toBeVisible();

  expect(asked.get('/api/vault/status')).toBe(1);
  expect([...asked].filter(([, count]) => count > 1)).toEqual([]);
});
