import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { SignalKind } from './signals.models.js';
import { sentSignals, weeklySignalRounds } from './signals.table.js';

/** One signal to one recipient: the unique key of `sent_signals`. */
export type SignalKey = {
  recipientId: string;
  kind: SignalKind;
  subject: string;
  period: string;
};

export function createSignalsRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const keyOf = (key: SignalKey) =>
    and(
      eq(sentSignals.employerId, employerId),
      eq(sentSignals.recipientId, key.recipientId),
      eq(sentSignals.kind, key.kind),
      eq(sentSignals.subject, key.subject),
      eq(sentSignals.period, key.period),
    );
  return {
    /**
     * Records the signal as sent unless it already was: true when this call made the row, so
     * this caller, and no other tick or instance, sends the mail. A concurrent insert of the
     * same key waits for the first transaction and then inserts nothing.
     */
    async claim(key: SignalKey, now: Date): Promise<boolean> {
      const inserted = await db
        .insert(sentSignals)
        .values({ employerId, ...key, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: sentSignals.id });
      return inserted.length > 0;
    },
    /** Gives a claim back when its mail could not be sent, so the next tick tries again. */
    async release(key: SignalKey): Promise<void> {
      await db.delete(sentSignals).where(keyOf(key));
    },
    /** The keys of the signals sent since `since`, so a tick skips them before counting. */
    sentSince(since: Date): Promise<SignalKey[]> {
      return db
        .select({
          recipientId: sentSignals.recipientId,
          kind: sql<SignalKind>`${sentSignals.kind}`,
          subject: sentSignals.subject,
          period: sentSignals.period,
        })
        .from(sentSignals)
        .where(and(eq(sentSignals.employerId, employerId), gte(sentSignals.sentAt, since)));
    },
    /** The Monday of the employer's last weekly round, undefined when it never had one. */
    async lastWeeklyRound(): Promise<string | undefined> {
      const [row] = await db
        .select({ week: weeklySignalRounds.week })
        .from(weeklySignalRounds)
        .where(eq(weeklySignalRounds.employerId, employerId))
        .orderBy(desc(weeklySignalRounds.week))
        .limit(1);
      return row?.week;
    },
    /** Records the week's round as held (a second instance's record of it changes nothing). */
    async recordWeeklyRound(week: string, now: Date): Promise<void> {
      await db
        .insert(weeklySignalRounds)
        .values({ employerId, week, heldAt: now })
        .onConflictDoNothing();
    },
  };
}

export type SignalsRepository = ReturnType<typeof createSignalsRepository>;
