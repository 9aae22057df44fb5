import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * A user's iCal feed of tasks (SPEC.md §2.7): one secret URL per user, stored as the SHA-256 of
 * its token; a new URL replaces the row, so the old one stops working. Not tenant data under
 * row-level security: the feed is found by its token before any employer is known (no session).
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** The employer the user acted for when making the URL: the feed shows its tasks. */
  employerId: uuid('employer_id')
    .notNull()
    .references(() => employers.id),
  tokenHash: text('token_hash').notNull().unique('calendar_feeds_token_hash_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
