import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { secondFactors } from './factors.table.js';

export type SecondFactor = typeof secondFactors.$inferSelect;

export function createFactorsRepository(db: Db) {
  return {
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
    async claimTotpStep(factorId: string, step: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(secondFactors)
        .set({ lastUsedStep: step, lastUsedAt: now })
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

export type FactorsRepository = ReturnType<typeof createFactorsRepository>;
