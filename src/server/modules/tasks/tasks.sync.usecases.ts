/**
 * The tasks follow the legal cases (DOMAIN.md §2): called in the transaction of every change to
 * an employee's cases, and after a task is done (an earlier plan van aanpak).
 */
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { TasksContext } from './tasks.context.js';
import {
  type LegalCase,
  type PlannedTask,
  type PregnancyCase,
  planTasks,
  pregnancyAsLegalCase,
  setAsideOrphans,
  type TaskUpdate,
} from './tasks.models.js';
import {
  defaultProtocolCode,
  pregnancyProtocolCode,
  type Protocol,
} from './tasks.protocols.models.js';
import { createProtocolsRepository } from './tasks.protocols.repository.js';
import { createTasksRepository, type TaskRow } from './tasks.repository.js';

const asPlanned = (row: TaskRow): PlannedTask => ({
  id: row.id,
  code: row.code,
  occurrence: row.occurrence,
  dueSickDay: row.dueSickDay,
  dueDate: row.dueDate,
  status: row.status as PlannedTask['status'],
  doneOn: row.doneOn,
});

/** An employee's cases as the tasks follow them (the cases module's `CasesForTasks`). */
export type EmployeeCases = {
  legalCases: readonly LegalCase[];
  pregnancies: readonly PregnancyCase[];
};

/**
 * Brings the tasks of the employee's cases in line with `cases`: a new open legal case gets the
 * tasks of the WVP protocol as it stands now, a new open pregnancy those of the WAZO protocol
 * (the employer's variant when there is one); a case with tasks is planned by the protocol
 * version it was opened with, never a later one. The tasks of a case that is no longer the first
 * episode of a legal case are set aside. Changes by the system: no user.
 */
export async function syncTasks(
  context: Pick<TasksContext, 'protocolVersions'>,
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  cases: EmployeeCases,
): Promise<void> {
  const repository = createTasksRepository(tx, employerId);
  const existing = await repository.tasksOfEmployee(employeeId);
  const versions = await context.protocolVersions.read(
    tx,
    existing.map((row) => row.protocolId),
  );
  const current = new Map<string, Protocol | undefined>();
  const currentProtocol = async (code: string) => {
    if (!current.has(code)) {
      current.set(code, await createProtocolsRepository(tx).currentProtocolFor(code, employerId));
    }
    return current.get(code);
  };
  const planned = [
    ...cases.legalCases.map((legalCase) => ({ legalCase, code: defaultProtocolCode })),
    ...cases.pregnancies.map((pregnancy) => ({
      legalCase: pregnancyAsLegalCase(pregnancy),
      code: pregnancyProtocolCode,
    })),
  ];
  const updates: TaskUpdate[] = [];
  for (const { legalCase, code } of planned) {
    const rows = existing.filter((row) => row.caseId === legalCase.caseId);
    const opened = rows[0] === undefined ? undefined : versions.get(rows[0].protocolId);
    const protocol = opened ?? (await currentProtocol(code));
    if (protocol === undefined) continue;
    context.protocolVersions.remember(protocol);
    const plan = planTasks(protocol, legalCase, rows.map(asPlanned));
    updates.push(...plan.updates);
    await repository.insertTasks(
      plan.inserts.map((task) => {
        const definition = protocol.tasks.find((candidate) => candidate.code === task.code);
        return {
          ...task,
          employeeId,
          caseId: legalCase.caseId,
          protocolId: protocol.id,
          postponable: definition?.postponable ?? false,
          setAsideOnClose: definition?.setAsideOnClose ?? true,
        };
      }),
    );
  }
  const heads = new Set(planned.map(({ legalCase }) => legalCase.caseId));
  updates.push(...setAsideOrphans(existing.filter((row) => !heads.has(row.caseId)).map(asPlanned)));
  await repository.replanTasks(updates);
}

export function syncUseCases(context: Pick<TasksContext, 'protocolVersions'>) {
  return {
    /** The port the cases module calls (wired in modules.ts), in the cases use case's transaction. */
    legalCasesChanged(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      cases: EmployeeCases,
    ): Promise<void> {
      return syncTasks(context, tx, employerId, employeeId, cases);
    },
  };
}
