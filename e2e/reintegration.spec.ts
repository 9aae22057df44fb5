import { extractText } from 'unpdf';
import { nl } from '../src/contracts/i18n/index.js';
import {
  employeesWithoutCases,
  expect,
  fetchHeaders,
  openAs,
  screenshotPath,
  test,
} from './support.js';

/**
 * Re-integration documents (issue 14): the demo super user reports an employee sick, makes a
 * probleemanalyse from its template, edits it (version 2), makes it final after the
 * confirmation, records both sign-offs, and the PDF in the dossier holds the text entered and the
 * employee's name.
 */
test.use({ actionTimeout: 15_000 });

test('a probleemanalyse is made, edited, made final and signed off from the dossier', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const text = nl.reintegration;
  await openAs(page);
  const free = await employeesWithoutCases(page);
  const employee = free[23];
  if (!employee) throw new Error('the demo has too few employees without a case');
  // Three days ago: the case's tasks are open but none is late yet, so the start page's "Te
  // laat" list, which shows the oldest few, stays as the journeys after this one expect it.
  const firstSickDay = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  const sick = await page.request.post(`/api/employees/${employee.id}/cases`, {
    headers: fetchHeaders,
    data: { classification: 'illness', firstSickDay, percentage: 100 },
  });
  expect(sick.ok(), await sick.text()).toBe(true);

  await page.goto(`/werknemers/${employee.id}`);
  const section = page.getByRole('region', { name: text.title });
  await section.getByRole('button', { name: text.create }).click();
  const create = page.getByRole('dialog', { name: text.create });
  await create.getByRole('button', { name: text.create, exact: true }).click();
  await expect(create).toBeHidden();
  await expect(section.getByText('Concept, versie 1')).toBeVisible();

  await section.getByRole('button', { name: text.edit }).click();
  const edit = page.getByRole('dialog', { name: nl.reintegration.kinds.problem_analysis });
  const advice = 'Opbouw in eigen werk: twee ochtenden per week, na vier weken evalueren.';
  await edit.getByRole('textbox', { name: text.sections.reintegrationAdvice }).fill(advice);
  await edit.getByRole('button', { name: text.save }).click();
  await expect(edit).toBeHidden();
  await expect(section.getByText('Concept, versie 2')).toBeVisible();

  await section.getByRole('button', { name: text.finalize }).click();
  const confirm = page.getByRole('dialog', { name: text.finalizeTitle });
  await confirm.getByRole('button', { name: text.finalize }).click();
  await expect(section.getByText('Definitief, versie 2')).toBeVisible();

  await section.getByRole('button', { name: text.signEmployer }).click();
  await expect(section.getByRole('button', { name: text.signEmployer })).toHaveCount(0);
  await section.getByRole('button', { name: text.signEmployee }).click();
  await expect(section.getByRole('button', { name: text.signEmployee })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('reintegration-final-nl') });

  const href = await section.getByRole('link', { name: text.download }).getAttribute('href');
  expect(href).not.toBeNull();
  const pdf = await page.request.get(href ?? '', { headers: fetchHeaders });
  expect(pdf.ok()).toBe(true);
  const read = await extractText(new Uint8Array(await pdf.body()), { mergePages: true });
  const flat = read.text.replace(/\s+/g, ' ');
  expect(flat).toContain(advice);
  expect(flat).toContain(`${employee.firstName}`);
  expect(flat).toContain(employee.lastName);
});
