import { expect, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { e2eDemo } from '../playwright.config.js';
import { nl } from '../src/contracts/i18n/index.js';
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
 * The code an authenticator app shows now, waiting for a fresh step if this one was used. The
 * last code is kept in a file: Playwright starts a new worker process after a failed test, and the
 * server refuses a code used before (replay protection), so memory alone would hand it out again.
 */
const lastCodeFile = path.join(
  os.tmpdir(),
  `verzuim-e2e-last-totp-${process.env.E2E_PORT ?? 3100}`,
);
export async function freshTotpCode(secret: string): Promise<string> {
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

/** Logs in as the demo user, or as another seeded user sharing its password and key. */
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
    .fill(await freshTotpCode(e2eDemo.totpSecret));
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
