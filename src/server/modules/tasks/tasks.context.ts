/**
 * What every use case of the tasks module shares: its dependencies, the one tenant transaction a
 * use case opens, the audit actions, and the task as the API shows it.
 */
import type { Locale } from '../../../contracts/common.js';
import type { TaskStatus, TaskView } from '../../../contracts/tasks.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { protocolOf } from './tasks.protocols.models.js';
import { createTasksRepository, type TaskRow, type TasksRepository } from './tasks.repository.js';

export type TasksDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  employees: Pick<EmployeesUseCases, 'scopedEmployeeIn' | 'scopeCondition' | 'findEmployeeNamesIn'>;
  cases: Pick<CasesUseCases, 'legalCasesIn'>;
};

export type TasksContext = TasksDependencies & { today: () => string };

export const audited = {
  read: 'tasks.read',
  done: 'task.done',
  postponed: 'task.postponed',
  cancelled: 'task.cancelled',
  important: 'task.important',
} as const;

export function inTasksTransaction<T>(
  context: TasksContext,
  employerId: AuthorizedEmployerId,
  work: (tx: TenantDb, repository: TasksRepository) => Promise<T>,
): Promise<T> {
  return inTenant(context.db, employerId, (tx) => work(tx, createTasksRepository(tx, employerId)));
}

/** The task as the API shows it, its name from the protocol in the reader's language. */
export function toTaskView(row: TaskRow, employeeName: string, locale: Locale): TaskView {
  const definition = protocolOf(row.protocolCode)?.tasks.find((task) => task.code === row.code);
  return {
    id: row.id,
    caseId: row.caseId,
    employeeId: row.employeeId,
    employeeName,
    code: row.code,
    name: definition?.name[locale] ?? row.code,
    dueDate: row.dueDate,
    dueSickDay: row.dueSickDay,
    status: row.status as TaskStatus,
    important: row.important,
    postponable: row.postponable,
    doneOn: row.doneOn,
    note: row.note,
  };
}

/** The rows as views, with their employees' names read in the same transaction. */
export async function withNames(
  context: TasksContext,
  tx: TenantDb,
  rows: readonly TaskRow[],
  locale: Locale,
): Promise<TaskView[]> {
  const ids = [...new Set(rows.map((row) => row.employeeId))];
  const names = await context.employees.findEmployeeNamesIn(tx, ids, context.today());
  const nameOf = new Map(names.map((name) => [name.id, name.name]));
  return rows.map((row) => toTaskView(row, nameOf.get(row.employeeId) ?? '', locale));
}
