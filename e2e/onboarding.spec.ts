import type { Page } from '@playwright/test';
import { en, nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, screenshotPath, setLanguage, test } from './support.js';

/**
 * Werkgever aansluiten (issue 14): the operator admin onboards an employer in the stepper (a
 * step refused first), the invitation mail arrives (the development outbox), the first super
 * user follows its link, sets a password and an SMS number, and lands at the datakluis
 * agreement of the new employer, still to be signed. Once in Dutch, once in English: the
 * operator's language and the super user's alike.
 */

// Before the login the session check answers 401; the new employer's pages answer 403 until
// its agreement is signed.
test.use({ allowedHttpErrors: [401, 403] });

type OutboxMessage = {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string;
  subject: string | null;
  bodyText: string;
};

async function outbox(page: Page): Promise<OutboxMessage[]> {
  const response = await page.request.get('/dev/outbox.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { messages: OutboxMessage[] }).messages;
}

const walks = [
  {
    locale: 'nl',
    text: nl,
    employer: 'Bakkerij Aansluiten BV',
    loginName: 'sanne.aansluiten',
    email: 'sanne@aansluiten.example',
    phone: '06 12340001',
    password: 'deeg rijst in de vroege ochtend',
  },
  {
    locale: 'en',
    text: en,
    employer: 'Onboarding Bakery Ltd',
    loginName: 'sam.onboarding',
    email: 'sam@onboarding.example',
    phone: '06 12340002',
    password: 'dough rises in the early morning',
  },
] as const;

for (const walk of walks) {
  test(`the operator admin onboards an employer; its super user sets up and meets the agreement (${walk.locale})`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const t = walk.text;
    const o = t.onboarding;
    await openAs(page, 'beheerder');
    await setLanguage(page, walk.locale);
    try {
      await page.goto('/werkgevers');
      await page.getByRole('link', { name: o.open }).click();
      await expect(page.getByRole('heading', { level: 1, name: o.title })).toBeVisible();

      // Step 1, refused first: the name is required, the KvK number has 8 digits.
      await page.getByRole('textbox', { name: t.organisation.employers.kvkNumber }).fill('1234');
      await page.getByRole('button', { name: o.next }).click();
      await expect(page.getByText(t.errors.field.required).first()).toBeVisible();
      await expect(page.getByText(t.errors.field.invalid_kvk_number)).toBeVisible();
      await expect(
        page.getByRole('textbox', { name: t.organisation.employers.name, exact: true }),
      ).toBeFocused();
      await page
        .getByRole('textbox', { name: t.organisation.employers.name, exact: true })
        .fill(walk.employer);
      await page
        .getByRole('textbox', { name: t.organisation.employers.kvkNumber })
        .fill('87654321');
      await page
        .getByRole('combobox', { name: t.organisation.employers.hrIntegrationMode })
        .selectOption('absence_only');
      await page.getByRole('textbox', { name: t.organisation.employers.fullTimeHours }).fill('36');
      // Enter goes to the next step, as the button does.
      await page
        .getByRole('textbox', { name: t.organisation.employers.name, exact: true })
        .press('Enter');

      // Step 2: two departments, the second below the first.
      await expect(
        page.getByRole('heading', { level: 2, name: o.steps.departments }),
      ).toBeFocused();
      const name = (number: number) => o.departments.name.replace('{{number}}', String(number));
      await page.getByRole('textbox', { name: name(1) }).fill('Productie');
      await page.getByRole('button', { name: o.departments.add }).click();
      await page.getByRole('textbox', { name: name(2) }).fill('Ovens');
      await page
        .getByRole('combobox', { name: o.departments.parent.replace('{{number}}', '2') })
        .selectOption({ label: 'Productie' });
      await page.getByRole('button', { name: o.next }).click();

      // Step 3: the first super user, in the walk's language.
      await expect(page.getByRole('heading', { level: 2, name: o.steps.superUser })).toBeVisible();
      const u = t.users.form;
      await page.getByRole('textbox', { name: u.firstName }).fill('Sanne');
      await page.getByRole('textbox', { name: u.lastName }).fill('Aansluiten');
      await page.getByRole('radio', { name: u.genders.f }).check();
      await page.getByRole('textbox', { name: u.email }).fill(walk.email);
      await page.getByRole('textbox', { name: u.loginName }).fill(walk.loginName);
      await page.getByRole('combobox', { name: o.superUser.locale }).selectOption(walk.locale);
      await page.getByRole('button', { name: o.next }).click();

      // Review, then one request.
      await expect(page.getByRole('heading', { level: 2, name: o.steps.review })).toBeVisible();
      await expect(page.getByRole('cell', { name: walk.employer })).toBeVisible();
      await expect(page.getByRole('cell', { name: o.review.agreementPending })).toBeVisible();
      await expect(
        page.getByText(`Ovens (${o.review.below.replace('{{parent}}', 'Productie')})`),
      ).toBeVisible();
      await page.screenshot({
        path: screenshotPath(`onboarding-review-${walk.locale}`),
        fullPage: true,
      });
      await page.getByRole('button', { name: o.submit }).click();
      await expect(
        page.getByRole('heading', { name: o.done.title.replace('{{name}}', walk.employer) }),
      ).toBeVisible();
      await expect(page.getByText(o.done.invited.replace('{{email}}', walk.email))).toBeVisible();

      // The employer is in the operator's list.
      await page.getByRole('link', { name: o.done.toEmployers }).click();
      await expect(page.getByRole('rowheader', { name: walk.employer })).toBeVisible();
    } finally {
      await setLanguage(page, 'nl');
    }

    // The invitation, in the super user's language.
    const mail = (await outbox(page)).find(
      (message) =>
        message.channel === 'mail' &&
        message.recipient === walk.email &&
        message.subject === t.auth.mail.invite.subject,
    );
    expect(mail, `an invitation to ${walk.email}`).toBeDefined();
    const link = new URL(/https?:\/\/\S+#token=[\w-]+/.exec(mail?.bodyText ?? '')?.[0] ?? '');
    expect(mail?.bodyText).toContain(walk.loginName);

    // The super user, in a browser of their own: a password, an SMS number, the backup codes.
    const invitee = await browser.newPage();
    // The browser's language before any login, as the language switch of the login page keeps it.
    await invitee.addInitScript(
      (locale) => window.localStorage.setItem('verzuim.locale', locale),
      walk.locale,
    );
    await invitee.goto(`${link.pathname}${link.hash}`);
    await expect(invitee.getByRole('heading', { name: t.auth.setup.title })).toBeVisible();
    await invitee
      .getByRole('textbox', { name: t.auth.newPassword.password, exact: true })
      .fill(walk.password);
    await invitee
      .getByRole('textbox', { name: t.auth.newPassword.repeat, exact: true })
      .fill(walk.password);
    await invitee.getByRole('button', { name: t.auth.setup.passwordSubmit }).click();
    await expect(invitee.getByRole('heading', { name: t.factors.enrol.title })).toBeVisible();
    await invitee.getByRole('radio', { name: t.factors.kinds.sms }).check();
    await invitee.getByRole('button', { name: t.factors.login.continue }).click();
    await invitee.getByRole('textbox', { name: t.factors.enrol.phone }).fill(walk.phone);
    await invitee.getByRole('button', { name: t.factors.enrol.phoneSend }).click();
    const digits = walk.phone.replace(/\D/g, '').slice(1);
    let code: string | undefined;
    await expect
      .poll(async () => {
        const sms = (await outbox(invitee)).find(
          (message) => message.channel === 'sms' && message.recipient.endsWith(digits),
        );
        code = sms ? /(\d{6})/.exec(sms.bodyText)?.[1] : undefined;
        return code !== undefined;
      })
      .toBe(true);
    await invitee.getByRole('textbox', { name: t.factors.enrol.code }).fill(code ?? '');
    await invitee.getByRole('button', { name: t.factors.enrol.confirm }).click();
    await expect(invitee.getByRole('heading', { name: t.factors.backupCodes.title })).toBeVisible();
    await invitee.getByRole('button', { name: t.factors.backupCodes.saved }).click();

    // Logged in at the new employer, whose datakluis agreement waits for this super user.
    await expect(
      invitee.getByRole('heading', { level: 1, name: t.vault.gate.title }),
    ).toBeVisible();
    await expect(invitee.getByText(walk.employer).first()).toBeVisible();
    await expect(invitee.getByRole('button', { name: t.vault.gate.sign })).toBeVisible();
    await invitee.screenshot({
      path: screenshotPath(`onboarding-agreement-${walk.locale}`),
      fullPage: true,
    });
    await invitee.close();
  });
}
