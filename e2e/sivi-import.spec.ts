import { addDays } from '../src/contracts/civil-dates.js';
import { amsterdamDateOf } from '../src/contracts/formats.js';
import { buildVerzuimmeldingen } from '../src/server/modules/integration/sivi/integration.sivi.export.models.js';
import { expect, inDutchAndEnglish, openAs, screenshotPath, test } from './support.js';

/**
 * SIVI-verzuimmeldingen inlezen (issue 13): the integration super user uploads a message of the
 * HR system (a new employee in Keuken, sick since a week), sees every element applied, and finds
 * the message in the processing log; uploading it again is recognised as applied before. In
 * Dutch, then in English.
 */

test.describe.configure({ mode: 'serial' });

function message(suffix: string): Buffer {
  const firstDay = addDays(amsterdamDateOf(new Date()), -7);
  const xml = buildVerzuimmeldingen({
    reference: `e2e-${suffix}`,
    createdOn: firstDay,
    createdAt: '09:00:00',
    employer: {
      id: 'HR',
      name: 'Demo Zorg BV',
      kvkNumber: null,
      contactName: null,
      contactEmail: null,
    },
    employees: [
      {
        id: `W-${suffix}`,
        firstName: 'Sivi',
        namePrefix: null,
        lastName: `Import ${suffix}`,
        gender: 'f',
        dateOfBirth: '1990-05-17',
        bsn: null,
        employments: [
          {
            number: 1,
            startDate: '2020-01-01',
            endDate: null,
            personnelNumber: `SIVI-${suffix}`,
            departmentId: 'K-1',
            departmentName: 'Keuken',
            contractHoursPerWeek: 24,
            cases: [
              {
                id: `ABS-${suffix}`,
                firstDay,
                lastDay: null,
                segments: [{ validFrom: firstDay, percentage: 100 }],
              },
            ],
          },
        ],
      },
    ],
  });
  return Buffer.from(xml ?? '', 'utf8');
}

test('the integration super user imports a SIVI message and finds it in the log', async ({
  page,
}) => {
  await openAs(page, 'koppeling');
  const suffix = Date.now().toString(36);
  await inDutchAndEnglish(page, async (text, locale) => {
    await page.goto('/');
    await page.getByRole('link', { name: text.sivi.import.nav }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: text.sivi.import.title }),
    ).toBeVisible();
    const file = {
      name: `verzuim-${locale}.xml`,
      mimeType: 'application/xml',
      buffer: message(`${suffix}-${locale}`),
    };

    await page.locator('input[type="file"]').setInputFiles(file);
    const result = page.getByTestId('sivi-result');
    await expect(result.locator('[data-result="applied"]')).toBeVisible();
    await expect(result.locator('td[data-outcome="accepted"]')).toHaveCount(1);
    const log = page.getByRole('table', { name: text.sivi.import.logTitle });
    await expect(
      log.getByRole('row', { name: new RegExp(`verzuim-${locale}\\.xml`) }).first(),
    ).toContainText(text.sivi.import.result.applied);
    await page.screenshot({ path: screenshotPath(`sivi-import-${locale}`), fullPage: true });

    // The same message again: recognised, nothing applied twice.
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(result.locator('[data-result="repeated"]')).toBeVisible();
    await expect(result.locator('td[data-outcome="repeated"]')).toHaveCount(1);
  });
});
