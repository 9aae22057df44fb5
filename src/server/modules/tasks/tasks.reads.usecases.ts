/** Reads of tasks: an employee's tasks with the case's progress, the Taken list and widget. */
import { sql } from 'drizzle-orm';
import { addDays } from '../../../contracts/civil-dates.js';
import type { Locale } from '../../../contracts/common.js';
import {
  nowWindowDays,
  type TaskListQuery,
  type TaskSummary,
  type TaskView,
} from '../../../contracts/tasks.js';
import { auditBy } from '../../platform/audit/audit.js';
import { progressOn, type WaitingTimeProgress } from '../cases/cases.models.js';
import type { EmployerActor } from '../users/users.policies.js';
import { audited, inTasksTransaction, type TasksContext, withNames } from './tasks.context.js';

/** A legal case of the employee with where it stands today, for the dossier's timeline. */
export type LegalCaseProgress = {
  caseId: string;
  firstSickDay: string;
  open: boolean;
  progress: WaitingTimeProgress | null;
};

const pending = ['open', 'postponed'] as const;
/** The first items of each group of the widget. */
const widgetItems = 5;

export function taskReadUseCases(context: TasksContext) {
  return {
    /** The employee's tasks and legal cases (404 when not the actor's to see), audited. */
    employeeTasks(
      actor: EmployerActor,
      employeeId: string,
      locale: Locale,
    ): Promise<{ items: TaskView[]; legalCases: LegalCaseProgress[] }> {
      return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
        const scoped = await context.employees.scopedEmployeeIn(tx, actor, employeeId);
        const rows = await repository.tasksOfEmployee(scoped);
        const legalCases = await context.cases.legalCasesIn(tx, actor.employerId, scoped);
        const today = context.today();
        await auditBy(context.audit, actor).record(
          {
            action: audited.read,
            subjectType: 'employee',
            subjectId: employeeId,
            details: { employeeId, tasks: rows.length },
          },
          tx,
        );
        return {
          items: await withNames(context, tx, rows, locale),
          legalCases: legalCases.map(({ caseId, episodes }) => ({
            caseId,
            firstSickDay: episodes[0]?.firstSickDay ?? today,
            open: episodes[episodes.length - 1]?.lastSickDay === null,
            progress: progressOn(episodes, today),
          })),
        };
      });
    },

    /** Taken: a page of the tasks of the employees in the actor's scope, by due date. */
    listTasks(
      actor: EmployerActor,
      query: TaskListQuery,
      locale: Locale,
    ): Promise<{ total: number; items: TaskView[] }> {
      const today = context.today();
      return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
        const department =
          query.departmentId === undefined
            ? null
            : {
                kind: 'selection' as const,
                departmentIds: [query.departmentId],
                employeeIds: [],
              };
        const { total, rows } = await repository.listTasks(
          {
            inScope: (employeeId) => {
              const inScope = context.employees.scopeCondition(actor.scope, employeeId, today);
              return department === null
                ? inScope
                : sql`${inScope} and ${context.employees.scopeCondition(department, employeeId, today)}`;
            },
            status: query.status,
            dueFrom: query.dueFrom,
            dueTo: query.dueTo,
            employeeId: query.employeeId,
          },
          query,
        );
        return { total, items: await withNames(context, tx, rows, locale) };
      });
    },

    /** The Taken widget: late (red), due within 7 days (yellow) and later (black). */
    taskSummary(actor: EmployerActor, locale: Locale): Promise<TaskSummary> {
      const today = context.today();
      return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
        const page = { limit: widgetItems, offset: 0 };
        const groups = [
          { dueTo: addDays(today, -1) },
          { dueFrom: today, dueTo: addDays(today, nowWindowDays) },
          { dueFrom: addDays(today, nowWindowDays + 1) },
        ];
        const results = [];
        for (const range of groups) {
          const { total, rows } = await repository.listTasks(
            {
              inScope: (employeeId) =>
                context.employees.scopeCondition(actor.scope, employeeId, today),
              status: pending,
              ...range,
            },
            page,
          );
          results.push({ count: total, items: await withNames(context, tx, rows, locale) });
        }
        const [late, now, future] = results;
        const empty = { count: 0, items: [] };
        return { late: late ?? empty, now: now ?? empty, future: future ?? empty };
      });
    },
  };
}
