import { nl } from '../src/contracts/i18n/index.js';
import { expect, openAs, test } from './support.js';

/**
 * Werknemers in Dutch: the demo super user adds an employee with two employments, moves the
 * first to another department from a date (the history shows both), reports the employee out
 * of service and hires them again.
 */
test('a super user adds, moves, reports out of service and re-hires an employee (Dutch)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const e = nl.employees;
  await openAs(page);

  await page.getByRole('link', { name: nl.nav.employeeSearch }).click();
  await page.getByRole('main').getByRole('link', { name: e.search.add }).click();
  await expect(page.getByRole('heading', { level: 1, name: e.form.addTitle })).toBeVisible();

  await page.getByLabel(e.fields.firstName).fill('Eva');
  await page.getByLabel(e.fields.namePrefix).fill('van der');
  await page.getByLabel(e.fields.lastName).fill('Proefdossier');
  await page.getByLabel(e.fields.gender, { exact: false }).first().click();
  await page.getByRole('option', { name: e.genders.f }).click();
  await page.getByLabel(e.fields.dateOfBirth).fill('1988-04-12');

  async function fillEmployment(index: number, hours: string) {
    const fieldset = page.getByRole('group', {
      name: e.employment.title.replace('{{number}}', String(index + 1)),
    });
    await fieldset.getByLabel(e.fields.department).first().click();
    await page.getByRole('option').nth(index).click();
    await fieldset.getByLabel(e.fields.startDate).fill('2024-01-01');
    await fieldset.getByLabel(e.fields.contractStartDate).fill('2024-01-01');
    await fieldset.getByLabel(e.fields.contractHours).fill(hours);
  }
  await fillEmployment(0, '24');
  await page.getByRole('button', { name: e.form.addSecond }).click();
  await fillEmployment(1, '8');

  // The 11-test: the fault shows as soon as the field is left, and a submit moves the focus to
  // the field (issue 18: it showed only at the second submit, the focus stayed on the button).
  const bsn = page.getByRole('textbox', { name: e.fields.bsn, exact: true });
  await bsn.fill('111222334');
  await bsn.press('Tab');
  await expect(page.getByText(nl.errors.field.bsn_invalid)).toBeVisible();
  await page.getByRole('button', { name: e.form.submitAdd }).click();
  await expect(bsn).toBeFocused();
  await bsn.fill('111222333');
  await page.getByRole('button', { name: e.form.submitAdd }).click();

  const dossierTitle = e.dossier.title.replace('{{name}}', 'Eva van der Proefdossier');
  await expect(page.getByRole('heading', { level: 1, name: dossierTitle })).toBeVisible();
  await expect(page.getByTestId('employment')).toHaveCount(2);

  // Wijzigen: another department from 1 February 2026, history kept.
  const first = page.getByTestId('employment').first();
  await first
    .getByRole('button', {
      name: e.actions.employmentMenu.replace(
        '{{title}}',
        e.employment.title.replace('{{number}}', '1'),
      ),
    })
    .click();
  await page.getByRole('menuitem', { name: e.actions.change }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(e.fields.validFrom).fill('2026-02-01');
  await dialog.getByLabel(e.fields.department).first().click();
  await page.getByRole('option').nth(2).click();
  await dialog.getByRole('button', { name: e.actions.save }).click();
  await expect(dialog).toBeHidden();
  await expect(first.getByTestId('employment-version')).toHaveCount(2);

  // Uit dienst melden, then a new employment: in service again.
  await page.getByRole('button', { name: e.actions.reportOutOfService }).click();
  await page.getByRole('dialog').getByLabel(e.actions.outOfServiceDate).fill('2026-02-28');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: e.actions.reportOutOfService })
    .click();
  await expect(page.getByText(e.dossier.outOfService, { exact: true }).first()).toBeVisible();

  await page.getByRole('button', { name: e.actions.addEmployment }).click();
  const hire = page.getByRole('dialog');
  await hire.getByLabel(e.fields.department).first().click();
  await page.getByRole('option').first().click();
  await hire.getByLabel(e.fields.startDate).fill('2026-03-01');
  await hire.getByLabel(e.fields.contractStartDate).fill('2026-03-01');
  await hire.getByLabel(e.fields.contractHours).fill('32');
  await hire.getByRole('button', { name: e.actions.addEmployment }).click();
  await expect(hire).toBeHidden();
  await expect(page.getByText(e.dossier.inService, { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('employment')).toHaveCount(3);
});
