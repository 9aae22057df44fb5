import { addDays } from '../../../contracts/civil-dates.js';
import { inTenant } from '../../db/tenancy.js';
import type { TasksContext } from './tasks.context.js';
import { employersWithTasksToAnnounce, markTasksAnnounced } from './tasks.due.repository.js';

export const taskDueAnnounceJob = 'task-due-announce';

/**
 * How far back a due date is still told. A backdated sick report makes tasks that were due weeks
 * ago; they show as late in the app, but an HR system gains nothing from a burst of old events.
 */
export const taskDueLookBackDays = 7;

/** The `task.due` webhook event (docs/webhooks.md): told once per task and due date. */
export function taskDueUseCases(context: TasksContext) {
  return {
    /**
     * One round of the job `task-due-announce`: per employer, in one tenant transaction, the
     * pending tasks due from a week ago up to today are marked told and handed to the
     * `TaskEvents` port together. A task postponed or replanned to another date is told again
     * when that date comes. Nothing is told to a module that is not wired.
     */
    async announceDueTasks(): Promise<{ announced: number }> {
      const today = context.today();
      const from = addDays(today, -taskDueLookBackDays);
      let announced = 0;
      for (const employerId of await employersWithTasksToAnnounce(context.db, from, today)) {
        announced += await inTenant(context.db, employerId, async (tx) => {
          const tasks = await markTasksAnnounced(tx, employerId, from, today);
          await context.taskEvents?.(
            tx,
            employerId,
            tasks.map(({ id, ...task }) => ({
              type: 'task.due' as const,
              data: { taskId: id, ...task },
            })),
          );
          return tasks.length;
        });
      }
      return { announced };
    },
  };
}
