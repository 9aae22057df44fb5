/** Whom a task may be given to: users of the employer who work on tasks and see the employee. */
import type { Locale } from '../../../contracts/common.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type { TaskAssignees } from '../../../contracts/tasks.js';
import { errors } from '../../platform/errors.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { inTasksTransaction, type TasksContext } from './tasks.context.js';
import type { TasksRepository } from './tasks.repository.js';

type Member = Awaited<ReturnType<UsersUseCases['actingMembersIn']>>[number];

/** True when the member's role works on tasks and their dossier scope holds the employee. */
export function mayWorkOn(
  context: TasksContext,
  repository: TasksRepository,
  member: Member,
  employeeId: string,
): Promise<boolean> {
  if (!roleHasPermission(member.role, 'tasks.work')) return Promise.resolve(false);
  return repository.employeeMatches(employeeId, (column) =>
    context.employees.scopeCondition(member.scope, column, context.today()),
  );
}

export function taskAssigneeUseCases(context: TasksContext) {
  return {
    /** The users the task may be given to, by name (404 when the task is not the actor's). */
    taskAssignees(actor: EmployerActor, taskId: string, _locale: Locale): Promise<TaskAssignees> {
      return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
        const task = await repository.findTask(taskId);
        if (task === undefined) throw errors.notFound();
        await context.employees.scopedEmployeeIn(tx, actor, task.employeeId);
        const members = await context.users.actingMembersIn(tx, actor.employerId);
        const items = [];
        for (const member of members) {
          if (await mayWorkOn(context, repository, member, task.employeeId))
            items.push({ id: member.id, name: member.displayName });
        }
        return { items };
      });
    },
  };
}
