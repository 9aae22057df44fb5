import { expect, inDutchAndEnglish, openAs, test } from './support.js';

/**
 * Bewaartermijnen (issue 14, DOMAIN.md §5): the operator admin opens the preview of what is
 * expired per employer, with each employer's terms, in Dutch and in English. The erasure itself
 * is proven by src/server/modules/retention/retention.test.ts.
 */
test('the operator admin sees the retention preview per employer', async ({ page }) => {
  await openAs(page, 'beheerder');
  await inDutchAndEnglish(page, async (text) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.retention.nav }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.retention.title })).toBeVisible();
    await expect(page.getByText(text.retention.intro)).toBeVisible();
    const demo = page.getByRole('heading', { level: 2, name: 'Demo Zorg BV' });
    await expect(demo).toBeVisible();
    await expect(
      page
        .getByText(text.retention.terms.replace('{{absence}}', '2').replace('{{cases}}', '2'))
        .first(),
    ).toBeVisible();
    // The demo has nothing expired yet: each employer says so.
    await expect(page.getByText(text.retention.nothingExpired).first()).toBeVisible();
  });
});
