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
import { cases } from '../cases/cases.table.js';
import { employees } from '../employees/employees.table.js';
import { employers } from '../organisation/organisation.table.js';

/**
 * The tasks of a legal case (SPEC.md §2.7), made from its protocol when the case opened. The
 * definition a task needs later (postponable, set aside on close, its sick-day) is copied in, so
 * a change of the protocol applies to cases opened afterwards only.
 */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    /** The first episode of the legal case (wachttijd) the task belongs to. */
    caseId: uuid('case_id').notNull(),
    protocolCode: text('protocol_code').notNull(),
    code: text('code').notNull(),
    /** 0 for a task that does not repeat; 0, 1, 2 … for the repetitions of one that does. */
    occurrence: integer('occurrence').notNull(),
    dueSickDay: integer('due_sick_day').notNull(),
    dueDate: date('due_date').notNull(),
    /** open | done | postponed | cancelled | set_aside */
    status: text('status').notNull(),
    important: boolean('important').notNull().default(false),
    postponable: boolean('postponable').notNull(),
    setAsideOnClose: boolean('set_aside_on_close').notNull(),
    doneOn: date('done_on'),
    /** The note of done, or the reason of a postponement or cancellation. */
    note: text('note'),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'case_tasks_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'case_tasks_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    unique('case_tasks_case_code_occurrence_key').on(table.caseId, table.code, table.occurrence),
    // The Taken list and widget: an employer's tasks by status and due date.
    index('case_tasks_employer_status_due_idx').on(table.employerId, table.status, table.dueDate),
    index('case_tasks_employer_employee_idx').on(table.employerId, table.employeeId),
    check(
      'case_tasks_status_check',
      sql`${table.status} in ('open', 'done', 'postponed', 'cancelled', 'set_aside')`,
    ),
  ],
);
