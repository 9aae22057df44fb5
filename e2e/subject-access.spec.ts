import { readFile } from 'node:fs/promises';
import { nl } from '../src/contracts/i18n/index.js';
import { readZipEntry } from '../src/server/platform/zip/zip.js';
import { downloadFrom, expect, fetchHeaders, getJson, openAs, test } from './support.js';

/**
 * Inzage (issue 14, AVG art. 15): the operator admin chooses the demo employer, opens an
 * employee's dossier, confirms that the download is logged and receives the ZIP. What the ZIP
 * holds and who may ask for it is proven by retention.subject-access.test.ts.
 */
test('the operator admin downloads an employee’s subject-access export (Dutch)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openAs(page);
  const { user } = await getJson<{ user: { employer: { id: string } | null } }>(
    page,
    '/api/auth/me',
  );
  const employerId = user.employer?.id;
  if (!employerId) throw new Error('the demo user acts for no employer');
  const { items } = await getJson<{ items: { id: string }[] }>(page, '/api/employees?limit=1');
  const employeeId = items[0]?.id;
  if (!employeeId) throw new Error('the demo employer has no employees');

  await page.context().clearCookies();
  await openAs(page, 'beheerder');
  const chosen = await page.request.put('/api/me/active-employer', {
    headers: fetchHeaders,
    data: { employerId },
  });
  expect(chosen.ok()).toBe(true);
  try {
    await page.goto(`/werknemers/${employeeId}`);
    await page
      .getByRole('button', { name: nl.retention.subjectAccess.button, exact: true })
      .click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(nl.retention.subjectAccess.confirmText)).toBeVisible();
    const file = await downloadFrom(
      page,
      dialog.getByRole('button', { name: nl.retention.subjectAccess.confirm }),
    );
    expect(file.suggestedFilename()).toMatch(/^inzage-.+\.zip$/);
    const zip = await readFile(await file.path());
    const json = JSON.parse(readZipEntry(zip, 'gegevens.json', 50_000_000)?.toString() ?? '{}') as {
      employee?: { id: string };
    };
    expect(json.employee?.id).toBe(employeeId);
    await expect(page.getByText(nl.retention.subjectAccess.done)).toBeVisible();
  } finally {
    // The session's chosen employer would follow the operator admin into the next journeys.
    await page.request.post('/api/auth/logout', { headers: fetchHeaders });
  }
});
