import { expect, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { e2eDemo } from '../playwright.config.js';
import { nl } from '../src/contracts/i18n/index.js';

export { e2eDemo };

export const screenshotPath = (name: string) => `e2e/output/${name}.png`;

/**
 * Fails the test on console errors. A logged-out visit asks /api/auth/me, which answers 401 by
 * design; Chromium logs that as a failed resource, so exactly that one is allowed.
 */
export function failOnConsoleErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource: the server responded with a status of 401/.test(message.text()))
      return;
    problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

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

/** Logs in as the demo user with the Dutch login screens. */
export async function logInAsDemoInDutch(page: Page) {
  await page.goto('/login');
  await logInAsDemo(page, {
    loginName: nl.auth.login.loginName,
    password: nl.auth.login.password,
    submit: nl.auth.login.submit,
    code: nl.auth.secondFactor.code,
    confirm: nl.auth.secondFactor.submit,
  });
}
