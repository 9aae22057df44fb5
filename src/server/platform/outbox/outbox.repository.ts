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

/** The secret of a link in a mail: the value of its `token` parameter (fragment or query). */
const linkToken = /([#?&]token=)[\w-]+/g;

/**
 * A body as the table keeps it: every link's token blanked, so no stored mail holds a usable
 * invitation, reset or confirmation link (migration 0010 applies the same rule to older rows).
 */
export function withoutLinkTokens(text: string): string {
  return text.replace(linkToken, '$1•••');
}

/** How many of the newest messages the development copy keeps in memory. */
const devCopyLimit = 200;

/**
 * `devCopies` (development only, `config.devPages`): the full bodies of the newest messages also
 * stay in this process's memory, so /dev/outbox, the browser journeys and the tests can follow
 * the links. They are gone at a restart and never reach the table.
 */
export function createOutboxRepository(
  db: Db,
  options: { devCopies?: boolean } = {},
): OutboxRepository {
  const devCopies = new Map<string, Pick<OutboxMessage, 'bodyText' | 'bodyHtml'>>();
  const withDevCopy = (message: OutboxMessage): OutboxMessage => ({
    ...message,
    ...devCopies.get(message.id),
  });
  return {
    async add(message) {
      const bodyHtml = message.bodyHtml ?? null;
      const [row] = await db
        .insert(outboxMessages)
        .values({
          channel: message.channel,
          recipient: message.recipient,
          subject: message.subject ?? null,
          bodyText: withoutLinkTokens(message.bodyText),
          bodyHtml: bodyHtml === null ? null : withoutLinkTokens(bodyHtml),
          createdAt: message.createdAt,
        })
        .returning();
      if (!row) throw new Error('Inserting an outbox message returned no row');
      if (options.devCopies) {
        devCopies.set(row.id, { bodyText: message.bodyText, bodyHtml });
        // A Map iterates in insertion order: the first key is the oldest copy.
        const oldest = devCopies.keys().next().value;
        if (devCopies.size > devCopyLimit && oldest !== undefined) devCopies.delete(oldest);
      }
      return withDevCopy(toMessage(row));
    },

    async listRecent(limit) {
      const rows = await db
        .select()
        .from(outboxMessages)
        // The id only makes the order of messages with the same timestamp stable.
        .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
        .limit(limit);
      return rows.map((row) => withDevCopy(toMessage(row)));
    },
  };
}

function toMessage(row: typeof outboxMessages.$inferSelect): OutboxMessage {
  return { ...row, channel: row.channel as OutboxChannel };
}
