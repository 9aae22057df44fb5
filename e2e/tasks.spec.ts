import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { accessibilityViolations } from './axe.js';
import {
  employeesWithoutCases,
  expect,
  getJson,
  fetchHeaders,
  openAs,
  screenshotPath,
  test,
} from './support.js';
import { amsterdamDateOf } from '../src/contracts/formats.js';

/**
 * Taken (SPEC.md §2.7): a case opened 50 days ago shows its probleemanalyse as late in the
 * start page's widget and in the dossier's poortwachter timeline; the user postpones it (the
 * sick report to the arbodienst, with its legal deadline, offers no postponement) and marks plan
 * van aanpak done through their forms; the recovery sets the open tasks aside. Once in Dutch,
 * once in English.
 */

// One after the other: both act as demo in the session openAs keeps for it.
test.describe.configure({ mode: 'serial' });

/** A civil date `days` from today in the Netherlands. */
function dayFromToday(days: number): string {
  const today = amsterdamDateOf(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days))
    .toISOString()
    .slice(0, 10);
}

/**
 * A demo employee without any case (so no recurrence continues an earlier one's tasks), reported
 * sick 50 days ago through the API.
 */
async function employeeSickFor50Days(page: Page, skip: number) {
  const employee = (await employeesWithoutCases(page)).at(-1 - skip);
  if (!employee) throw new Error('no demo employee without a case');
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
  await expect(timeline).toBeVisible();
  // The section is titled after its tasks: "Poortwachter" for sickness alone, else "Taken".
  const pregnancies = await page
    .locator('[data-testid="task-timeline"][data-kind="pregnancy"]')
    .count();
  await expect(page.locator('section#poortwachter').getByRole('heading', { level: 2 })).toHaveText(
    pregnancies === 0 ? text.tasks.timeline.titles.sickness : text.tasks.timeline.titles.all,
  );
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
  const menuOf = async (task: ReturnType<typeof taskNamed>) => {
    await task.getByRole('button', { name: text.tasks.actions.label.split('{{')[0] }).click();
    return page.getByRole('menu');
  };

  // The sick report to the arbodienst keeps its legal date: postponing is not offered, and the
  // timeline says why.
  const report = taskNamed(/^(Ziekmelding aan arbodienst|Sick report to the occupational)/);
  await expect(report.getByTestId('fixed-deadline')).toHaveText(text.tasks.actions.notPostponable);
  const reportMenu = await menuOf(report);
  // The open menu as axe sees it: only menu items in it.
  await expect(reportMenu).toBeVisible();
  expect(await accessibilityViolations(page, '[role="menu"]')).toEqual([]);
  await expect(reportMenu.getByRole('menuitem', { name: text.tasks.actions.done })).toBeVisible();
  await expect(reportMenu.getByRole('menuitem', { name: text.tasks.actions.postpone })).toHaveCount(
    0,
  );
  // On a busy machine the first Escape can come before the menu holds the focus.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(reportMenu).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });

  // Postpone the probleemanalyse by a week, with a reason.
  await (
    await menuOf(analysisTask)
  )
    .getByRole('menuitem', { name: text.tasks.actions.postpone })
    .click();
  const postpone = page.getByRole('dialog', { name: text.tasks.forms.postponeTitle });
  await postpone.getByLabel(text.tasks.forms.newDueDate).fill(dayFromToday(7));
  await postpone.getByRole('button', { name: text.tasks.forms.postponeSubmit }).click();
  // The reason is required: the form says so and sends nothing.
  await expect(postpone.getByText(text.errors.field.required)).toBeVisible();
  await postpone.getByLabel(text.tasks.forms.reason).fill('Bedrijfsarts pas volgende week');
  await postpone.getByRole('button', { name: text.tasks.forms.postponeSubmit }).click();
  await expect(postpone).toBeHidden({ timeout: 15_000 });
  await expect(analysisTask.getByTestId('task-state')).toHaveText(text.tasks.state.postponed);

  // Give the probleemanalyse to oneself: the list of users comes from the server.
  const me = (
    (await (await page.request.get('/api/auth/me', { headers: fetchHeaders })).json()) as {
      user: { displayName: string };
    }
  ).user;
  await (
    await menuOf(analysisTask)
  )
    .getByRole('menuitem', { name: text.tasks.actions.assign })
    .click();
  const assign = page.getByRole('dialog', { name: text.tasks.forms.assignTitle });
  await assign.getByRole('combobox', { name: text.tasks.forms.assignee }).click();
  await page.getByRole('option', { name: me.displayName, exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await assign.getByRole('button', { name: text.tasks.forms.assignSubmit }).click();
  await expect(assign).toBeHidden({ timeout: 15_000 });
  await expect(analysisTask.getByTestId('task-assignee')).toHaveText(
    text.tasks.assignedTo.replace('{{name}}', me.displayName),
  );

  // Plan van aanpak done today, with a note.
  const plan = taskNamed(/^(Plan van aanpak|Action plan)$/);
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.now);
  await (await menuOf(plan)).getByRole('menuitem', { name: text.tasks.actions.done }).click();
  const done = page.getByRole('dialog', { name: text.tasks.forms.doneTitle });
  await expect(done.getByLabel(text.tasks.forms.doneOn)).toHaveValue(dayFromToday(0));
  await done.getByRole('textbox', { name: text.cases.fields.note }).fill('Besproken en getekend');
  await done.getByRole('button', { name: text.tasks.forms.doneSubmit }).click();
  await expect(done).toBeHidden({ timeout: 15_000 });
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.done);
  await page.screenshot({ path: screenshotPath(`${shot}-timeline`), fullPage: true });

  // Full recovery: the open tasks are set aside by the system; the done one stays done.
  const recovered = await page.request.post(`/api/cases/${employee.caseId}/recovery`, {
    headers: fetchHeaders,
    data: { lastSickDay: dayFromToday(0) },
  });
  expect(recovered.ok()).toBe(true);
  await page.reload();
  await expect(analysisTask.getByTestId('task-state')).toHaveText(text.tasks.state.set_aside, {
    timeout: 15_000,
  });
  await expect(plan.getByTestId('task-state')).toHaveText(text.tasks.state.done);
  return employee;
}

test('a case opened 50 days ago shows its probleemanalyse late (Dutch)', async ({ page }) => {
  test.setTimeout(300_000);
  await openAs(page);
  const employee = await journey(page, nl, 0, 'tasks-nl');
  await page.getByRole('link', { name: nl.tasks.page.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: nl.tasks.page.title })).toBeVisible();
  // Aan mij toegewezen and set aside: the probleemanalyse given to oneself.
  await page.getByRole('checkbox', { name: nl.tasks.filters.assignedToMe }).check();
  await page.getByRole('combobox', { name: nl.tasks.filters.status }).click();
  await page.getByRole('option', { name: nl.tasks.status.set_aside, exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  const mine = page.getByTestId('task-row').filter({ hasText: employee.lastName });
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId('task-state')).toHaveText(nl.tasks.state.set_aside);

  // The iCal feed: a secret link in Instellingen, shown once; a new link revokes the old one.
  await page.goto('/instellingen');
  const calendar = page.getByRole('region', { name: nl.tasks.calendar.title });
  await calendar.getByRole('button', { name: nl.tasks.calendar.create }).click();
  const link = calendar.getByRole('textbox', { name: nl.tasks.calendar.url });
  const first = await link.inputValue();
  expect(first).toMatch(/\/api\/calendar\/[\w-]{43}\.ics$/);
  const feed = await page.request.get(new URL(first).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  await calendar.getByRole('button', { name: nl.tasks.calendar.renew }).click();
  const confirm = page.getByRole('dialog', { name: nl.tasks.calendar.confirmTitle });
  await confirm.getByRole('button', { name: nl.tasks.calendar.confirm }).click();
  await expect(confirm).toBeHidden({ timeout: 15_000 });
  await expect(link).not.toHaveValue(first);
  expect((await page.request.get(new URL(first).pathname)).status()).toBe(404);
  await page.screenshot({ path: screenshotPath('tasks-nl-calendar') });
});

test('a case opened 50 days ago shows its probleemanalyse late (English)', async ({ page }) => {
  test.setTimeout(300_000);
  await openAs(page);
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
});

test('a casemanager of the arbodienst is given a task and has it in their calendar (Dutch)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAs(page);
  const { user: owner } = await getJson<{ user: { employer: { id: string } | null } }>(
    page,
    '/api/auth/me',
  );
  const employerId = owner.employer?.id;
  if (!employerId) throw new Error('the demo user acts for no employer');

  // The casemanager serves every employer: they choose the demo's, and take an open task.
  await page.context().clearCookies();
  await openAs(page, 'casemanager');
  const chosen = await page.request.put('/api/me/active-employer', {
    headers: fetchHeaders,
    data: { employerId },
  });
  expect(chosen.ok()).toBe(true);
  try {
    const { user: operator } = await getJson<{ user: { id: string; displayName: string } }>(
      page,
      '/api/auth/me',
    );
    const { items } = await getJson<{ items: { id: string }[] }>(
      page,
      '/api/tasks?status=open&limit=1',
    );
    const task = items[0];
    if (!task) throw new Error('the demo employer has no open task');
    const { items: candidates } = await getJson<{ items: { id: string }[] }>(
      page,
      `/api/tasks/${task.id}/assignees`,
    );
    expect(candidates.map((candidate) => candidate.id)).toContain(operator.id);
    const given = await page.request.put(`/api/tasks/${task.id}/assignee`, {
      headers: fetchHeaders,
      data: { userId: operator.id },
    });
    expect(given.ok()).toBe(true);

    // Instellingen offers the link; the feed holds the task given to them.
    await page.goto('/instellingen');
    const calendar = page.getByRole('region', { name: nl.tasks.calendar.title });
    await expect(calendar.getByText(nl.tasks.calendar.introOperator)).toBeVisible();
    await calendar
      .getByRole('button', {
        name: new RegExp(`^(${nl.tasks.calendar.create}|${nl.tasks.calendar.renew})$`),
      })
      .click();
    const confirm = page.getByRole('dialog', { name: nl.tasks.calendar.confirmTitle });
    if (await confirm.isVisible()) {
      await confirm.getByRole('button', { name: nl.tasks.calendar.confirm }).click();
    }
    const link = calendar.getByRole('textbox', { name: nl.tasks.calendar.url });
    const feed = await page.request.get(new URL(await link.inputValue()).pathname);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(`UID:${task.id}@verzuim`);
    await page.screenshot({ path: screenshotPath('tasks-casemanager-calendar') });

    const back = await page.request.put(`/api/tasks/${task.id}/assignee`, {
      headers: fetchHeaders,
      data: { userId: null },
    });
    expect(back.ok()).toBe(true);
  } finally {
    // The session's chosen employer would follow the casemanager into the next journeys.
    await page.request.post('/api/auth/logout', { headers: fetchHeaders });
  }
});
