import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mails and SMS that were not handed to a real gateway: shown at /dev/outbox in development. */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** mail | sms */
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject'),
    bodyText: text('body_text').notNull(),
    bodyHtml: text('body_html'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('outbox_messages_created_idx').on(table.createdAt)],
);
