import { addDays } from '../../../contracts/civil-dates.js';
import type { Locale } from '../../../contracts/common.js';
import { nowWindowDays } from '../../../contracts/tasks.js';
import {
  newSickReportDays,
  type Worklist,
  type WorklistFilter,
  type WorklistItem,
} from '../../../contracts/worklist.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';
import type { Actor } from '../users/users.policies.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import { isNewSickReport, worklistItems } from './worklist.models.js';

export type WorklistDependencies = {
  clock: Clock;
  users: Pick<UsersUseCases, 'assignedEmployers'>;
  cases: Pick<CasesUseCases, 'sickToday'>;
  tasks: Pick<TasksUseCases, 'listTasks'>;
};

/** At most this many pending tasks per status and employer are listed (the Taken page pages on). */
const taskLimit = 200;
/** Everyone sick today at an employer: a small part of it (cases.sick-today.usecases.ts). */
const allSick = 100_000;

/**
 * Werklijst: a casemanager's or bedrijfsarts's items across the employers assigned to them. The
 * employers come from the users module (the assignments, each with the actor the user acts as
 * there: their role, the assigned scope); each employer's items are read through the use cases
 * that own them, in that employer's tenant transaction, with their own checks and audit entries.
 */
export function createWorklistUseCases({ clock, users, cases, tasks }: WorklistDependencies) {
  return {
    async worklist(actor: Actor, filter: WorklistFilter, locale: Locale): Promise<Worklist> {
      const today = amsterdamDateOf(clock.now());
      const assigned = await users.assignedEmployers(actor);
      const read = filter.employerId
        ? assigned.filter((employer) => employer.employerId === filter.employerId)
        : assigned;
      const items: WorklistItem[] = [];
      for (const { employerId, name, actor: there } of read) {
        const base = { employerId, employerName: name };
        if (filter.show === 'all' || filter.show === 'new' || filter.show === 'cases') {
          const sick = await cases.sickToday(
            there,
            { sort: '-duration', page: 1, pageSize: allSick },
            locale,
          );
          for (const row of sick.items) {
            items.push({
              kind: 'case',
              ...base,
              employeeId: row.employeeId,
              employeeName: row.name,
              firstSickDay: row.firstSickDay,
              durationDays: row.durationDays,
              percentage: row.percentage,
              isNew: isNewSickReport(row.firstSickDay, today, newSickReportDays),
            });
          }
        }
        if (filter.show === 'all' || filter.show === 'late' || filter.show === 'due') {
          for (const status of ['open', 'postponed'] as const) {
            const pending = await tasks.listTasks(
              there,
              { status, dueTo: addDays(today, nowWindowDays), limit: taskLimit, offset: 0 },
              locale,
            );
            for (const task of pending.items) {
              items.push({
                kind: 'task',
                ...base,
                employeeId: task.employeeId,
                employeeName: task.employeeName,
                taskId: task.id,
                taskName: task.name,
                dueDate: task.dueDate,
                late: task.dueDate < today,
              });
            }
          }
        }
      }
      return {
        date: today,
        employers: assigned.map((employer) => ({ id: employer.employerId, name: employer.name })),
        items: worklistItems(items, filter),
      };
    },
  };
}

export type WorklistUseCases = ReturnType<typeof createWorklistUseCases>;
