import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { users } from '../users/users.table.js';

/** An employer (werkgever) is a tenant: every tenant table carries its id as `employer_id`. */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** Chamber of Commerce (KvK) number, 8 digits. */
    kvkNumber: text('kvk_number'),
    /** none | full | absence_only: how far the employer's HR system owns the master data. */
    hrIntegrationMode: text('hr_integration_mode').notNull().default('none'),
    fullTimeHoursPerWeek: numeric('full_time_hours_per_week', { precision: 5, scale: 2 })
      .notNull()
      .default('40'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    /**
     * The employer's verzuimverzekeraar (absence insurer), by name; null: not recorded. The report
     * Ziektetrajecten per verzekeraar groups the employer's cases by it.
     */
    absenceInsurer: text('absence_insurer'),
    /** Bewaartermijn of absence data: years after the last employment ends (DOMAIN.md §5). */
    absenceRetentionYears: integer('absence_retention_years').notNull().default(2),
    /** Bewaartermijn of case files: years after the case ends. */
    caseRetentionYears: integer('case_retention_years').notNull().default(2),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'employers_retention_years_check',
      sql`${table.absenceRetentionYears} between 1 and 20 and ${table.caseRetentionYears} between 1 and 20`,
    ),
  ],
);

/** Departments form a tree of any depth under the employer. Closed, never deleted. */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => departments.id),
    name: text('name').notNull(),
    /** The department's leidinggevende (manager); replaced, never removed without a successor. */
    managerUserId: uuid('manager_user_id').references((): AnyPgColumn => users.id),
    closedOn: date('closed_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    // Target of composite foreign keys: a row pointing at a department names its employer too.
    unique('departments_employer_id_key').on(table.employerId, table.id),
    index('departments_employer_parent_idx').on(table.employerId, table.parentId),
    index('departments_employer_name_idx').on(table.employerId, sql`lower(${table.name})`),
  ],
);
