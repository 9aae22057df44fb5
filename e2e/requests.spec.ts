import { expect, type Page, test } from '@playwright/test';
import { logInAsDemoInDutch } from './support.js';

/**
 * Each request once per page (issue 17): a page load asks the API for each thing once, however
 * many parts of the page (the layout, a gate, the page, a widget) show it.
 */

/** The API GETs the page makes while it loads `path`, until the network is quiet. */
async function apiCallsOf(page: Page, path: string): Promise<string[]> {
  const calls: string[] = [];
  const record = (request: { method(): string; url(): string }) => {
    const url = new URL(request.url());
    if (request.method() === 'GET' && url.pathname.startsWith('/api/'))
      calls.push(url.pathname + url.search);
  };
  // Leave the previous page first: requests its widgets still make must not count for this one.
  await page.goto('about:blank');
  page.on('request', record);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  return calls;
}

const twice = (calls: string[]) => calls.filter((call, index) => calls.indexOf(call) !== index);

test('every page load asks the API for each thing once', async ({ page }) => {
  test.setTimeout(120_000);
  await logInAsDemoInDutch(page);
  const employees = await page.request.get('/api/employees?limit=1', {
    headers: { 'x-requested-with': 'fetch' },
  });
  const [employee] = (await employees.json()).items as { id: string }[];
  if (!employee) throw new Error('the demo has no employees');

  for (const path of [
    '/',
    '/datakluis',
    '/gebruikersbeheer',
    '/werknemers',
    `/werknemers/${employee.id}`,
    '/verzuim-melden',
    '/werkgevers',
    '/auditlog',
  ]) {
    const calls = await apiCallsOf(page, path);
    expect(calls.length, `${path} asks the API something`).toBeGreaterThan(0);
    expect(twice(calls), `${path} asks each thing once: ${calls.join(', ')}`).toEqual([]);
  }
});
