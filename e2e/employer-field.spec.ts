import { nl } from '../src/contracts/i18n/index.js';
import { expect, fetchHeaders, openAs, test } from './support.js';

/**
 * The Werkgever field of Werknemer toevoegen (issue 18): a user who may add employees at more
 * than one linked employer chooses the employer in the form, and the choice switches the
 * employer acted for (the header says so). Linked only as manager elsewhere, the field is not
 * there. The new employer has not signed its datakluis agreement yet, so its pages answer 403.
 */

test.use({ allowedHttpErrors: [401, 403] });

const otherName = 'E2E Tweede Werkgever BV';

test('Werkgever field: choose the employer of a new employee among the linked ones (Dutch)', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const e = nl.employees.form;
  await openAs(page);
  const me = await page.request.get('/api/auth/me', { headers: fetchHeaders });
  const { user } = (await me.json()) as {
    user: { id: string; employer: { id: string; name: string } };
  };
  const home = user.employer;

  // Linked elsewhere only as a manager (who may not add employees): no Werkgever field.
  await page.goto('/werknemers/nieuw');
  await expect(page.getByRole('heading', { level: 1, name: e.addTitle })).toBeVisible();
  await expect(page.getByText(e.employerHint)).toHaveCount(0);

  // The operator admin links demo to a second employer as super user.
  const operator = await browser.newPage();
  await openAs(operator, 'beheerder');
  const created = await operator.request.post('/api/employers', {
    headers: fetchHeaders,
    data: {
      name: otherName,
      kvkNumber: null,
      hrIntegrationMode: 'none',
      contactName: null,
      contactEmail: null,
      fullTimeHoursPerWeek: 40,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const other = ((await created.json()) as { employer: { id: string } }).employer;
  const linked = await operator.request.post(`/api/employers/${other.id}/members`, {
    headers: fetchHeaders,
    data: { loginName: 'demo', role: 'super_user' },
  });
  expect(linked.status(), await linked.text()).toBe(204);

  try {
    await page.goto('/werknemers/nieuw');
    await expect(page.getByText(e.employerHint)).toBeVisible();
    const field = page.getByRole('combobox', { name: e.employer });
    await expect(field).toHaveValue(home.name);
    await field.click();
    await page.getByRole('option', { name: otherName }).click();
    // The choice switches the employer acted for, as the header's switch does.
    await expect(
      page.getByRole('button', {
        name: nl.organisation.switch.button.replace('{{name}}', otherName),
      }),
    ).toBeVisible();
  } finally {
    // Back to the demo employer for the journeys that follow.
    const back = await page.request.put('/api/me/active-employer', {
      headers: fetchHeaders,
      data: { employerId: home.id },
    });
    expect(back.status()).toBe(204);
    // The journeys that follow know demo with its seeded links only.
    const unlinked = await operator.request.delete(
      `/api/employers/${other.id}/members/${user.id}`,
      {
        headers: fetchHeaders,
      },
    );
    expect(unlinked.status(), await unlinked.text()).toBe(204);
    await operator.close();
  }
  // Linked as manager elsewhere again: the field is gone.
  await page.goto('/werknemers/nieuw');
  await expect(page.getByRole('heading', { level: 1, name: e.addTitle })).toBeVisible();
  await expect(page.getByText(e.employerHint)).toHaveCount(0);
});
