import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The request counters of the rate limits, one row per limited key and window, so that every app
 * instance on the database counts the same requests. The key is a keyed hash: it names a client
 * IP or a login name, which the database need not hold in clear.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    /** The window's end: a hit after it starts a new window at 1. */
    resetsAt: timestamp('resets_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('rate_limit_counters_resets_idx').on(table.resetsAt)],
);
