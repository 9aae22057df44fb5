import { desc } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { outboxMessages } from './outbox.table.js';

export type OutboxChannel = 'mail' | 'sms';

export type NewOutboxMessage = {
  channel: OutboxChannel;
  recipient: string;
  subject?: string | null;
  bodyText: string;
  bodyHtml?: string | null;
  createdAt: Date;
};

export type OutboxMessage = {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  createdAt: Date;
};

export type OutboxRepository = {
  add(message: NewOutboxMessage): Promise<OutboxMessage>;
  /** Newest first. */
  listRecent(limit: number): Promise<OutboxMessage[]>;
};

export function createOutboxRepository(db: Db): OutboxRepository {
  return {
    async add(message) {
      const [row] = await db
        .insert(outboxMessages)
        .values({
          channel: message.channel,
          recipient: message.recipient,
          subject: message.subject ?? null,
          bodyText: message.bodyText,
          bodyHtml: message.bodyHtml ?? null,
          createdAt: message.createdAt,
        })
        .returning();
      if (!row) throw new Error('Inserting an outbox message returned no row');
      return toMessage(row);
    },

    async listRecent(limit) {
      const rows = await db
        .select()
        .from(outboxMessages)
        // The id only makes the order of messages with the same timestamp stable.
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(limit);
      return rows.map(toMessage);
    },
  };
}

function toMessage(row: typeof outboxMessages.$inferSelect): OutboxMessage {
  return { ...row, channel: row.channel as OutboxChannel };
}
