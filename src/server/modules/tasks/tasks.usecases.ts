/**
 * The use cases of the tasks module (SPEC.md §2.7), one file per subject: the tasks following the
 * legal cases (the port cases calls), reads, and a person's actions. Every use case opens one
 * tenant transaction and writes its audit entry in it.
 */
import type { TenantDb } from '../../db/tenancy.js';
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
import { taskOffboardingUseCases } from './tasks.offboarding.usecases.js';
export type { SubjectAccessTask } from './tasks.subject-access.usecases.js';

const contextOf = (dependencies: TasksDependencies) => ({
  ...dependencies,
  today: () => amsterdamDateOf(dependencies.clock.now()),
  protocolVersions: protocolVersionCache(),
});

export function createTasksUseCases(dependencies: TasksDependencies) {
  const context = contextOf(dependencies);
  return {
    /**
     * The reads and a person's actions over the caller's transaction (each then runs in a
     * savepoint of it): for a module above tasks whose use case completes a task in its own
     * transaction (a final re-integration document marks its task done).
     */
    inTransaction(tx: TenantDb) {
      const within = contextOf({ ...dependencies, db: tx });
      return { ...taskReadUseCases(within), ...taskActionUseCases(within) };
    },
    ...syncUseCases(context),
    ...taskReadUseCases(context),
    ...taskActionUseCases(context),
    ...protocolUseCases(context),
    ...taskAssigneeUseCases(context),
    ...taskCalendarUseCases(context),
    ...taskDueUseCases(context),
    ...taskRetentionUseCases(),
    ...taskOffboardingUseCases(),
    ...taskSubjectAccessUseCases(),
  };
}

export type TasksUseCases = ReturnType<typeof createTasksUseCases>;
