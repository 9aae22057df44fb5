import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { sessions } from './auth.table.js';

export type Session = typeof sessions.$inferSelect;

export function createAuthRepository(db: Db) {
  return {
    async insertSession(values: Omit<typeof sessions.$inferInsert, 'id'>): Promise<Session> {
      const [row] = await db.insert(sessions).values(values).returning();
      if (!row) throw new Error('insert returned no session');
      return row;
    },
    /** A session that has not ended and has not expired at `now`. */
    async findLiveSession(tokenHash: string, now: Date): Promise<Session | undefined> {
      const [row] = await db
        .select()
        .from(sessions)
        .where(
          and(
            eq(sessions.tokenHash, tokenHash),
            isNull(sessions.endedAt),
            gt(sessions.expiresAt, now),
          ),
        );
      return row;
    },
    async touchSession(sessionId: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
    },
    async endSession(sessionId: string, now: Date): Promise<void> {
      await db
        .update(sessions)
        .set({ endedAt: now })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
