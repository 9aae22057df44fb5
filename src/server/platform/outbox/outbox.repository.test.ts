import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { createOutboxRepository } from './outbox.repository.js';

describeEachDatabase('outbox repository', (context) => {
  it('keeps mail and SMS with their recipient and body, and lists the newest first', async () => {
    const outbox = createOutboxRepository(context.database.db);
    await outbox.add({
      channel: 'mail',
      recipient: 'anna@example.nl',
      subject: 'Welkom',
      bodyText: 'Stel je wachtwoord in',
      bodyHtml: '<p>Stel je wachtwoord in</p>',
      createdAt: new Date('2025-03-07T09:00:00Z'),
    });
    await outbox.add({
      channel: 'sms',
      recipient: '+31612345678',
      bodyText: 'Je code is 123456',
      createdAt: new Date('2025-03-07T09:05:00Z'),
    });

    const messages = await outbox.listRecent(10);

    expect(messages).toMatchObject([
      {
        channel: 'sms',
        recipient: '+31612345678',
        subject: null,
        bodyText: 'Je code is 123456',
        bodyHtml: null,
        createdAt: new Date('2025-03-07T09:05:00Z'),
      },
      {
        channel: 'mail',
        recipient: 'anna@example.nl',
        subject: 'Welkom',
        bodyText: 'Stel je wachtwoord in',
        bodyHtml: '<p>Stel je wachtwoord in</p>',
        createdAt: new Date('2025-03-07T09:00:00Z'),
      },
    ]);
    expect(messages[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists no more than the limit asked for', async () => {
    const outbox = createOutboxRepository(context.database.db);
    for (let minute = 0; minute < 3; minute++) {
      await outbox.add({
        channel: 'sms',
        recipient: '+31600000000',
        bodyText: `bericht ${minute}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 12, minute)),
      });
    }
    const messages = await outbox.listRecent(2);
    expect(messages.map((message) => message.bodyText)).toEqual(['bericht 2', 'bericht 1']);
  });
});
