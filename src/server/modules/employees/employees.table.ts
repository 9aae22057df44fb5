import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIsolation } from '../../db/tenancy.js';
import { departments, employers } from '../organisation/organisation.table.js';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('employees_employer_id_key').on(table.employerId, table.id),
    unique('employees_employer_personnel_number_key').on(table.employerId, table.personnelNumber),
    index('employees_employer_last_name_idx').on(table.employerId, sql`lower(${table.lastName})`),
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
    startDate: date('start_date').notNull(),
    /** Last day employed, inclusive; null while open-ended. */
    endDate: date('end_date'),
    /** none | deceased, set when reported out of service. */
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('employments_employer_id_key').on(table.employerId, table.id),
    // An employment belongs to an employee of the same employer.
    foreignKey({
      name: 'employments_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('employments_employer_employee_idx').on(table.employerId, table.employeeId),
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
