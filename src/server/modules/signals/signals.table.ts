import { sql } from 'drizzle-orm';
import {
  check,
  date,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * Every signal mail that went out (DOMAIN.md §6). The unique key is the promise "never twice":
 * a sender first inserts its row and mails only when the insert made one, so a restart or a
 * second app instance finds the row and sends nothing.
 */
export const sentSignals = pgTable(
  'sent_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id),
    /** signals.models.ts `signalKinds` */
    kind: text('kind').notNull(),
    /** What the signal is about: a case, an employment, or `-` for a count or a batch. */
    subject: text('subject').notNull(),
    /** The batch, week or end date the signal belongs to; `-` when the subject says it all. */
    period: text('period').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('sent_signals_once_key').on(
      table.employerId,
      table.recipientId,
      table.kind,
      table.subject,
      table.period,
    ),
    check(
      'sent_signals_kind_check',
      sql`${table.kind} in ('documents', 'uwv_documents', 'frequent_absence', 'employment_end', 'open_tasks', 'open_cases')`,
    ),
  ],
);

/**
 * The weekly rounds held per employer: the Monday of each week whose weekly signals were worked
 * out (sent, or found to be zero). A week without its row is caught up on the next tick, so an
 * app that was down all of Monday still sends that week's counts, once (signals.models.ts
 * `weeklyPeriodAt`).
 */
export const weeklySignalRounds = pgTable(
  'weekly_signal_rounds',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    week: date('week').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ name: 'weekly_signal_rounds_pkey', columns: [table.employerId, table.week] }),
  ],
);
