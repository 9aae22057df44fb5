import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employees, employments } from '../employees/employees.table.js';
import { employers } from '../organisation/organisation.table.js';

/**
 * One episode of an employee (DOMAIN.md §1): a sickness episode, or a pregnancy with its leave.
 * The later statistics read who was how sick on which day from these rows and their segments, so
 * nothing here is derived: dates are civil dates, the percentages live in `case_segments`.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    /** The employment in force on the first day; null only if none was (imported history). */
    employmentId: uuid('employment_id'),
    /** sickness | pregnancy */
    kind: text('kind').notNull(),
    /** One of `classifications` (cases.models.ts) for sickness; null for a pregnancy. */
    classification: text('classification'),
    /** Sickness: the first sick day. Pregnancy: S, the first day of leave. */
    firstDay: date('first_day').notNull(),
    /** Inclusive; null while open. Sickness: the last sick day. Pregnancy: the last day of leave. */
    lastDay: date('last_day'),
    /** Null while open; `EndReason` for sickness, `PregnancyEndReason` for a pregnancy. */
    endReason: text('end_reason'),
    /**
     * A recurrence (DOMAIN.md §2): the previous sickness episode of the same legal case, so the
     * waiting time continues from it. Null for the first episode of a legal case.
     */
    previousCaseId: uuid('previous_case_id'),
    reportNote: text('report_note'),
    endNote: text('end_note'),
    reportedBy: uuid('reported_by'),
    /**
     * The HR system's own id of this absence (koppeling: the REST API's absence id, SIVI's
     * VrzmgvlId), unique within the employer, so a repeated message finds the same episode.
     */
    hrAbsenceId: text('hr_absence_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('cases_employer_id_key').on(table.employerId, table.id),
    unique('cases_employer_hr_absence_id_key').on(table.employerId, table.hrAbsenceId),
    foreignKey({
      name: 'cases_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'cases_employment_same_employer_fk',
      columns: [table.employerId, table.employmentId],
      foreignColumns: [employments.employerId, employments.id],
    }),
    foreignKey({
      name: 'cases_previous_case_same_employer_fk',
      columns: [table.employerId, table.previousCaseId],
      foreignColumns: [table.employerId, table.id],
    }),
    index('cases_employer_employee_idx').on(table.employerId, table.employeeId, table.firstDay),
    // "Huidig verzuim": the sickness cases still running on a date are two ranges of this index
    // (open, or ending on or after it), not every case the employer ever had. Plain columns: under
    // row-level security PostgreSQL does not match an expression like coalesce() to an index.
    index('cases_employer_sickness_until_idx')
      .on(table.employerId, table.lastDay, table.firstDay)
      .where(sql`${table.kind} = 'sickness'`),
    check('cases_kind_check', sql`${table.kind} in ('sickness', 'pregnancy')`),
    check(
      'cases_classification_check',
      sql`(${table.kind} = 'sickness') = (${table.classification} is not null)`,
    ),
    check(
      'cases_dates_check',
      sql`${table.lastDay} is null or ${table.lastDay} >= ${table.firstDay}`,
    ),
    check('cases_end_check', sql`(${table.lastDay} is null) = (${table.endReason} is null)`),
  ],
);

/**
 * The percentage timeline of a sickness episode: from `valid_from` until the next segment or the
 * episode's last sick day, the employee is `percentage` % sick. The use cases keep the segments
 * covering the episode without gaps or overlaps (cases.models.ts).
 */
export const caseSegments = pgTable(
  'case_segments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    caseId: uuid('case_id').notNull(),
    validFrom: date('valid_from').notNull(),
    percentage: integer('percentage').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'case_segments_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }).onDelete('cascade'),
    unique('case_segments_case_valid_from_key').on(table.caseId, table.validFrom),
    check(
      'case_segments_percentage_check',
      sql`${table.percentage} >= 1 and ${table.percentage} <= 100`,
    ),
  ],
);

/**
 * Read model of the statistics (issue 12, bench:reports): each percentage of a sickness episode
 * (pregnancy cases never) as a stretch from its date up to the day before the next segment or the
 * episode's last day (null while open), with the episode's own first and last day; empty
 * stretches are left out. Rewritten for the case by the triggers of migration 0032 on every write
 * of `cases` and `case_segments`; never written by the app. `reports.stretches.test.ts` holds it to the rows after
 * every kind of change.
 */
export const sickStretches = pgTable(
  'sick_stretches',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    caseId: uuid('case_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    episodeFirst: date('episode_first').notNull(),
    episodeLast: date('episode_last'),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day'),
    percentage: integer('percentage').notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'sick_stretches_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }).onDelete('cascade'),
    index('sick_stretches_case_idx').on(table.caseId),
    index('sick_stretches_employer_days_idx').on(
      table.employerId,
      table.episodeLast,
      table.episodeFirst,
    ),
  ],
);

/**
 * The flags an insurer report needs (SPEC.md §2.5), each with the date it was set. One row per
 * flag and case; `value` holds the category of the flags that have one (vangnet kind, expected
 * duration class).
 */
export const caseFlags = pgTable(
  'case_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    caseId: uuid('case_id').notNull(),
    flag: text('flag').notNull(),
    value: text('value'),
    setOn: date('set_on').notNull(),
    setBy: uuid('set_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'case_flags_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }).onDelete('cascade'),
    unique('case_flags_case_flag_key').on(table.caseId, table.flag),
  ],
);

/** What a pregnancy case adds (DOMAIN.md §3): E, multiple birth, the last working day, D. */
export const pregnancyDetails = pgTable(
  'pregnancy_details',
  {
    caseId: uuid('case_id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    /** E */
    expectedDelivery: date('expected_delivery').notNull(),
    multipleBirth: boolean('multiple_birth').notNull(),
    lastWorkingDay: date('last_working_day').notNull(),
    /** A free day between the last working day and S ("een vrije dag tussen"). */
    freeDayBetween: boolean('free_day_between').notNull().default(false),
    /** D, once known. */
    actualDelivery: date('actual_delivery'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'pregnancy_details_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }).onDelete('cascade'),
  ],
);
