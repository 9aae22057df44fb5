import { type Cookie, type Download, expect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { e2eDemo } from '../playwright.config.js';
import { en, type Messages, nl } from '../src/contracts/i18n/index.js';
import { demoTotpSecret } from '../src/server/seed/demo-keys.js';
import { test as base } from './axe.js';

export { e2eDemo };

export const screenshotPath = (name: string) => `e2e/output/${name}.png`;

/**
 * Collects a page's console errors and uncaught exceptions. A logged-out visit asks /api/auth/me,
 * which answers 401 by design; Chromium logs that as a failed resource, so by default exactly
 * that status is allowed. `allowedStatuses` widens it for journeys that provoke refusals.
 */
export function failOnConsoleErrors(
  page: Page,
  allowedStatuses: readonly number[] = [401],
  problems: string[] = [],
): string[] {
  const allowed = new RegExp(
    `Failed to load resource: the server responded with a status of (${allowedStatuses.join('|')})`,
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (allowed.test(message.text())) return;
    problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

/**
 * The journeys' `test` (import it from here, never from @playwright/test): every page of the
 * test's browser context fails the test on a console error or an uncaught exception, checked
 * when the test ends. A journey that provokes refusals on purpose names the statuses it allows:
 * `test.use({ allowedHttpErrors: [400, 401, 403] })`. Built on the `test` of e2e/axe.ts, which
 * checks every page the journey visits with axe.
 */
export const test = base.extend<{ allowedHttpErrors: number[] }>({
  allowedHttpErrors: [[401], { option: true }],
  context: async ({ context, allowedHttpErrors }, use) => {
    const problems: string[] = [];
    context.on('page', (page) => failOnConsoleErrors(page, allowedHttpErrors, problems));
    await use(context);
    expect(problems, 'console errors in the browser').toEqual([]);
  },
});

export { expect };

/**
 * The code a seeded user's authenticator app shows now (each demo user has its own key, derived
 * from the base key the server was given), waiting for a fresh step if this user's last code was
 * this one: the server refuses a code used before (replay protection), per user. The last code is
 * kept in a file per user: Playwright starts a new worker process after a failed test, so memory
 * alone would hand it out again.
 */
export async function freshTotpCode(loginName: string = e2eDemo.loginName): Promise<string> {
  const secret = demoTotpSecret(e2eDemo.totpSecret, loginName);
  const lastCodeFile = path.join(
    os.tmpdir(),
    `verzuim-e2e-last-totp-${process.env.E2E_PORT ?? 3100}-${loginName}`,
  );
  for (;;) {
    const code = await generate({ secret });
    const lastCode = await readFile(lastCodeFile, 'utf8').catch(() => '');
    if (code !== lastCode) {
      await writeFile(lastCodeFile, code);
      return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Logs in as the demo user, or as another seeded user sharing its password. */
export async function logInAsDemo(
  page: Page,
  labels: { loginName: string; password: string; submit: string; code: string; confirm: string },
  loginName: string = e2eDemo.loginName,
) {
  await page.getByRole('textbox', { name: labels.loginName, exact: true }).fill(loginName);
  await page.getByRole('textbox', { name: labels.password, exact: true }).fill(e2eDemo.password);
  await page.getByRole('button', { name: labels.submit }).click();
  await page
    .getByRole('textbox', { name: labels.code, exact: true })
    .fill(await freshTotpCode(loginName));
  await page.getByRole('button', { name: labels.confirm }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Logs in as the demo user (or another seeded user) with the Dutch login screens. */
export async function logInAsDemoInDutch(page: Page, loginName?: string) {
  await page.goto('/login');
  await logInAsDemo(
    page,
    {
      loginName: nl.auth.login.loginName,
      password: nl.auth.login.password,
      submit: nl.auth.login.submit,
      code: nl.auth.secondFactor.code,
      confirm: nl.auth.secondFactor.submit,
    },
    loginName,
  );
}

/** What the web app sends with every API call (the server's CSRF check asks for it). */
export const fetchHeaders = { 'x-requested-with': 'fetch' };

/** The user's language, set through the preferences API as the settings page does. */
export async function setLanguage(page: Page, locale: 'nl' | 'en') {
  const response = await page.request.patch('/api/me/preferences', {
    headers: fetchHeaders,
    data: { locale },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * Walks the same journey in Dutch, then in English, with the user's language set for each; Dutch
 * is set back afterwards, also when the walk fails (the journeys after it expect Dutch).
 */
export async function inDutchAndEnglish(
  page: Page,
  walk: (text: Messages, locale: 'nl' | 'en') => Promise<void>,
) {
  try {
    for (const [locale, text] of [
      ['nl', nl],
      ['en', en],
    ] as const) {
      await setLanguage(page, locale);
      await walk(text, locale);
    }
  } finally {
    await setLanguage(page, 'nl');
  }
}

/** Clicks what starts a download and waits for the file. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  return file;
}

/** Clicks what downloads an Excel file, checks that it is one, and reads it. */
export async function downloadWorkbook(page: Page, trigger: Locator) {
  const file = await downloadFrom(page, trigger);
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  return { file, workbook };
}

/** GET of the API with the page's session; fails the journey on anything but 2xx. */
export async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url, { headers: fetchHeaders });
  expect(response.ok(), url).toBe(true);
  return (await response.json()) as T;
}

/** What /api/auth/me says of the page's session, or null when it has none. */
async function currentUser(page: Page): Promise<string | null> {
  const response = await page.request.get('/api/auth/me', { headers: fetchHeaders });
  return response.ok() ? JSON.stringify(((await response.json()) as { user: unknown }).user) : null;
}

/** Per worker process: each user's session cookies, and who /api/auth/me said it was then. */
const sessions = new Map<string, { cookies: Cookie[]; user: string }>();

/**
 * Opens `to` logged in as a seeded user, for journeys whose subject is not the login: with this
 * worker's earlier session of the user when the server still holds it exactly as a login leaves
 * it (same employer, role and name); else by a Dutch login, whose session is kept for the next
 * journey. A journey that needs a fresh login (a step-up, the login itself) uses
 * logInAsDemoInDutch.
 */
export async function openAs(page: Page, loginName: string = e2eDemo.loginName, to = '/') {
  const saved = sessions.get(loginName);
  if (saved) {
    await page.context().addCookies(saved.cookies);
    if ((await currentUser(page)) === saved.user) {
      await page.goto(to);
      await expect(page).not.toHaveURL(/\/login/);
      return;
    }
    await page.context().clearCookies();
  }
  await logInAsDemoInDutch(page, loginName);
  const user = await currentUser(page);
  if (user === null) throw new Error(`${loginName} has no session after logging in`);
  sessions.set(loginName, { cookies: await page.context().cookies(), user });
  if (to !== '/') await page.goto(to);
}

/** A demo employee as Dossier zoeken lists it. */
export type DemoEmployee = { id: string; firstName: string; lastName: string };

/**
 * The demo employees (name order, first 100) who have no case at all. The demo employer has two
 * years of absence (issue 12): a journey that reports someone sick needs a person without an open
 * case to collide with and without a recent one the new report would continue as a recurrence.
 * Each journey takes a different index, so that the journeys in one run do not share a person.
 */
export async function employeesWithoutCases(page: Page): Promise<DemoEmployee[]> {
  const { items } = await getJson<{ items: DemoEmployee[] }>(page, '/api/employees?limit=100');
  const free: DemoEmployee[] = [];
  for (const employee of items) {
    const { cases } = await getJson<{ cases: unknown[] }>(
      page,
      `/api/employees/${employee.id}/cases`,
    );
    if (cases.length === 0) free.push(employee);
  }
  return free;
}
