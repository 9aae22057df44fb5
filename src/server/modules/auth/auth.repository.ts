import { and, desc, eq, gt, gte, isNull, ne, sql } from 'drizzle-orm';
import { type Db, insertOne } from '../../db/connection.js';
import type { AccountState, ActorAccess } from '../users/users.policies.js';
import { parseUserAccess, userAccessColumn } from '../users/users.usecases.js';
import { emailTokens, sessions } from './auth.table.js';

export type Session = typeof sessions.$inferSelect;
export type EmailToken = typeof emailTokens.$inferSelect;
/** A live session with what a request needs of its user: whether they may still log in, and their access. */
export type SessionWithAccess = {
  session: Session;
  account: AccountState;
  access: ActorAccess;
};

export function createAuthRepository(db: Db) {
  /**
   * The statement of `findLiveSessionWithAccess`, built once per repository and prepared once per
   * database connection (a named statement): every request sends it, and building and planning it
   * anew each time was a measurable share of a read's CPU (bench/README.md).
   */
  let prepared: ReturnType<typeof prepareLiveSessionWithAccess> | undefined;
  const liveSessionWithAccess = () => (prepared ??= prepareLiveSessionWithAccess(db));
  return {
    async insertSession(values: Omit<typeof sessions.$inferInsert, 'id'>): Promise<Session> {
      return insertOne(db, sessions, values);
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
    /**
     * The request context in one round trip: the live session of a cookie, its user's account
     * state, and the user's role, employer and dossier scope. Read fresh on every request, so a
     * change to any of them counts from the next request, on every instance.
     */
    async findLiveSessionWithAccess(
      tokenHash: string,
      now: Date,
    ): Promise<SessionWithAccess | undefined> {
      const [row] = await liveSessionWithAccess().execute({ tokenHash, now: now.toISOString() });
      if (!row?.user) return undefined;
      return { session: row.session, ...parseUserAccess(row.user) };
    },
    async findSessionById(sessionId: string): Promise<Session | undefined> {
      const [row] = await db.select().from(sessions).where(eq(sessions.id, sessionId));
      return row;
    },
    async setActiveEmployer(sessionId: string, employerId: string): Promise<void> {
      await db
        .update(sessions)
        .set({ activeEmployerId: employerId })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
    },
    async touchSession(sessionId: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
    },
    async endSession(sessionId: string, now: Date, reason = 'logout'): Promise<void> {
      await db
        .update(sessions)
        .set({ endedAt: now, endReason: reason })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)));
    },
    /** Ends every live session of the user, except `keepSessionId` when given. */
    async endUserSessions(
      userId: string,
      now: Date,
      reason: string,
      keepSessionId?: string,
    ): Promise<number> {
      const ended = await db
        .update(sessions)
        .set({ endedAt: now, endReason: reason })
        .where(
          and(
            eq(sessions.userId, userId),
            isNull(sessions.endedAt),
            keepSessionId === undefined ? undefined : ne(sessions.id, keepSessionId),
          ),
        )
        .returning({ id: sessions.id });
      return ended.length;
    },
    /** Ends one session of the user; false when it is not theirs or already over. */
    async endUserSession(userId: string, sessionId: string, now: Date, reason: string) {
      const ended = await db
        .update(sessions)
        .set({ endedAt: now, endReason: reason })
        .where(
          and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.endedAt)),
        )
        .returning({ id: sessions.id });
      return ended.length > 0;
    },
    async listLiveSessions(userId: string, now: Date): Promise<Session[]> {
      return db
        .select()
        .from(sessions)
        .where(
          and(
            eq(sessions.userId, userId),
            eq(sessions.stage, 'authenticated'),
            isNull(sessions.endedAt),
            gt(sessions.expiresAt, now),
          ),
        )
        .orderBy(desc(sessions.lastSeenAt));
    },
    /** Gives the session a new cookie token (the old one stops working) and step-up times. */
    async rotateSession(
      sessionId: string,
      values: { tokenHash: string; passwordAt?: Date; secondFactorAt?: Date },
    ): Promise<Session | undefined> {
      const [row] = await db
        .update(sessions)
        .set(values)
        .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)))
        .returning();
      return row;
    },

    async insertEmailToken(values: Omit<typeof emailTokens.$inferInsert, 'id'>): Promise<void> {
      await db.insert(emailTokens).values(values);
    },
    /** Voids the user's unused links of one purpose (a new link replaces the older ones). */
    async voidEmailTokens(userId: string, purpose: string, now: Date): Promise<void> {
      await db
        .update(emailTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(emailTokens.userId, userId),
            eq(emailTokens.purpose, purpose),
            isNull(emailTokens.usedAt),
          ),
        );
    },
    async countEmailTokensSince(userId: string, purpose: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(emailTokens)
        .where(
          and(
            eq(emailTokens.userId, userId),
            eq(emailTokens.purpose, purpose),
            gte(emailTokens.createdAt, since),
          ),
        );
      return row?.count ?? 0;
    },
    /**
     * Uses a link: marks it used and returns it, only when it was unused and unexpired, so two
     * simultaneous uses cannot both succeed.
     */
    async claimEmailToken(
      tokenHash: string,
      purposes: string[],
      now: Date,
    ): Promise<EmailToken | undefined> {
      const [row] = await db
        .update(emailTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(emailTokens.tokenHash, tokenHash),
            isNull(emailTokens.usedAt),
            gt(emailTokens.expiresAt, now),
            sql`${emailTokens.purpose} in (${sql.join(
              purposes.map((purpose) => sql`${purpose}`),
              sql`, `,
            )})`,
          ),
        )
        .returning();
      return row;
    },
    /** A link that is still usable, without using it (to check it before a form is filled in). */
    async findUsableEmailToken(tokenHash: string, now: Date): Promise<EmailToken | undefined> {
      const [row] = await db
        .select()
        .from(emailTokens)
        .where(
          and(
            eq(emailTokens.tokenHash, tokenHash),
            isNull(emailTokens.usedAt),
            gt(emailTokens.expiresAt, now),
          ),
        );
      return row;
    },
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;

function prepareLiveSessionWithAccess(db: Db) {
  return db
    .select({
      session: sessions,
      // Qualified by hand: drizzle writes a column of a one-table select without its table,
      // which inside the subqueries would name their own tables' columns.
      user: userAccessColumn(
        sql`${sessions}.${sql.identifier(sessions.userId.name)}`,
        sql`${sessions}.${sql.identifier(sessions.activeEmployerId.name)}`,
      ),
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, sql.placeholder('now')),
      ),
    )
    .prepare('live_session_with_access');
}
