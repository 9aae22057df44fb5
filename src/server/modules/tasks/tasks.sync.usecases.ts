/**
 * The tasks follow the legal cases (DOMAIN.md §2): called in the transaction of every change to
 * an employee's cases, and after a task is done (an earlier plan van aanpak).
 */
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  type LegalCase,
  type PlannedTask,
  planTasks,
  setAsideOrphans,
  type TaskUpdate,
} from './tasks.models.js';
import { defaultProtocolCode, protocolOf } from './tasks.protocols.models.js';
import { createTasksRepository, type TaskRow, type TasksRepository } from './tasks.repository.js';

const asPlanned = (row: TaskRow): PlannedTask => ({
  id: row.id,
  code: row.code,
  occurrence: row.occurrence,
  dueSickDay: row.dueSickDay,
  dueDate: row.dueDate,
  status: row.status as PlannedTask['status'],
  doneOn: row.doneOn,
});

/**
 * Brings the tasks of the employee's legal cases in line with `legalCases`: new open cases get
 * their protocol's tasks, the rest are planned by `planTasks`; the tasks of a case that is no
 * longer the first episode of a legal case are set aside. Changes by the system: no user.
 */
export async function syncTasks(
  repository: TasksRepository,
  employeeId: string,
  legalCases: readonly LegalCase[],
): Promise<void> {
  const existing = await repository.tasksOfEmployee(employeeId);
  const updates: TaskUpdate[] = [];
  for (const legalCase of legalCases) {
    const rows = existing.filter((row) => row.caseId === legalCase.caseId);
    const protocol = protocolOf(rows[0]?.protocolCode ?? defaultProtocolCode);
    if (protocol === undefined) continue;
    const plan = planTasks(protocol, legalCase, rows.map(asPlanned));
    updates.push(...plan.updates);
    await repository.insertTasks(
      plan.inserts.map((task) => {
        const definition = protocol.tasks.find((candidate) => candidate.code === task.code);
        return {
          ...task,
          employeeId,
          caseId: legalCase.caseId,
          protocolCode: protocol.code,
          postponable: definition?.postponable ?? false,
          setAsideOnClose: definition?.setAsideOnClose ?? true,
        };
      }),
    );
  }
  const heads = new Set(legalCases.map((legalCase) => legalCase.caseId));
  updates.push(...setAsideOrphans(existing.filter((row) => !heads.has(row.caseId)).map(asPlanned)));
  for (const update of updates) {
    await repository.updateTask(update.id, {
      dueDate: update.dueDate,
      status: update.status,
      updatedBy: null,
    });
  }
}

export function syncUseCases() {
  return {
    /** The port the cases module calls (wired in app.ts), in the cases use case's transaction. */
    legalCasesChanged(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      legalCases: LegalCase[],
    ): Promise<void> {
      return syncTasks(createTasksRepository(tx, employerId), employeeId, legalCases);
    },
  };
}
