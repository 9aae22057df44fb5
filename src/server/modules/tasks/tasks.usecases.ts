/**
 * The use cases of the tasks module (SPEC.md §2.7), one file per subject: the tasks following the
 * legal cases (the port cases calls), reads, and a person's actions. Every use case opens one
 * tenant transaction and writes its audit entry in it.
 */
import { amsterdamDateOf } from '../../platform/dates.js';
import { taskActionUseCases } from './tasks.actions.usecases.js';
import { taskAssigneeUseCases } from './tasks.assignees.usecases.js';
import { taskCalendarUseCases } from './tasks.calendar.usecases.js';
import { protocolVersionCache, type TasksDependencies } from './tasks.context.js';
import { taskDueUseCases } from './tasks.due.usecases.js';
import { protocolUseCases } from './tasks.protocols.usecases.js';
import { taskReadUseCases } from './tasks.reads.usecases.js';
import { taskRetentionUseCases } from './tasks.retention.usecases.js';
import { taskSubjectAccessUseCases } from './tasks.subject-access.usecases.js';
import { syncUseCases } from './tasks.sync.usecases.js';
export type { SubjectAccessTask } from './tasks.subject-access.usecases.js';

export function createTasksUseCases(dependencies: TasksDependencies) {
  const context = {
    ...dependencies,
    today: () => amsterdamDateOf(dependencies.clock.now()),
    protocolVersions: protocolVersionCache(),
  };
  return {
    ...syncUseCases(context),
    ...taskReadUseCases(context),
    ...taskActionUseCases(context),
    ...protocolUseCases(context),
    ...taskAssigneeUseCases(context),
    ...taskCalendarUseCases(context),
    ...taskDueUseCases(context),
    ...taskRetentionUseCases(),
    ...taskSubjectAccessUseCases(),
  };
}

export type TasksUseCases = ReturnType<typeof createTasksUseCases>;
