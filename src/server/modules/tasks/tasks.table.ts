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
import { protocols } from './tasks.protocols.table.js';
import { users } from '../users/users.table.js';

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
    /** The protocol version the case was opened with (never moved to a later version). */
    protocolId: uuid('protocol_id')
      .notNull()
      .references(() => protocols.id),
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
    /** The user the task was given to ("aan mij toegewezen"); null when nobody in particular. */
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by'),
    /**
     * The due date a `task.due` event was last told for (webhooks): a task is told once per due
     * date, and again when postponing or a replan gives it another.
     */
    dueAnnouncedFor: date('due_announced_for'),
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
    // The Taken list filtered by status: an employer's tasks by status and due date.
    index('case_tasks_employer_status_due_idx').on(table.employerId, table.status, table.dueDate),
    // The Taken list's first page unfiltered: read in the list's order, 50 rows and no sort.
    index('case_tasks_employer_due_idx').on(table.employerId, table.dueDate, table.code, table.id),
    // The widget's first items of each group, the signals' counts and the iCal feed: the open
    // and postponed tasks in the list's order. Without it each group sorted all its tasks to
    // find its first five (EXPLAIN ANALYZE in bench/README.md, `npm run bench:tasks`).
    index('case_tasks_pending_due_idx')
      .on(table.employerId, table.dueDate, table.code, table.id)
      .where(sql`${table.status} in ('open', 'postponed')`),
    // The task.due round's search across employers: pending tasks by due date alone.
    index('case_tasks_pending_by_due_idx')
      .on(table.dueDate)
      .where(sql`${table.status} in ('open', 'postponed')`),
    index('case_tasks_employer_employee_idx').on(table.employerId, table.employeeId),
    // The Taken list filtered to "aan mij toegewezen".
    index('case_tasks_employer_assigned_due_idx').on(
      table.employerId,
      table.assignedTo,
      table.dueDate,
    ),
    check(
      'case_tasks_status_check',
      sql`${table.status} in ('open', 'done', 'postponed', 'cancelled', 'set_aside')`,
    ),
  ],
);
