import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { employers } from '../organisation/organisation.table.js';

/**
 * Protocols as data (SPEC.md §2.7, DOMAIN.md §2). A row is one version of a protocol and is never
 * changed: the operator admin's edit writes the next version, and a case's tasks name the version
 * they were made from, so a change applies to cases opened afterwards only. No tenant policy: the
 * default protocols belong to no employer, and a protocol holds no employee data.
 */
export const protocols = pgTable(
  'protocols',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    /** Null for the arbodienst's default; an employer's own variant of the protocol `code`. */
    employerId: uuid('employer_id').references(() => employers.id),
    version: integer('version').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('protocols_code_employer_version_key')
      .on(table.code, table.employerId, table.version)
      .nullsNotDistinct(),
  ],
);

/** The tasks of one protocol version. */
export const protocolTasks = pgTable(
  'protocol_tasks',
  {
    protocolId: uuid('protocol_id')
      .notNull()
      .references(() => protocols.id, { onDelete: 'cascade' }),
    /** The order the admin sees them in. */
    position: integer('position').notNull(),
    code: text('code').notNull(),
    nameNl: text('name_nl').notNull(),
    nameEn: text('name_en').notNull(),
    /** contracts/protocols.ts `taskTriggers` */
    trigger: text('trigger').notNull(),
    /** Sick-days for the sick-day triggers, calendar days for the others (negative: before). */
    dueOffset: integer('due_offset').notNull(),
    repeatEvery: integer('repeat_every'),
    repeatUntil: integer('repeat_until'),
    responsible: text('responsible').array().notNull(),
    postponable: boolean('postponable').notNull(),
    setAsideOnClose: boolean('set_aside_on_close').notNull(),
    /** Due earlier when this task is done: `earlier_after_days` after its done date. */
    earlierAfterTask: text('earlier_after_task'),
    earlierAfterDays: integer('earlier_after_days'),
  },
  (table) => [
    primaryKey({ columns: [table.protocolId, table.code] }),
    check(
      'protocol_tasks_trigger_check',
      sql`${table.trigger} in ('case_start', 'sick_day', 'first_working_day_after_sick_day', 'calendar_days', 'expected_delivery_date', 'end_of_employment')`,
    ),
    check(
      'protocol_tasks_repetition_check',
      sql`(${table.repeatEvery} is null) = (${table.repeatUntil} is null) and coalesce(${table.repeatEvery}, 1) > 0`,
    ),
  ],
);
