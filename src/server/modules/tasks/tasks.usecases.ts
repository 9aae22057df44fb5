/**
 * The use cases of the tasks module (SPEC.md §2.7), one file per subject: the tasks following the
 * legal cases (the port cases calls), reads, and a person's actions. Every use case opens one
 * tenant transaction and writes its audit entry in it.
 */
import { amsterdamDateOf } from '../../platform/dates.js';
import { taskActionUseCases } from './tasks.actions.usecases.js';
import type { TasksDependencies } from './tasks.context.js';
import { taskReadUseCases } from './tasks.reads.usecases.js';
import { syncUseCases } from './tasks.sync.usecases.js';

export function createTasksUseCases(dependencies: TasksDependencies) {
  const context = { ...dependencies, today: () => amsterdamDateOf(dependencies.clock.now()) };
  return {
    ...syncUseCases(),
    ...taskReadUseCases(context),
    ...taskActionUseCases(context),
  };
}

export type TasksUseCases = ReturnType<typeof createTasksUseCases>;
