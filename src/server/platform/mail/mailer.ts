import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Clock } from '../clock.js';
import type { OutboxRepository } from '../outbox/outbox.repository.js';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export type Mailer = { send(message: MailMessage): Promise<void> };

export function createSmtpMailer({ smtpUrl, from }: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html === undefined ? {} : { html: message.html }),
      });
    },
  };
}

/**
 * Keeps mail in the outbox table, so a developer can read it at /dev/outbox. The table keeps no
 * usable link (see `withoutLinkTokens`); only the development copy in memory does.
 */
export function createOutboxMailer(outbox: OutboxRepository, clock: Clock): Mailer {
  return {
    async send(message) {
      await outbox.add({
        channel: 'mail',
        recipient: message.to,
        subject: message.subject,
        bodyText: message.text,
        bodyHtml: message.html ?? null,
        createdAt: clock.now(),
      });
    },
  };
}

/** SMTP when an SMTP_URL is configured; otherwise the outbox, so a laptop needs no mail server. */
export function createMailer({
  config,
  outbox,
  clock,
}: {
  config: Pick<Config, 'mail'>;
  outbox: OutboxRepository;
  clock: Clock;
}): Mailer {
  const { smtpUrl, from } = config.mail;
  if (smtpUrl) return createSmtpMailer({ smtpUrl, from });
  return createOutboxMailer(outbox, clock);
}
