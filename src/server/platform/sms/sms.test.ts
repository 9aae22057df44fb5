import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { createFakeClock } from '../clock.js';
import { createOutboxRepository } from '../outbox/outbox.repository.js';
import { createOutboxSmsSender } from './sms.js';

describeEachDatabase('outbox SMS sender', (context) => {
  it('keeps a sent text message in the outbox with recipient, text and the time of the clock', async () => {
    const outbox = createOutboxRepository(context.database.db);
    const sms = createOutboxSmsSender(outbox, createFakeClock(new Date('2025-03-07T09:30:00Z')));

    await sms.send({ to: '+31612345678', text: 'Je inlogcode is 482913' });

    expect(await outbox.listRecent(10)).toMatchObject([
      {
        channel: 'sms',
        recipient: '+31612345678',
        subject: null,
        bodyText: 'Je inlogcode is 482913',
        bodyHtml: null,
        createdAt: new Date('2025-03-07T09:30:00Z'),
      },
    ]);
  });
});
