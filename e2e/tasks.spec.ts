import { expect, type Page, test } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { failOnConsoleErrors, logInAsDemoInDutch, screenshotPath } from './support.js';

/**
 * Taken (SPEC.md §2.7): a case opened 50 days ago shows its probleemanalyse as late in the
 * start page's widget and in the dossier's poortwachter timeline; plan van aanpak is marked done
 * there; the recovery sets the open tasks aside. Once in Dutch, once in English.
 */

// One after the other: both log in as demo, and a TOTP code works only once.
test.describe.configure({ mode: 'serial' });

const fetchHeaders = { 'x-requested-with': 'fetch' };

/** A civil date `days` from today in the Netherlands. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

/** A demo employee without an open case, reported sick 50 days ago through the API. */
async function employeeSickFor50Days(page: Page, skip: number) {
  const response = await page.request.get('/api/employees?limit=20', { headers: fetchHeaders });
  expect(response.ok()).toBe(true);
  const employees = (await response.json()).items as { id: string; lastName: string }[];
  const healthy = [];
  for (const employee of employees) {
    const cases = await page.request.get(`/api/employees/${employee.id}/cases`, {
      headers: fetchHeaders,
    });
    const list = (await cases.json()).cases as { lastDay: string | null }[];
    if (list.every((item) => item.lastDay !== null)) healthy.push(employee);
  }
  const employee = healthy.at(-1 - skip);
  if (!employee) throw new Error('no demo employee without an open case');
  const reported = await page.request.post(`/api/employees/${employee.id}/cases`, {
    headers: fetchHeaders,
    data: { classification: 'illness', firstSickDay: dayFromToday(-50), percentage: 100 },
  });
  expect(reported.status()).toBe(201);
  return { ...employee, caseId: ((await reported.json()) as { id: string }).id };
}

async function journey(page: Page, text: typeof en, skip: number, shot: string) {
  const employee = await employeeSickFor50Days(page, skip);
  await page.goto('/');
  const late = page.getByTestId('tasks-late');
  await expect(late.getByText(text.tasks.widget.late)).toBeVisible();
  const analysis = late.getByRole('link', { name: new RegExp(`Probleemanalyse|Problem analysis`) });
  await expect(analysis.filter({ hasText: employee.lastName }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath(`${shot}-widget`) });

  await analysis.filter({ hasText: employee.lastName }).first().click();
  await expect(page).toHaveURL(new RegExp(`/werknemers/${employee.id}#poortwachter`));
  const timeline = page.getByTestId('task-timeline').first();
  // 50 days ago is sick-day 51 today: week 8 of 104.
  await expect(timeline.getByTestId('sick-week')).toHaveText(
    text.tasks.timeline.progress
      .replace('{{sickDay}}', '51')
      .replace('{{week}}', '8')
      .replace('{{ofWeeks}}', '104'),
  );
  const taskNamed = (name: RegExp) =>
    timeline.getByTestId('task').filter({ has: page.getByText(name) });
  const analysisTask = taskNamed(/^(Probleemanalyse|Problem analysis)$/);
  await expect(analysisTask.getByTestId('task-state')).toHaveText(text.tasks.state.late);
  const plan = taskNamed(/^(Plan van aanpak|Action plan)$/);
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.now);
  await plan.getByRole('button', { name: /Plan van aanpak|Action plan/ }).click();
  await page.getByRole('menuitem', { name: text.tasks.actions.doneToday }).click();
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.done);
  await page.screenshot({ path: screenshotPath(`${shot}-timeline`), fullPage: true });

  // Full recovery: the open tasks are set aside by the system; the done one stays done.
  const recovered = await page.request.post(`/api/cases/${employee.caseId}/recovery`, {
    headers: fetchHeaders,
    data: { lastSickDay: dayFromToday(0) },
  });
  expect(recovered.ok()).toBe(true);
  await page.reload();
  await expect(analysisTask.getByTestId('task-state')).toHaveText(text.tasks.state.set_aside);
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.done);
}

test('a case opened 50 days ago shows its probleemanalyse late (Dutch)', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = failOnConsoleErrors(page);
  await logInAsDemoInDutch(page);
  await journey(page, nl, 0, 'tasks-nl');
  await page.getByRole('link', { name: nl.tasks.page.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: nl.tasks.page.title })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a case opened 50 days ago shows its probleemanalyse late (English)', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = failOnConsoleErrors(page);
  await logInAsDemoInDutch(page);
  await page.goto('/instellingen');
  await page.getByText(en.language.en).click();
  await expect(page.getByRole('link', { name: en.nav.home })).toBeVisible();
  try {
    await journey(page, en, 1, 'tasks-en');
  } finally {
    // Back to Dutch: the language is saved on the account the other journeys share.
    await page.goto('/instellingen');
    await page.getByText(nl.language.nl).click();
    await expect(page.getByRole('link', { name: nl.nav.home })).toBeVisible();
  }
  expect(problems).toEqual([]);
});
