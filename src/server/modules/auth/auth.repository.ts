import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { secondFactors, sessions } from './auth.table.js';

export type Session = typeof sessions.$inferSelect;
export type SecondFactor = typeof secondFactors.$inferSelect;

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
    async insertSecondFactor(
      values: Omit<typeof secondFactors.$inferInsert, 'id'>,
    ): Promise<SecondFactor> {
      const [row] = await db.insert(secondFactors).values(values).returning();
      if (!row) throw new Error('insert returned no second factor');
      return row;
    },
    listSecondFactors(userId: string): Promise<SecondFactor[]> {
      return db.select().from(secondFactors).where(eq(secondFactors.userId, userId));
    },
    /**
     * Records that a TOTP step was used, only if it is newer than the last one: the conditional
     * update makes a code usable once, even by two sessions at the same moment.
     */
    async claimTotpStep(factorId: string, step: number): Promise<boolean> {
      const rows = await db
        .update(secondFactors)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(secondFactors.id, factorId),
            or(isNull(secondFactors.lastUsedStep), lt(secondFactors.lastUsedStep, step)),
          ),
        )
        .returning({ id: secondFactors.id });
      return rows.length === 1;
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
