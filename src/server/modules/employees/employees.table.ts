import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { departments, employers } from '../organisation/organisation.table.js';
import { memberships, users } from '../users/users.table.js';

export const employees = pgTable(
  'employees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    personnelNumber: text('personnel_number'),
    firstName: text('first_name').notNull(),
    initials: text('initials'),
    namePrefix: text('name_prefix'),
    lastName: text('last_name').notNull(),
    /** m | f | x */
    gender: text('gender').notNull(),
    dateOfBirth: date('date_of_birth').notNull(),
    /** `searchKeyForName`: Dutch name order without accents, for sorting lists by name. */
    sortKey: text('sort_key').notNull().default(''),
    /** The first name in search form (`normaliseForSearch`), for the extended search. */
    firstNameKey: text('first_name_key').notNull().default(''),
    /**
     * The last day of service over all employments: null while one is open-ended. Derived from
     * employments (rewritten with every employment write), so a search can tell "in service
     * today" from the employee row alone: null or on/after today.
     */
    serviceEndDate: date('service_end_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('employees_employer_id_key').on(table.employerId, table.id),
    unique('employees_employer_personnel_number_key').on(table.employerId, table.personnelNumber),
    index('employees_employer_last_name_idx').on(table.employerId, sql`lower(${table.lastName})`),
    index('employees_employer_sort_key_idx').on(table.employerId, table.sortKey, table.id),
  ],
);

/** One employment (dienstverband) of an employee; its terms change over time in versions. */
export const employments = pgTable(
  'employments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    /**
     * "Dienstverband <number>": fixed when the employment is created (the employee's highest
     * number + 1), so a later second employment or an import never renumbers the others.
     */
    number: integer('number').notNull(),
    startDate: date('start_date').notNull(),
    /** Startdatum arbeidsovereenkomst: when the contract began, may precede this employment. */
    contractStartDate: date('contract_start_date'),
    /** Last day employed, inclusive; null while open-ended. */
    endDate: date('end_date'),
    /** none | deceased, set when reported out of service. */
    endReason: text('end_reason'),
    /** The HR system's own id of this employment (koppeling), unique within the employer. */
    hrEmploymentId: text('hr_employment_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('employments_employer_id_key').on(table.employerId, table.id),
    unique('employments_employer_hr_employment_id_key').on(table.employerId, table.hrEmploymentId),
    // An employment belongs to an employee of the same employer.
    foreignKey({
      name: 'employments_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('employments_employer_employee_idx').on(table.employerId, table.employeeId),
    unique('employments_employee_number_key').on(table.employeeId, table.number),
    check(
      'employments_dates_check',
      sql`${table.endDate} is null or ${table.endDate} >= ${table.startDate}`,
    ),
  ],
);

/** The terms of an employment from `valid_from` until the next version's date. */
export const employmentVersions = pgTable(
  'employment_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employmentId: uuid('employment_id')
      .notNull()
      .references(() => employments.id),
    validFrom: date('valid_from').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    contractHoursPerWeek: numeric('contract_hours_per_week', { precision: 5, scale: 2 }).notNull(),
    functionName: text('function_name'),
    functionGroup: text('function_group'),
    /** permanent | fixed_term | on_call | temporary_agency | other */
    employmentType: text('employment_type').notNull(),
    noRiskPolicy: boolean('no_risk_policy').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    // The version's employment and department belong to the version's employer.
    foreignKey({
      name: 'employment_versions_employment_same_employer_fk',
      columns: [table.employerId, table.employmentId],
      foreignColumns: [employments.employerId, employments.id],
    }),
    foreignKey({
      name: 'employment_versions_department_same_employer_fk',
      columns: [table.employerId, table.departmentId],
      foreignColumns: [departments.employerId, departments.id],
    }),
    unique('employment_versions_employment_valid_from_key').on(table.employmentId, table.validFrom),
    index('employment_versions_employer_department_idx').on(table.employerId, table.departmentId),
    check(
      'employment_versions_hours_check',
      sql`${table.contractHoursPerWeek} >= 0 and ${table.contractHoursPerWeek} <= 80`,
    ),
  ],
);

/**
 * The keys under which an employee is found by name (`searchKeysForName`), one row each,
 * rewritten in the transaction that writes the name. A prefix search is one range scan of the
 * text_pattern_ops index per search term (`key like 'term%'`), whatever the database collation.
 */
export const employeeNameKeys = pgTable(
  'employee_name_keys',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    key: text('key').notNull(),
    /**
     * Copies of the employee's sort key and last day of service, kept with every write of the
     * name or the employments, so that a name search is answered from this index alone: range
     * scan, in-service filter, count and order, and the employees table only for the page shown.
     */
    sortKey: text('sort_key').notNull().default(''),
    serviceEndDate: date('service_end_date'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employeeId, table.key] }),
    foreignKey({
      name: 'employee_name_keys_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }).onDelete('cascade'),
    index('employee_name_keys_search_idx').on(
      table.employerId,
      table.key.op('text_pattern_ops'),
      table.employeeId,
      table.sortKey,
      table.serviceEndDate,
    ),
  ],
);

/**
 * The manager (leidinggevende) of an employee: a user of the same employer (the foreign key on
 * the membership says so). Changed, never deleted (SPEC.md §2.3).
 */
export const employeeManagers = pgTable(
  'employee_managers',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employeeId] }),
    foreignKey({
      name: 'employee_managers_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'employee_managers_membership_fk',
      columns: [table.userId, table.employerId],
      foreignColumns: [memberships.userId, memberships.employerId],
    }),
  ],
);

/** The last time each user opened each dossier, for "Recent bezochte dossiers". */
export const employeeDossierVisits = pgTable(
  'employee_dossier_visits',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    employeeId: uuid('employee_id').notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.userId, table.employeeId] }),
    foreignKey({
      name: 'employee_dossier_visits_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('employee_dossier_visits_user_idx').on(table.employerId, table.userId, table.visitedAt),
  ],
);

/**
 * Read model of the start page (issue 17): the days each employee is employed (`department_id`
 * null) and placed in each department, overlapping spells merged, so an employee with two
 * employments counts once. Rewritten for the employee by the triggers of migration 0009 on every
 * write of `employments` and `employment_versions`; never written by the app. An open spell
 * ends on 'infinity'.
 */
export const employeePlacements = pgTable(
  'employee_placements',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    departmentId: uuid('department_id'),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day').notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'employee_placements_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('employee_placements_employee_idx').on(table.employeeId),
  ],
);

/**
 * Read model of the statistics (issue 12, bench:reports): each version of an employment from its
 * date (the first from the employment's start) up to the day before the next version or the
 * employment's end (null while open-ended); empty stretches are left out. Rewritten for the
 * employee by the triggers of migration 0032 on every write of `employments` and
 * `employment_versions`, so a report reads stretches instead of sorting every version; never
 * written by the app. `reports.stretches.test.ts` holds it to the rows after
 * every kind of change.
 */
export const employmentStretches = pgTable(
  'employment_stretches',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    firstDay: date('first_day').notNull(),
    lastDay: date('last_day'),
    contractHoursPerWeek: numeric('contract_hours_per_week', { precision: 5, scale: 2 }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'employment_stretches_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('employment_stretches_employee_idx').on(table.employeeId),
    index('employment_stretches_employer_days_idx').on(
      table.employerId,
      table.lastDay,
      table.firstDay,
    ),
  ],
);

/**
 * The headcount as changes per day, kept by the same triggers from `employee_placements`: +1 on
 * a spell's first day, -1 on the day after its last. The headcount of a department on a date is
 * the sum of its changes up to that date — a few rows per department and change day instead of
 * every employment (`department_id` null: employed anywhere at the employer).
 */
export const headcountChanges = pgTable(
  'headcount_changes',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    departmentId: uuid('department_id'),
    day: date('day').notNull(),
    change: integer('change').notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('headcount_changes_key')
      .on(table.employerId, table.departmentId, table.day)
      .nullsNotDistinct(),
  ],
);
