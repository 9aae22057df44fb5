import { and, count, desc, eq, gt, gte, inArray, isNull, lt, min, or, sql } from 'drizzle-orm';
import { type Db, insertOne } from '../../db/connection.js';
import { backupCodes, factorChallenges, secondFactors } from './factors.table.js';

export type SecondFactor = typeof secondFactors.$inferSelect;
export type FactorChallenge = typeof factorChallenges.$inferSelect;

export type ChallengeKey = {
  userId: string;
  sessionId: string;
  kind: string;
  /** One purpose, or several when the caller accepts any of them (the session still binds). */
  purpose: string | readonly string[];
};

function purposeMatches(purpose: string | readonly string[]) {
  return typeof purpose === 'string'
    ? eq(factorChallenges.purpose, purpose)
    : inArray(factorChallenges.purpose, [...purpose]);
}

export function createFactorsRepository(db: Db) {
  return {
    /** Factors with a sealed value (TOTP seed, phone number), by id after `afterId`: key rotation. */
    listSealed(afterId: string | null, limit: number): Promise<SecondFactor[]> {
      return db
        .select()
        .from(secondFactors)
        .where(
          and(
            sql`${secondFactors.secretEncrypted} is not null`,
            afterId === null ? undefined : gt(secondFactors.id, afterId),
          ),
        )
        .orderBy(secondFactors.id)
        .limit(limit);
    },
    async replaceSealed(id: string, secretEncrypted: string): Promise<void> {
      await db.update(secondFactors).set({ secretEncrypted }).where(eq(secondFactors.id, id));
    },
    async insertSecondFactor(
      values: Omit<typeof secondFactors.$inferInsert, 'id'>,
    ): Promise<SecondFactor> {
      return insertOne(db, secondFactors, values);
    },
    /** Which of these users have at least one second factor (Gebruikersbeheer's status). */
    async usersWithSecondFactor(userIds: string[]): Promise<Set<string>> {
      if (userIds.length === 0) return new Set();
      const rows = await db
        .selectDistinct({ userId: secondFactors.userId })
        .from(secondFactors)
        .where(inArray(secondFactors.userId, userIds));
      return new Set(rows.map((row) => row.userId));
    },
    listSecondFactors(userId: string): Promise<SecondFactor[]> {
      return db
        .select()
        .from(secondFactors)
        .where(eq(secondFactors.userId, userId))
        .orderBy(secondFactors.createdAt);
    },
    async deleteSecondFactor(userId: string, factorId: string): Promise<SecondFactor | undefined> {
      const [row] = await db
        .delete(secondFactors)
        .where(and(eq(secondFactors.id, factorId), eq(secondFactors.userId, userId)))
        .returning();
      return row;
    },
    findByCredentialId(credentialId: string): Promise<SecondFactor | undefined> {
      return db
        .select()
        .from(secondFactors)
        .where(eq(secondFactors.credentialId, credentialId))
        .then((rows) => rows[0]);
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
    /** Stores the authenticator's new counter, only moving forward (a parallel older one loses). */
    async advanceSignCount(factorId: string, signCount: number, now: Date): Promise<void> {
      await db
        .update(secondFactors)
        .set({
          signCount: sql`greatest(${secondFactors.signCount}, ${signCount})`,
          lastUsedAt: now,
        })
        .where(eq(secondFactors.id, factorId));
    },

    // Challenges: SMS codes, WebAuthn challenges and pending TOTP enrolments.

    async insertChallenge(
      values: Omit<typeof factorChallenges.$inferInsert, 'id'>,
    ): Promise<FactorChallenge> {
      return insertOne(db, factorChallenges, values);
    },
    /** Voids every open challenge of this kind and purpose for the user: a new code replaces the old. */
    async voidOpenChallenges(
      userId: string,
      kind: string,
      purpose: string,
      now: Date,
    ): Promise<void> {
      await db
        .update(factorChallenges)
        .set({ consumedAt: now })
        .where(
          and(
            eq(factorChallenges.userId, userId),
            eq(factorChallenges.kind, kind),
            eq(factorChallenges.purpose, purpose),
            isNull(factorChallenges.consumedAt),
          ),
        );
    },
    /**
     * Stores a new challenge unless `max` of this kind were created since `since`, voiding the
     * open ones of the same purpose. Serialised per user with an advisory lock, so parallel
     * requests cannot all pass the count and send more than `max` messages.
     */
    async insertChallengeWithinLimit(
      values: Omit<typeof factorChallenges.$inferInsert, 'id'>,
      limit: { max: number; since: Date },
    ): Promise<{ stored: FactorChallenge } | { refused: { oldest: Date } }> {
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtext(${`factor_challenges:${values.userId}`}))`,
        );
        const [counted] = await tx
          .select({ total: count(), oldest: min(factorChallenges.createdAt) })
          .from(factorChallenges)
          .where(
            and(
              eq(factorChallenges.userId, values.userId),
              eq(factorChallenges.kind, values.kind),
              gte(factorChallenges.createdAt, limit.since),
            ),
          );
        // The oldest send of the window says when the next one is allowed again.
        if ((counted?.total ?? 0) >= limit.max)
          return { refused: { oldest: counted?.oldest ?? limit.since } };
        await tx
          .update(factorChallenges)
          .set({ consumedAt: values.createdAt })
          .where(
            and(
              eq(factorChallenges.userId, values.userId),
              eq(factorChallenges.kind, values.kind),
              eq(factorChallenges.purpose, values.purpose),
              isNull(factorChallenges.consumedAt),
            ),
          );
        const [row] = await tx.insert(factorChallenges).values(values).returning();
        if (!row) throw new Error('challenge not stored');
        return { stored: row };
      });
    },
    /** The newest open, unexpired challenge of this session and purpose. */
    async findOpenChallenge(key: ChallengeKey, now: Date): Promise<FactorChallenge | undefined> {
      const [row] = await db
        .select()
        .from(factorChallenges)
        .where(
          and(
            eq(factorChallenges.userId, key.userId),
            eq(factorChallenges.sessionId, key.sessionId),
            eq(factorChallenges.kind, key.kind),
            purposeMatches(key.purpose),
            isNull(factorChallenges.consumedAt),
            gt(factorChallenges.expiresAt, now),
          ),
        )
        .orderBy(desc(factorChallenges.createdAt))
        .limit(1);
      return row;
    },
    /**
     * Counts an attempt before the comparison (so parallel guesses are counted too) and returns
     * the challenge only while it is open, unexpired and under the attempt limit.
     */
    async countAttempt(
      challengeId: string,
      maxAttempts: number,
      now: Date,
    ): Promise<FactorChallenge | undefined> {
      const [row] = await db
        .update(factorChallenges)
        .set({ attempts: sql`${factorChallenges.attempts} + 1` })
        .where(
          and(
            eq(factorChallenges.id, challengeId),
            isNull(factorChallenges.consumedAt),
            gt(factorChallenges.expiresAt, now),
            lt(factorChallenges.attempts, maxAttempts),
          ),
        )
        .returning();
      return row;
    },
    /** Single use: true for exactly one caller. */
    async consumeChallenge(challengeId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(factorChallenges)
        .set({ consumedAt: now })
        .where(and(eq(factorChallenges.id, challengeId), isNull(factorChallenges.consumedAt)))
        .returning({ id: factorChallenges.id });
      return rows.length === 1;
    },
    /** Finds and consumes an open WebAuthn challenge by its hash in one statement. */
    async consumeChallengeByHash(
      key: ChallengeKey,
      hashes: string[],
      now: Date,
    ): Promise<FactorChallenge | undefined> {
      const [row] = await db
        .update(factorChallenges)
        .set({ consumedAt: now })
        .where(
          and(
            eq(factorChallenges.userId, key.userId),
            eq(factorChallenges.sessionId, key.sessionId),
            eq(factorChallenges.kind, key.kind),
            purposeMatches(key.purpose),
            inArray(factorChallenges.challengeHash, hashes),
            isNull(factorChallenges.consumedAt),
            gt(factorChallenges.expiresAt, now),
          ),
        )
        .returning();
      return row;
    },

    // Backup codes.

    /** Revokes every earlier code of the user and stores the new set, in one transaction. */
    async replaceBackupCodes(userId: string, hmacs: string[], now: Date): Promise<void> {
      await db.transaction(async (tx) => {
        await tx
          .update(backupCodes)
          .set({ revokedAt: now })
          .where(
            and(
              eq(backupCodes.userId, userId),
              isNull(backupCodes.usedAt),
              isNull(backupCodes.revokedAt),
            ),
          );
        await tx
          .insert(backupCodes)
          .values(hmacs.map((codeHmac) => ({ userId, codeHmac, createdAt: now })));
      });
    },
    async countUnusedBackupCodes(userId: string): Promise<number> {
      const [row] = await db
        .select({ total: count() })
        .from(backupCodes)
        .where(
          and(
            eq(backupCodes.userId, userId),
            isNull(backupCodes.usedAt),
            isNull(backupCodes.revokedAt),
          ),
        );
      return row?.total ?? 0;
    },
    /**
     * Uses a code: `used_at` is set only where it is still null, so of any number of parallel
     * submissions of one code exactly one gets the row back.
     */
    async consumeBackupCode(userId: string, hmacs: string[], now: Date): Promise<boolean> {
      const rows = await db
        .update(backupCodes)
        .set({ usedAt: now })
        .where(
          and(
            eq(backupCodes.userId, userId),
            inArray(backupCodes.codeHmac, hmacs),
            isNull(backupCodes.usedAt),
            isNull(backupCodes.revokedAt),
          ),
        )
        .returning({ id: backupCodes.id });
      return rows.length === 1;
    },
  };
}

export type FactorsRepository = ReturnType<typeof createFactorsRepository>;
