import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { decodeQuotedPrintable, useSmtpServer } from '../../test/smtp.js';
import { createFakeClock } from '../clock.js';
import { createOutboxRepository } from '../outbox/outbox.repository.js';
import { createMailer, createOutboxMailer, createSmtpMailer } from './mailer.js';

describe('SMTP mailer', () => {
  const smtp = useSmtpServer();

  it('delivers recipient, sender, subject, text and HTML to the SMTP server', async () => {
    const mailer = createSmtpMailer({
      smtpUrl: smtp.url(),
      from: 'Verzuim <no-reply@verzuim.test>',
    });

    await mailer.send({
      to: 'anna@example.nl',
      subject: 'Stel je wachtwoord in',
      text: 'Open https://verzuim.test/set-password?token=abc om je wachtwoord in te stellen.',
      html: '<p>Open <a href="https://verzuim.test/set-password?token=abc">de link</a>.</p>',
    });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe('no-reply@verzuim.test');
    expect(mail?.to).toEqual(['anna@example.nl']);
    expect(mail?.raw).toMatch(/^To: anna@example\.nl\r$/m);
    expect(mail?.raw).toMatch(/^Subject: Stel je wachtwoord in\r$/m);
    const body = decodeQuotedPrintable(mail?.raw ?? '');
    expect(body).toContain(
      'Open https://verzuim.test/set-password?token=abc om je wachtwoord in te stellen.',
    );
    expect(body).toContain(
      '<p>Open <a href="https://verzuim.test/set-password?token=abc">de link</a>.</p>',
    );
  });

  it('fails loudly when the SMTP server cannot be reached', async () => {
    const mailer = createSmtpMailer({
      smtpUrl: 'smtp://127.0.0.1:1',
      from: 'no-reply@verzuim.test',
    });
    await expect(
      mailer.send({ to: 'anna@example.nl', subject: 'Test', text: 'Test' }),
    ).rejects.toThrow();
  });
});

describeEachDatabase('outbox mailer', (context) => {
  const smtp = useSmtpServer();
  const clock = createFakeClock(new Date('2025-03-07T09:00:00Z'));

  it('keeps a sent mail in the outbox with the time of the clock, without a usable link', async () => {
    const outbox = createOutboxRepository(context.database.db);
    const mailer = createOutboxMailer(outbox, clock);

    await mailer.send({
      to: 'bram@example.nl',
      subject: 'Herstel je wachtwoord',
      text: 'Open https://verzuim.test/reset#token=xyz-1_A',
      html: '<p>Open <a href="https://verzuim.test/reset?lang=nl&token=xyz">de link</a></p>',
    });

    const [message] = await outbox.listRecent(1);
    expect(message).toMatchObject({
      channel: 'mail',
      recipient: 'bram@example.nl',
      subject: 'Herstel je wachtwoord',
      bodyText: 'Open https://verzuim.test/reset#token=•••',
      bodyHtml: '<p>Open <a href="https://verzuim.test/reset?lang=nl&token=•••">de link</a></p>',
      createdAt: new Date('2025-03-07T09:00:00Z'),
    });
  });

  it('without an SMTP URL mail goes to the outbox; with one it goes to the SMTP server', async () => {
    const outbox = createOutboxRepository(context.database.db);
    clock.advance(60_000);

    const withoutSmtp = createMailer({
      config: { mail: { smtpUrl: undefined, from: 'no-reply@verzuim.test' } },
      outbox,
      clock,
    });
    await withoutSmtp.send({ to: 'outbox@example.nl', subject: 'Naar de outbox', text: 'Hallo' });

    const withSmtp = createMailer({
      config: { mail: { smtpUrl: smtp.url(), from: 'no-reply@verzuim.test' } },
      outbox,
      clock,
    });
    await withSmtp.send({ to: 'smtp@example.nl', subject: 'Naar SMTP', text: 'Hallo' });

    const recipients = (await outbox.listRecent(10)).map((message) => message.recipient);
    expect(recipients).toContain('outbox@example.nl');
    expect(recipients).not.toContain('smtp@example.nl');
    expect(smtp.received.map((mail) => mail.to)).toEqual([['smtp@example.nl']]);
  });
});
