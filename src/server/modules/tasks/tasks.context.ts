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
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { Protocol } from './tasks.protocols.models.js';
import { createProtocolsRepository } from './tasks.protocols.repository.js';
import {
  createTasksRepository,
  type NameQueries,
  type TaskRow,
  type TasksRepository,
  type TaskViewRow,
} from './tasks.repository.js';

export type TasksDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  employees: Pick<
    EmployeesUseCases,
    'scopedEmployeeIn' | 'scopeCondition' | 'findEmployeeNamesIn' | 'employeeNameQuery'
  >;
  cases: Pick<CasesUseCases, 'casesForTasksIn'>;
  organisation: Pick<OrganisationUseCases, 'employerNamesOf' | 'listEmployers'>;
  users: Pick<UsersUseCases, 'actingMembersIn' | 'displayNamesOf' | 'displayNameQuery'>;
  /** Where the app is reached: the iCal feed's URL and its events' links. */
  publicUrl: string;
  /** The webhooks' outbox; absent where integration is not wired. */
  taskEvents?: TaskEventListener;
};

/** A task whose due date came (`task.due`), by ids only: no names or health data. */
export type TaskEvent = {
  type: 'task.due';
  data: { taskId: string; employeeId: string; caseId: string; code: string; dueDate: string };
};

/**
 * Told the tasks whose due date came, in the transaction that marks them told, so each event is
 * stored once. A port: the integration module (webhooks) sits above tasks; `createModules` wires it.
 */
export type TaskEventListener = (
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  events: readonly TaskEvent[],
) => Promise<void>;

/** The protocol versions with these ids, read in `tx` (each version once: it never changes). */
export type ProtocolVersions = {
  read(tx: Db, ids: readonly string[]): Promise<ReadonlyMap<string, Protocol>>;
  /** A version read otherwise (the current one a new case gets), kept for the next reads. */
  remember(protocol: Protocol): void;
};

export type TasksContext = TasksDependencies & {
  today: () => string;
  protocolVersions: ProtocolVersions;
};

/**
 * A protocol version is never changed (the admin's edit writes the next), so what was read once
 * stays true in every instance of the app: the tasks' names and definitions need no query after
 * the first.
 */
export function protocolVersionCache(): ProtocolVersions {
  const known = new Map<string, Protocol>();
  return {
    async read(tx, ids) {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      if (missing.length > 0) {
        for (const protocol of await createProtocolsRepository(tx).protocolsWithIds(missing)) {
          known.set(protocol.id, protocol);
        }
      }
      return known;
    },
    remember(protocol) {
      known.set(protocol.id, protocol);
    },
  };
}

export const audited = {
  read: 'tasks.read',
  done: 'task.done',
  postponed: 'task.postponed',
  cancelled: 'task.cancelled',
  important: 'task.important',
  assigned: 'task.assigned',
  calendarUrl: 'tasks.calendar_url_created',
} as const;

/** The scalar subqueries of the modules that own the employees' and the assignees' names. */
export function nameQueriesOf(context: TasksDependencies): NameQueries {
  return {
    employee: context.employees.employeeNameQuery,
    assignee: context.users.displayNameQuery,
  };
}

export function inTasksTransaction<T>(
  context: TasksContext,
  employerId: AuthorizedEmployerId,
  work: (tx: TenantDb, repository: TasksRepository) => Promise<T>,
): Promise<T> {
  return inTenant(context.db, employerId, (tx) => work(tx, createTasksRepository(tx, employerId)));
}

/** The task as the API shows it, its name from its protocol version in the reader's language. */
function toTaskView(
  row: TaskViewRow,
  protocol: Protocol | undefined,
  names: { employee: string; assignee: string | undefined },
  locale: Locale,
): TaskView {
  const definition = protocol?.tasks.find((task) => task.code === row.code);
  return {
    id: row.id,
    caseId: row.caseId,
    employeeId: row.employeeId,
    employeeName: names.employee,
    code: row.code,
    name: definition?.name[locale] ?? row.code,
    dueDate: row.dueDate,
    dueSickDay: row.dueSickDay,
    status: row.status as TaskStatus,
    important: row.important,
    postponable: row.postponable,
    doneOn: row.doneOn,
    note: row.note,
    assignedTo: row.assignedTo === null ? null : { id: row.assignedTo, name: names.assignee ?? '' },
  };
}

/** Rows read with their names (one statement) as views; the protocols read in `tx` if not known. */
export async function namedViews(
  context: TasksContext,
  tx: TenantDb,
  rows: readonly (TaskViewRow & { employeeName: string | null; assigneeName: string | null })[],
  locale: Locale,
): Promise<TaskView[]> {
  const versions = await context.protocolVersions.read(
    tx,
    rows.map((row) => row.protocolId),
  );
  return rows.map((row) =>
    toTaskView(
      row,
      versions.get(row.protocolId),
      { employee: row.employeeName ?? '', assignee: row.assigneeName ?? undefined },
      locale,
    ),
  );
}

/** The rows as views, with their employees' and assignees' names and protocols read in `tx`. */
export async function withNames(
  context: TasksContext,
  tx: TenantDb,
  rows: readonly TaskRow[],
  locale: Locale,
): Promise<TaskView[]> {
  const ids = [...new Set(rows.map((row) => row.employeeId))];
  const names = await context.employees.findEmployeeNamesIn(tx, ids, context.today());
  const nameOf = new Map(names.map((name) => [name.id, name.name]));
  const versions = await context.protocolVersions.read(
    tx,
    rows.map((row) => row.protocolId),
  );
  const assignees = [...new Set(rows.flatMap((row) => row.assignedTo ?? []))];
  const assigneeNames =
    assignees.length === 0
      ? new Map<string, string>()
      : await context.users.displayNamesOf(assignees, tx);
  return rows.map((row) =>
    toTaskView(
      row,
      versions.get(row.protocolId),
      {
        employee: nameOf.get(row.employeeId) ?? '',
        assignee: row.assignedTo === null ? undefined : assigneeNames.get(row.assignedTo),
      },
      locale,
    ),
  );
}
