import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { createOutboxRepository, withoutLinkTokens } from './outbox.repository.js';

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

  it('stores no usable link: tokens are blanked in the table, shown only by the development copy', async () => {
    const db = context.database.db;
    const development = createOutboxRepository(db, { devCopies: true });
    const text = 'Stel in: https://verzuim.test/account-instellen#token=Ab-9_zz\nGroet';
    const html = '<a href="https://verzuim.test/e-mail-bevestigen?token=Qq-1&amp;x=1">link</a>';
    const added = await development.add({
      channel: 'mail',
      recipient: 'links@example.nl',
      subject: 'Uw account',
      bodyText: text,
      bodyHtml: html,
      createdAt: new Date('2026-01-02T10:00:00Z'),
    });

    const { rows } = await context.database.sql.query<{ body_text: string; body_html: string }>(
      'select body_text, body_html from outbox_messages where id = $1',
      [added.id],
    );
    expect(rows).toEqual([
      {
        body_text: 'Stel in: https://verzuim.test/account-instellen#token=•••\nGroet',
        body_html: '<a href="https://verzuim.test/e-mail-bevestigen?token=•••&amp;x=1">link</a>',
      },
    ]);
    const shown = (list: { id: string; bodyText: string }[]) =>
      list.find((message) => message.id === added.id)?.bodyText;
    // The development process that sent it can still follow the link …
    expect(shown(await development.listRecent(10))).toBe(text);
    // … another process (a restart, production) finds only the blanked body.
    expect(shown(await createOutboxRepository(db).listRecent(10))).toBe(withoutLinkTokens(text));
  });

  it('keeps the development copies of the newest 200 messages only', async () => {
    const development = createOutboxRepository(context.database.db, { devCopies: true });
    const sent = [];
    for (let number = 0; number < 201; number++) {
      sent.push(
        await development.add({
          channel: 'mail',
          recipient: 'many@example.nl',
          bodyText: `https://verzuim.test/x#token=t${number}`,
          createdAt: new Date(Date.UTC(2026, 1, 1, 0, 0, number)),
        }),
      );
    }
    const listed = await development.listRecent(201);
    expect(listed.at(-1)?.bodyText).toBe('https://verzuim.test/x#token=•••');
    expect(listed.at(-2)?.bodyText).toBe('https://verzuim.test/x#token=t1');
    expect(listed[0]?.bodyText).toBe('https://verzuim.test/x#token=t200');
    expect(sent).toHaveLength(201);
  });

  it('migration 0010 blanks the links of rows stored before', async () => {
    const sql = context.database.sql;
    const { rows } = await sql.query<{ id: string }>(
      `insert into outbox_messages (channel, recipient, body_text, body_html, created_at)
       values ('mail', 'old@example.nl', $1, $2, now()), ('sms', '+31600000001', 'Code 123456', null, now())
       returning id`,
      [
        'Ga naar https://v.test/wachtwoord-herstellen#token=OldToken_-1.',
        '<a href="https://v.test/a?token=x2">a</a>',
      ],
    );
    const migration = await readFile(
      new URL('../../db/migrations/0010_outbox_without_link_tokens.sql', import.meta.url),
      'utf8',
    );
    await sql.query(migration);
    const { rows: after } = await sql.query<{ body_text: string; body_html: string | null }>(
      'select body_text, body_html from outbox_messages where id = any($1) order by channel',
      [rows.map((row) => row.id)],
    );
    expect(after).toEqual([
      {
        body_text: 'Ga naar https://v.test/wachtwoord-herstellen#token=•••.',
        body_html: '<a href="https://v.test/a?token=•••">a</a>',
      },
      { body_text: 'Code 123456', body_html: null },
    ]);
  });
});
