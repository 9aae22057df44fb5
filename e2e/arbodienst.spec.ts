import type { Page } from '@playwright/test';
import { en, type Messages, nl } from '../src/contracts/i18n/index.js';
import {
  type DemoEmployee,
  expect,
  fetchHeaders,
  getJson,
  inDutchAndEnglish,
  openAs,
  screenshotPath,
  test,
} from './support.js';

/**
 * The arbodienst's side of the dossier (issue 14), in Dutch and in English: the casemanager
 * places a terugkoppeling after a consultation (and the employer's super user, demo, gets the
 * documents signal mail for it), the bedrijfsarts writes a functional advice (and a
 * medical note of their own), and the employer's super user (demo) reads the advice and the
 * feedback but never the medical note: on no page and not from the API.
 */

// One after the other: the later journeys read what the earlier ones wrote.
test.describe.configure({ mode: 'serial' });
// A click that cannot land fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 15_000 });

/** What the journeys share: the demo employer and the employee whose dossier they work in. */
let employerId = '';
let employee: DemoEmployee | undefined;

/** Texts written per language, so that each reader can look for them. */
const feedbackText = (locale: string) =>
  `Consult gehad (${locale}): halve dagen werken lukt, opbouw in overleg met de leidinggevende.`;
const advice = (locale: string) => ({
  workPossible: `Administratief werk zonder tillen (${locale}).`,
  expectedDuration: `Vier weken (${locale})`,
  adjustments: `Een rustige werkplek en pauzes naar behoefte (${locale}).`,
});
const medicalText = 'Medisch: klachten van de onderrug, fysiotherapie gestart.';

/** The dossier's section by its title (each section is a region named after its heading). */
const section = (page: Page, title: string) => page.getByRole('region', { name: title });

/**
 * Logs in as one of the arbodienst's own accounts and chooses the demo employer for the session
 * (the header's switch does the same); the session is logged out after the walk, as its chosen
 * employer would follow the account into the next journeys.
 */
async function asOperator(page: Page, loginName: string, walk: () => Promise<void>) {
  if (!employee) throw new Error('no employee chosen');
  await page.context().clearCookies();
  await openAs(page, loginName);
  const chosen = await page.request.put('/api/me/active-employer', {
    headers: fetchHeaders,
    data: { employerId },
  });
  expect(chosen.ok(), await chosen.text()).toBe(true);
  try {
    await walk();
  } finally {
    await page.request.post('/api/auth/logout', { headers: fetchHeaders });
  }
}

/** Sends a dossier form that asks before sending: the form's button, then the confirmation. */
async function sendConfirmed(
  page: Page,
  form: ReturnType<Page['getByRole']>,
  submit: string,
  confirm: { confirmTitle: string; confirm: string },
) {
  await form.getByRole('button', { name: submit, exact: true }).click();
  const asked = page.getByRole('dialog', { name: confirm.confirmTitle });
  await asked.getByRole('button', { name: confirm.confirm, exact: true }).click();
  await expect(asked).toBeHidden();
  await expect(form).toBeHidden({ timeout: 15_000 });
}

test('the demo employer picks an employee', async ({ page }) => {
  await openAs(page);
  const { user } = await getJson<{ user: { employer: { id: string } | null } }>(
    page,
    '/api/auth/me',
  );
  employerId = user.employer?.id ?? '';
  expect(employerId).not.toBe('');
  // Further down the list than the other journeys' employees; any case history will do.
  const { items } = await getJson<{ items: DemoEmployee[] }>(page, '/api/employees?limit=100');
  employee = items[42];
  expect(employee, 'the demo has too few employees').toBeDefined();
});

test('a casemanager of the arbodienst places a terugkoppeling (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await asOperator(page, 'casemanager', async () => {
    await inDutchAndEnglish(page, async (text: Messages, locale) => {
      await page.goto(`/werknemers/${employee?.id}`);
      const feedback = section(page, text.dossier.feedback.title);
      await expect(feedback.getByText(text.dossier.feedback.explanation)).toBeVisible();
      // The casemanager never has the bedrijfsarts' medical dossier.
      await expect(section(page, text.dossier.medical.title)).toHaveCount(0);

      await feedback.getByRole('button', { name: text.dossier.feedback.add }).click();
      const form = page.getByRole('dialog', { name: text.dossier.feedback.add, exact: true });
      await expect(form.getByText(text.dossier.feedback.noMedical)).toBeVisible();
      await form
        .getByRole('textbox', { name: text.dossier.feedback.text })
        .fill(feedbackText(locale));
      // Cancelling the confirmation sends nothing and keeps what was typed.
      await form.getByRole('button', { name: text.dossier.feedback.add, exact: true }).click();
      const asked = page.getByRole('dialog', { name: text.dossier.feedback.confirmTitle });
      await asked.getByRole('button', { name: text.common.cancel, exact: true }).click();
      await expect(asked).toBeHidden();
      await expect(form.getByRole('textbox', { name: text.dossier.feedback.text })).toHaveValue(
        feedbackText(locale),
      );
      await sendConfirmed(page, form, text.dossier.feedback.add, text.dossier.feedback);
      await expect(page.getByText(text.dossier.feedback.added)).toBeVisible();
      const placed = feedback.getByText(feedbackText(locale));
      await expect(placed).toBeVisible();
      await expect(feedback).toContainText('Carla Casus');
      await page.screenshot({ path: screenshotPath(`arbodienst-feedback-${locale}`) });
    });
  });
});

type OutboxMessage = { recipient: string; subject: string; bodyText: string };
/** The demo super user's address (src/server/seed/demo.ts). */
const demoEmail = 'demo@verzuim.localhost';

test("the employer's super user receives the documents signal for the terugkoppeling", async ({
  page,
}) => {
  // The e2e server batches documents per minute (SIGNALS_DOCUMENT_BATCH_MINUTES=1 in
  // playwright.config.ts) and the signals' tick runs every minute: the mail leaves within two.
  test.setTimeout(240_000);
  if (!employee) throw new Error('no employee chosen');
  const { lastName } = employee;
  // Subject and feedback label in either language: the mail follows the recipient's locale.
  const subjects = [nl.signals.mail.documents.subject, en.signals.mail.documents.subject];
  const labels = [nl.signals.mail.documents.feedback, en.signals.mail.documents.feedback];
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/dev/outbox.json');
        const { messages } = (await response.json()) as { messages: OutboxMessage[] };
        return messages.some(
          (message) =>
            message.recipient === demoEmail &&
            subjects.includes(message.subject) &&
            labels.some((label) => message.bodyText.includes(label)) &&
            message.bodyText.includes(lastName),
        );
      },
      { timeout: 180_000, intervals: [5_000] },
    )
    .toBe(true);
});

test('a bedrijfsarts writes a functional advice and a medical note (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await asOperator(page, 'bedrijfsarts', async () => {
    await inDutchAndEnglish(page, async (text: Messages, locale) => {
      await page.goto(`/werknemers/${employee?.id}`);
      // The casemanager's feedback is in the dossier.
      await expect(
        section(page, text.dossier.feedback.title).getByText(feedbackText(locale)),
      ).toBeVisible();

      const adviceSection = section(page, text.dossier.advice.title);
      await adviceSection.getByRole('button', { name: text.dossier.advice.add }).click();
      const form = page.getByRole('dialog', { name: text.dossier.advice.add, exact: true });
      await expect(form.getByText(text.dossier.advice.noMedical)).toBeVisible();
      const written = advice(locale);
      await form
        .getByRole('textbox', { name: text.dossier.advice.workPossible })
        .fill(written.workPossible);
      await form
        .getByRole('textbox', { name: text.dossier.advice.expectedDuration })
        .fill(written.expectedDuration);
      await form
        .getByRole('textbox', { name: text.dossier.advice.adjustments })
        .fill(written.adjustments);
      // Escape closes the confirmation alone: the form stays, with what was typed.
      await form.getByRole('button', { name: text.dossier.advice.add, exact: true }).click();
      const asked = page.getByRole('dialog', { name: text.dossier.advice.confirmTitle });
      await expect(asked.getByText(text.dossier.advice.confirmText)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(asked).toBeHidden();
      await expect(
        form.getByRole('textbox', { name: text.dossier.advice.workPossible }),
      ).toHaveValue(written.workPossible);
      await sendConfirmed(page, form, text.dossier.advice.add, text.dossier.advice);
      await expect(page.getByText(text.dossier.advice.added)).toBeVisible();
      for (const part of Object.values(written))
        await expect(adviceSection.getByText(part)).toBeVisible();
      await expect(adviceSection).toContainText('Bart Arts');

      // The medical note stays in the medical dossier, for the bedrijfsarts alone.
      if (locale === 'nl') {
        const medical = section(page, text.dossier.medical.title);
        await medical.getByRole('textbox', { name: text.dossier.medical.text }).fill(medicalText);
        await medical.getByRole('button', { name: text.dossier.medical.add }).click();
        await expect(page.getByText(text.dossier.medical.added)).toBeVisible();
        await expect(medical.getByText(medicalText)).toBeVisible();
      }
      await page.screenshot({
        path: screenshotPath(`arbodienst-advice-${locale}`),
        fullPage: true,
      });
    });
  });
});

test('the super user reads the advice and the feedback, never the medical note (Dutch and English)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  if (!employee) throw new Error('no employee chosen');
  const id = employee.id;
  await page.context().clearCookies();
  await openAs(page);
  await inDutchAndEnglish(page, async (text: Messages, locale) => {
    await page.goto(`/werknemers/${id}`);
    const feedback = section(page, text.dossier.feedback.title);
    const adviceSection = section(page, text.dossier.advice.title);
    for (const written of ['nl', 'en']) {
      await expect(feedback.getByText(feedbackText(written))).toBeVisible();
      for (const part of Object.values(advice(written)))
        await expect(adviceSection.getByText(part)).toBeVisible();
    }
    // No way to write either: those are the arbodienst's.
    await expect(page.getByRole('button', { name: text.dossier.feedback.add })).toHaveCount(0);
    await expect(page.getByRole('button', { name: text.dossier.advice.add })).toHaveCount(0);
    // No medical dossier: no section, not its text anywhere, and the API refuses.
    await expect(section(page, text.dossier.medical.title)).toHaveCount(0);
    await expect(page.getByText(text.dossier.medical.title)).toHaveCount(0);
    await expect(page.getByText(medicalText)).toHaveCount(0);
    await page.screenshot({
      path: screenshotPath(`arbodienst-employer-${locale}`),
      fullPage: true,
    });
  });
  expect((await page.request.get(`/api/employees/${id}/medical-notes`)).status()).toBe(403);
});
