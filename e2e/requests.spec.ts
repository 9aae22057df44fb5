import type { Page, Request } from '@playwright/test';
import { expect, openAs, test } from './support.js';

/**
 * Each request once per page (issue 17): a page load asks the API for each thing once, however
 * many parts of the page (the layout, a gate, the page, a widget) show it.
 */

/**
 * The API GETs the page makes while it loads `path`, until its API traffic has been quiet for a
 * second. Not `networkidle`: with the scripts cached, a busy machine can take longer than its
 * 500 ms to run them, so the page would count as loaded before it asked anything.
 */
async function apiCallsOf(page: Page, path: string): Promise<string[]> {
  const calls: string[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  const isApi = (request: Request) => new URL(request.url()).pathname.startsWith('/api/');
  const started = (request: Request) => {
    if (!isApi(request)) return;
    pending += 1;
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (request.method() === 'GET') calls.push(url.pathname + url.search);
  };
  const ended = (request: Request) => {
    if (!isApi(request)) return;
    pending -= 1;
    lastActivity = Date.now();
  };
  // Leave the previous page first: requests its widgets still make must not count for this one.
  await page.goto('about:blank');
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  await page.goto(path);
  await expect
    .poll(() => calls.length > 0 && pending === 0 && Date.now() - lastActivity > 1000, {
      message: `${path} finishes asking the API`,
      timeout: 30_000,
    })
    .toBe(true);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
  return calls;
}

const twice = (calls: string[]) => calls.filter((call, index) => calls.indexOf(call) !== index);

/** Loads each path and checks it asks the API something, and each thing once. */
async function expectEachCallOnce(page: Page, paths: string[]) {
  for (const path of paths) {
    const calls = await apiCallsOf(page, path);
    expect(calls.length, `${path} asks the API something`).toBeGreaterThan(0);
    expect(twice(calls), `${path} asks each thing once: ${calls.join(', ')}`).toEqual([]);
  }
}

test('every page load asks the API for each thing once', async ({ page }) => {
  test.setTimeout(120_000);
  await openAs(page);
  const employees = await page.request.get('/api/employees?limit=1', {
    headers: { 'x-requested-with': 'fetch' },
  });
  const [employee] = (await employees.json()).items as { id: string }[];
  if (!employee) throw new Error('the demo has no employees');

  await expectEachCallOnce(page, [
    '/',
    '/datakluis',
    '/gebruikersbeheer',
    '/werknemers',
    `/werknemers/${employee.id}`,
    '/verzuim-melden',
  ]);
});

// The operator's own pages, as the operator admin who has them in the menu (the demo super user
// may not use them: its API would refuse them).
test('the operator pages ask the API for each thing once', async ({ page }) => {
  test.setTimeout(120_000);
  await openAs(page, 'beheerder');
  await expectEachCallOnce(page, ['/', '/werkgevers', '/auditlog']);
});
