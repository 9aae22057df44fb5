import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employees } from '../employees/employees.table.js';
import { departments, employers } from '../organisation/organisation.table.js';

/** A login. Employer-side roles live in memberships, so one login can serve several employers. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    loginName: text('login_name').notNull(),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** m | f | x */
    gender: text('gender'),
    locale: text('locale').notNull().default('nl'),
    /** Operator-side role (operator_admin | case_manager | company_doctor); null for employer users. */
    operatorRole: text('operator_role'),
    passwordHash: text('password_hash'),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
    /** Brute-force protection: failures in a row (password or second factor) and the lock. */
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lastFailedLoginAt: timestamp('last_failed_login_at', { withTimezone: true }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lockoutCount: integer('lockout_count').notNull().default(0),
    /** Blocked until a super user or operator admin unblocks (repeated failures). */
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    /** "Meteen deactiveren": the account can no longer log in; it is never deleted. */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** First login done: password set, a second factor enrolled, backup codes shown. */
    setupCompletedAt: timestamp('setup_completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('users_login_name_key').on(sql`lower(${table.loginName})`)],
);

/** The role a user has at one employer (linked accounts have several rows). */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    role: text('role').notNull(),
    /**
     * Dossier scope. `inherited` is the manual's "autorisatie-overname": the user takes the scope
     * of the group above them, which is the employer itself, so the whole employer. `explicit`
     * means: the whole employer when `scope_whole_employer`, else the departments and employees
     * listed in the two tables below; nothing listed means no employees at all.
     */
    scopeMode: text('scope_mode').notNull().default('inherited'),
    scopeWholeEmployer: boolean('scope_whole_employer').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.employerId] }),
    index('memberships_employer_idx').on(table.employerId),
  ],
);

/** Departments in an explicit dossier scope; their sub-departments (also later ones) come along. */
export const scopeDepartments = pgTable(
  'scope_departments',
  {
    employerId: uuid('employer_id').notNull(),
    userId: uuid('user_id').notNull(),
    departmentId: uuid('department_id').notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employerId, table.userId, table.departmentId] }),
    foreignKey({
      name: 'scope_departments_membership_fk',
      columns: [table.userId, table.employerId],
      foreignColumns: [memberships.userId, memberships.employerId],
    }),
    foreignKey({
      name: 'scope_departments_department_fk',
      columns: [table.employerId, table.departmentId],
      foreignColumns: [departments.employerId, departments.id],
    }),
  ],
);

/** Single employees in an explicit dossier scope. */
export const scopeEmployees = pgTable(
  'scope_employees',
  {
    employerId: uuid('employer_id').notNull(),
    userId: uuid('user_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employerId, table.userId, table.employeeId] }),
    foreignKey({
      name: 'scope_employees_membership_fk',
      columns: [table.userId, table.employerId],
      foreignColumns: [memberships.userId, memberships.employerId],
    }),
    foreignKey({
      name: 'scope_employees_employee_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
  ],
);

/**
 * Which employers (or departments of them) a casemanager or bedrijfsarts of the arbodienst works
 * for (issue 14): the operator admin assigns them; their work list reads these employers only.
 * No department means the whole employer. Not a tenant table: it is the operator's own record
 * across employers, read before any employer context exists (like `memberships`).
 */
export const careAssignments = pgTable(
  'care_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    departmentId: uuid('department_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('care_assignments_node_key')
      .on(table.userId, table.employerId, table.departmentId)
      .nullsNotDistinct(),
    index('care_assignments_employer_idx').on(table.employerId),
    foreignKey({
      name: 'care_assignments_department_fk',
      columns: [table.employerId, table.departmentId],
      foreignColumns: [departments.employerId, departments.id],
    }),
  ],
);
