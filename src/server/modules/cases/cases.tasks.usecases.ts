/**
 * The cases as the tasks module follows them (SPEC.md §2.7), in the caller's transaction: read
 * after a task is done, and told again when an employment's end date changes (the employees
 * module sits below cases, so it reaches this through its port, wired in modules.ts).
 */
import type { TenantDb } from '../../db/tenancy.js';
import type { EmployerActor } from '../users/users.policies.js';
import { announceLegalCases, type CasesContext } from './cases.context.js';
import { casesForTasksOf } from './cases.history.js';
import { createCasesRepository } from './cases.repository.js';
import type { CasesForTasks } from './cases.tasks.models.js';

type ScopedActor = Pick<EmployerActor, 'employerId' | 'scope'>;

export function caseTaskUseCases(context: CasesContext) {
  /** The employee's cases and employments; 404 when the employee is not the actor's. */
  async function read(tx: TenantDb, actor: ScopedActor, employeeId: string, lock: boolean) {
    const scoped = await context.employees.scopedEmploymentsIn(tx, actor, employeeId);
    const repository = createCasesRepository(tx, actor.employerId);
    if (lock) await repository.lockEmployeeCases(scoped.employeeId);
    const all = await repository.casesOfEmployee(scoped.employeeId);
    return casesForTasksOf(all, scoped.employments);
  }

  return {
    /** The employee's legal cases and pregnancies as the tasks follow them. */
    casesForTasksIn(tx: TenantDb, actor: ScopedActor, employeeId: string): Promise<CasesForTasks> {
      return read(tx, actor, employeeId, false);
    },

    /**
     * After an employment of the employee got, lost or moved its end date (in the employees use
     * case's transaction): the tasks learn it, under the lock of the employee's cases.
     */
    async employmentEndChangedIn(
      tx: TenantDb,
      actor: ScopedActor,
      employeeId: string,
    ): Promise<void> {
      const cases = await read(tx, actor, employeeId, true);
      await announceLegalCases(context, tx, actor.employerId, employeeId, cases);
    },
  };
}
