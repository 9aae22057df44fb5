/** Reads of tasks: an employee's tasks with the case's progress, the Taken list and widget. */
import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../../contracts/civil-dates.js';
import type { NextDeadline } from '../../../contracts/absence-state.js';
import type { Locale } from '../../../contracts/common.js';
import {
  type EmployeeTasks,
  nowWindowDays,
  type TaskListQuery,
  type TaskSummary,
  type TaskView,
} from '../../../contracts/tasks.js';
import type { ApiCursor, ApiTask } from '../../../contracts/api-v1.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { apiTasks } from './tasks.api.repository.js';
import { auditBy } from '../../platform/audit/audit.js';
import { progressOn } from '../cases/cases.models.js';
import type { DossierScope, EmployerActor } from '../users/users.policies.js';
import {
  audited,
  inTasksTransaction,
  namedViews,
  nameQueriesOf,
  type TasksContext,
} from './tasks.context.js';
import {
  createTasksRepository,
  nextDeadlineQuery,
  namedTasksOf,
  type NextTaskJson,
  taskPageOf,
  taskSummaryOf,
} from './tasks.repository.js';

const pending = ['open', 'postponed'] as const;
/** The first items of each group of the widget. */
const widgetItems = 5;

export function taskReadUseCases(context: TasksContext) {
  const nameQueries = nameQueriesOf(context);
  return {
    /**
     * For the dossier header and Actueel verzuim (modules below tasks, through their ports in
     * modules.ts): the next deadline as a scalar subquery the caller selects in its own statement,
     * and `nextDeadlineOf` reading that value in the reader's language.
     */
    nextDeadlineQuery,
    nextDeadlineOf(next: unknown, locale: Locale): NextDeadline {
      const found = next as NextTaskJson;
      return found === null
        ? null
        : { dueDate: found.dueDate, name: found.name?.[locale] ?? found.code };
    },

    /**
     * The employee's tasks and the cases they belong to, legal cases and pregnancies in date
     * order (404 when not the actor's to see), audited.
     */
    employeeTasks(
      actor: EmployerActor,
      employeeId: string,
      locale: Locale,
    ): Promise<EmployeeTasks> {
      return inTasksTransaction(context, actor.employerId, async (tx, repository) => {
        // The cases first: their read checks the dossier scope (404 when not the actor's).
        const { legalCases, pregnancies } = await context.cases.casesForTasksIn(
          tx,
          actor,
          employeeId,
        );
        const today = context.today();
        // The tasks with their employee's and assignees' names in one statement, under the
        // scope condition as well.
        const rows = await namedTasksOf(
          tx,
          repository.whereOf({
            inScope: (column) => context.employees.scopeCondition(actor.scope, column, today),
            employeeId,
          }),
          nameQueries,
        );
        await auditBy(context.audit, actor).record(
          {
            action: audited.read,
            subjectType: 'employee',
            subjectId: employeeId,
            details: { employeeId, tasks: rows.length },
          },
          tx,
        );
        const cases: EmployeeTasks['cases'] = [
          ...legalCases.map(({ caseId, episodes }) => ({
            caseId,
            kind: 'sickness' as const,
            firstDay: episodes[0]?.firstSickDay ?? today,
            open: episodes[episodes.length - 1]?.lastSickDay === null,
            progress: progressOn(episodes, today),
            expectedDelivery: null,
          })),
          ...pregnancies.map(({ caseId, firstDay, lastDay, expectedDelivery }) => ({
            caseId,
            kind: 'pregnancy' as const,
            firstDay,
            open: lastDay === null,
            progress: null,
            expectedDelivery,
          })),
        ];
        return {
          items: await namedViews(context, tx, rows, locale),
          cases: cases.sort((a, b) => a.firstDay.localeCompare(b.firstDay)),
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
      return inTasksTransaction(context, actor.employerId, async (tx) => {
        const department =
          query.departmentId === undefined
            ? null
            : {
                kind: 'selection' as const,
                departmentIds: [query.departmentId],
                employeeIds: [],
              };
        const { total, rows } = await taskPageOf(
          tx,
          actor.employerId,
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
            assignedTo: query.assignedToMe === true ? actor.userId : undefined,
          },
          query,
          nameQueries,
        );
        return { total, items: await namedViews(context, tx, rows, locale) };
      });
    },

    /**
     * A page of the employer's tasks for an API client, in the caller's tenant transaction
     * (which writes the audit entry of the call); the whole employer.
     */
    apiTasksIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      page: { updatedSince: string | undefined; after: ApiCursor | undefined; limit: number },
    ): Promise<ApiTask[]> {
      return apiTasks(tx, employerId, page);
    },

    /**
     * For the weekly signal "Aantal openstaande taken", in the signals' transaction: the open
     * and postponed tasks of the employees in `scope`, and how many of them are late. Not
     * audited: no person reads them; the signal mail is recorded.
     */
    async pendingTaskCountsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      scope: DossierScope,
    ): Promise<{ pending: number; late: number }> {
      const today = context.today();
      const repository = createTasksRepository(tx, employerId);
      const filter = {
        inScope: (employeeId: SQL) => context.employees.scopeCondition(scope, employeeId, today),
        status: pending,
      };
      return {
        pending: await repository.countTasks(filter),
        late: await repository.countTasks({ ...filter, dueTo: addDays(today, -1) }),
      };
    },

    /**
     * The Taken widget: late (red), due within 7 days (yellow) and later (black), each with its
     * count and first items, read in one statement.
     */
    taskSummary(actor: EmployerActor, locale: Locale): Promise<TaskSummary> {
      const today = context.today();
      return inTasksTransaction(context, actor.employerId, async (tx) => {
        const groups = await taskSummaryOf(
          tx,
          actor.employerId,
          {
            inScope: (employeeId) =>
              context.employees.scopeCondition(actor.scope, employeeId, today),
            status: pending,
          },
          { lateTo: addDays(today, -1), nowTo: addDays(today, nowWindowDays) },
          nameQueries,
          widgetItems,
        );
        const view = async ({ count, items }: (typeof groups)['late']) => ({
          count,
          items: await namedViews(context, tx, items, locale),
        });
        return {
          late: await view(groups.late),
          now: await view(groups.now),
          future: await view(groups.future),
        };
      });
    },
  };
}
