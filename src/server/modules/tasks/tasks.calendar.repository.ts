import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { calendarFeeds } from './tasks.calendar.table.js';

export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** The feeds are found by token without a tenant (see the table): the owner connection. */
export function createCalendarRepository(db: Db) {
  return {
    async findByTokenHash(tokenHash: string): Promise<CalendarFeedRow | undefined> {
      const [row] = await db
        .select()
        .from(calendarFeeds)
        .where(eq(calendarFeeds.tokenHash, tokenHash));
      return row;
    },

    async findByUser(userId: string): Promise<CalendarFeedRow | undefined> {
      const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
      return row;
    },

    /** The user's one feed, replaced: the old token stops working in the same statement. */
    async replace(row: Omit<CalendarFeedRow, 'createdAt'>, createdAt: Date): Promise<void> {
      await db
        .insert(calendarFeeds)
        .values({ ...row, createdAt })
        .onConflictDoUpdate({
          target: calendarFeeds.userId,
          set: { employerId: row.employerId, tokenHash: row.tokenHash, createdAt },
        });
    },
  };
}
