/**
 * What a person does with a task (SPEC.md §2.7): done, postpone, cancel ("laten vervallen"),
 * mark important. Each in one transaction with its audit entry, refused with a clear code where
 * the task or the protocol does not allow it.
 */
import type { AuditAction } from '../../../contracts/audit.js';
import type { Locale } from '../../../contracts/common.js';
import type { TaskView } from '../../../contracts/tasks.js';
import { auditBy } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { EmployerActor } from '../users/users.policies.js';
import { audited, inTasksTransaction, type TasksContext, withNames } from './tasks.context.js';
import { tasksErrors } from './tasks.errors.js';
import type { TaskRow, TasksRepository } from './tasks.repository.js';
import { mayWorkOn } from './tasks.assignees.usecases.js';
import { syncTasks } from './tasks.sync.usecases.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { ScopedEmployeeId } from '../employees/employees.usecases.js';

type Changed = {
  fields: Parameters<TasksRepository['updateTask']>[1];
  details: Record<string, unknown>;
};
type Change = (
  row: TaskRow,
  tx: TenantDb,
  repository: TasksRepository,
) => Changed | Promise<Changed>;

const isPending = (row: TaskRow) => row.status === 'open' || row.status === 'postponed';

export function taskActionUseCases(context: TasksContext) {
  /**
   * The task (404 when it is not the actor's employer's or its employee is out of scope), changed
   * by `change` (which may refuse), audited as `action`; `then` runs after the write.
   */
  function changeTask(
    actor: EmployerActor,
    taskId: string,
    locale: Locale,
    action: AuditAction,
    change: Change,
    then?: (
      tx: TenantDb,
      repository: TasksRepository,
      employeeId: ScopedEmployeeId,
    ) => Promise<void>,
  ): Promise<TaskView> {
    return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
      const found = await repository.findTask(taskId);
      if (found === undefined) throw errors.notFound();
      const employeeId = await context.employees.scopedEmployeeIn(tx, actor, found.employeeId);
      const { fields, details } = await change(found, tx, repository);
      await repository.updateTask(found.id, { ...fields, updatedBy: actor.userId });
      if (then) await then(tx, repository, employeeId);
      const changed = await repository.findTask(found.id);
      if (changed === undefined) throw new Error('the task is gone within its own transaction');
      await auditBy(context.audit, actor).record(
        {
          action,
          subjectType: 'task',
          subjectId: found.id,
          details: {
            employeeId: found.employeeId,
            caseId: found.caseId,
            code: found.code,
            ...details,
          },
        },
        tx,
      );
      const [view] = await withNames(context, tx, [changed], locale);
      if (view === undefined) throw new Error('a task without a view');
      return view;
    });
  }

  return {
    /**
     * Done on a date (not in the future), with a note. The dates of the legal case are planned
     * again: a done probleemanalyse can bring the plan van aanpak forward (DOMAIN.md §2).
     */
    markTaskDone(
      actor: EmployerActor,
      taskId: string,
      input: { doneOn: string; note?: string | undefined },
      locale: Locale,
    ): Promise<TaskView> {
      return changeTask(
        actor,
        taskId,
        locale,
        audited.done,
        (row) => {
          if (!isPending(row)) throw tasksErrors.notOpen();
          if (input.doneOn > context.today()) throw tasksErrors.doneInFuture();
          return {
            fields: { status: 'done', doneOn: input.doneOn, note: input.note || null },
            details: { doneOn: input.doneOn },
          };
        },
        async (tx, _repository, employeeId) =>
          syncTasks(
            context,
            tx,
            actor.employerId,
            employeeId,
            await context.cases.casesForTasksIn(tx, actor, employeeId),
          ),
      );
    },

    /** A new, later date with a reason; refused for a task the protocol does not let move. */
    postponeTask(
      actor: EmployerActor,
      taskId: string,
      input: { dueDate: string; reason: string },
      locale: Locale,
    ): Promise<TaskView> {
      return changeTask(actor, taskId, locale, audited.postponed, (row) => {
        if (!isPending(row)) throw tasksErrors.notOpen();
        if (!row.postponable) throw tasksErrors.notPostponable();
        if (input.dueDate <= row.dueDate) throw tasksErrors.postponeNotLater();
        return {
          fields: { status: 'postponed', dueDate: input.dueDate, note: input.reason },
          details: { from: row.dueDate, dueDate: input.dueDate, reason: input.reason },
        };
      });
    },

    /** Laten vervallen: a person decides the task is not needed, with a reason. */
    cancelTask(
      actor: EmployerActor,
      taskId: string,
      input: { reason: string },
      locale: Locale,
    ): Promise<TaskView> {
      return changeTask(actor, taskId, locale, audited.cancelled, (row) => {
        if (!isPending(row)) throw tasksErrors.notOpen();
        return {
          fields: { status: 'cancelled', note: input.reason },
          details: { reason: input.reason },
        };
      });
    },

    /**
     * Gives the task to a user of the actor's employer who works on tasks and may see the
     * employee's dossier, or to nobody (`userId` null); anyone else is a field error.
     */
    assignTask(
      actor: EmployerActor,
      taskId: string,
      input: { userId: string | null },
      locale: Locale,
    ): Promise<TaskView> {
      return changeTask(actor, taskId, locale, audited.assigned, async (row, tx, repository) => {
        if (input.userId !== null) {
          const members = await context.users.actingMembersIn(tx, actor.employerId);
          const member = members.find((candidate) => candidate.id === input.userId);
          if (!member || !(await mayWorkOn(context, repository, member, row.employeeId)))
            throw tasksErrors.assigneeNotAllowed();
        }
        return {
          fields: { assignedTo: input.userId },
          details: { from: row.assignedTo, assignedTo: input.userId },
        };
      });
    },

    /** Marks a task important, or no longer. */
    markTaskImportant(
      actor: EmployerActor,
      taskId: string,
      input: { important: boolean },
      locale: Locale,
    ): Promise<TaskView> {
      return changeTask(actor, taskId, locale, audited.important, () => ({
        fields: { important: input.important },
        details: { important: input.important },
      }));
    },
  };
}
