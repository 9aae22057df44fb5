import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../src/server/platform/webhooks/standard-webhooks.js';
import { expect, inDutchAndEnglish, openAs, screenshotPath, test } from './support.js';

/**
 * Koppelingen, section Webhook (issue 13): the integration super user points the webhook at the
 * HR system (here a receiver in this test process), keeps the secret shown once, sends a test
 * event and sees it delivered in the log; the receiver checks the signature. In Dutch, then in
 * English (with a rotated secret).
 */

type Received = { headers: http.IncomingHttpHeaders; body: string };

test('the integration super user sets up the webhook and sends a test event', async ({ page }) => {
  const received: Received[] = [];
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.end('ok');
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/verzuim`;
  const signedWith = (secret: string, message: Received | undefined) =>
    message !== undefined &&
    verifyWebhook(
      secret,
      {
        id: String(message.headers['webhook-id']),
        timestamp: String(message.headers['webhook-timestamp']),
        signature: String(message.headers['webhook-signature']),
      },
      message.body,
      { nowSeconds: Math.floor(Date.now() / 1000) },
    );

  try {
    await openAs(page, 'koppeling');
    await inDutchAndEnglish(page, async (text, locale) => {
      await page.goto('/');
      await page.getByRole('link', { name: text.apiClients.nav }).click();
      const section = page.getByRole('region', { name: text.webhooks.title });
      await expect(section).toBeVisible();

      let secretDialog;
      if (locale === 'nl') {
        await section.getByRole('textbox', { name: text.webhooks.url }).fill(url);
        await section
          .getByRole('checkbox', { name: `${text.webhooks.eventNames.caseOpened} (case.opened)` })
          .check();
        await section.getByRole('button', { name: text.webhooks.save }).click();
        secretDialog = page.getByRole('dialog', { name: text.webhooks.secretTitle });
      } else {
        // The secret was shown once, in Dutch; a rotation shows a new one.
        await section.getByRole('button', { name: text.webhooks.rotate }).click();
        await page
          .getByRole('dialog', { name: text.webhooks.rotateTitle })
          .getByRole('button', { name: text.webhooks.rotateConfirm })
          .click();
        secretDialog = page.getByRole('dialog', { name: text.webhooks.secretTitle });
      }
      const secret = await secretDialog
        .getByRole('textbox', { name: text.webhooks.secret })
        .inputValue();
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      await secretDialog.getByRole('button', { name: text.webhooks.done }).click();
      await expect(secretDialog).toBeHidden();
      await expect(page.getByText(secret)).toHaveCount(0);

      const before = received.length;
      await section.getByRole('button', { name: text.webhooks.sendTest }).click();
      await expect(
        page.getByText(text.webhooks.testSent.replace('{{status}}', '200')),
      ).toBeVisible();
      const row = section.getByRole('row', { name: /webhook\.test/ }).first();
      await expect(row).toContainText(text.webhooks.statuses.delivered);
      await expect(row).toContainText('200');
      expect(received.length).toBe(before + 1);
      expect(JSON.parse(received.at(-1)?.body ?? '{}')).toMatchObject({ type: 'webhook.test' });
      expect(signedWith(secret, received.at(-1))).toBe(true);
      await page.screenshot({ path: screenshotPath(`webhooks-${locale}`), fullPage: true });
    });
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
