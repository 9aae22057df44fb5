import type { Clock } from '../clock.js';
import type { OutboxRepository } from '../outbox/outbox.repository.js';

export type SmsMessage = { to: string; text: string };

/**
 * Sends one text message. An HTTP gateway adapter implements this same interface; until one is
 * configured, messages go to the outbox and can be read at /dev/outbox.
 */
export type SmsSender = { send(message: SmsMessage): Promise<void> };

export function createOutboxSmsSender(outbox: OutboxRepository, clock: Clock): SmsSender {
  return {
    async send(message) {
      await outbox.add({
        channel: 'sms',
        recipient: message.to,
        bodyText: message.text,
        createdAt: clock.now(),
      });
    },
  };
}
