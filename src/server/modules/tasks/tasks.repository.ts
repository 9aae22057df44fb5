import { and, asc, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { TaskStatus } from '../../../contracts/tasks.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { protocolTasks } from './tasks.protocols.table.js';
import { caseTasks } from './tasks.table.js';

export type TaskRow = typeof caseTasks.$inferSelect;

/** What a task's view is made of. */
export type TaskViewRow = Pick<
  TaskRow,
  | 'id'
  | 'caseId'
  | 'employeeId'
  | 'protocolId'
  | 'code'
  | 'dueDate'
  | 'dueSickDay'
  | 'status'
  | 'important'
  | 'postponable'
  | 'doneOn'
  | 'note'
  | 'assignedTo'
>;

/** The next pending task of an employee as `nextDeadlineQuery` gives it. */
export type NextTaskJson = {
  code: string;
  dueDate: string;
  /** Null when its protocol no longer names the task (never for a version's own task). */
  name: { nl: string; en: string } | null;
} | null;

/**
 * A scalar subquery (JSON or null) of the employee's (`employeeId`, SQL on the caller's employee
 * id column) open or postponed task due first, for another module's statement: the dossier
 * header and Actueel verzuim show its deadline without a round trip of their own.
 */
export function nextDeadlineQuery(employerId: AuthorizedEmployerId, employeeId: SQL): SQL {
  return sql`(select json_build_object('code', next_task.code,
      'dueDate', next_task.due_date::text,
      'name', case when next_definition.code is null then null
        else json_build_object('nl', next_definition.name_nl, 'en', next_definition.name_en) end)
    from ${caseTasks} next_task
    left join ${protocolTasks} next_definition
      on next_definition.protocol_id = next_task.protocol_id
      and next_definition.code = next_task.code
    where next_task.employer_id = ${employerId} and next_task.employee_id = ${employeeId}
      and next_task.status in ('open', 'postponed')
    order by next_task.due_date, next_task.code limit 1)`;
}
export type NewTaskRow = Omit<
  typeof caseTasks.$inferInsert,
  'id' | 'employerId' | 'createdAt' | 'updatedAt'
>;

/** The filters of the Taken list; `inScope` is an SQL condition on the employee id column. */
export type TaskFilter = {
  inScope: (employeeId: SQL) => SQL;
  status?: TaskStatus | readonly TaskStatus[] | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  employeeId?: string | undefined;
  assignedTo?: string | undefined;
};

/** Every query on the tasks table; made inside `inTenant`, so RLS applies as well. */
export function createTasksRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const ofEmployer = eq(caseTasks.employerId, employerId);

  function whereOf(filter: TaskFilter): SQL | undefined {
    const statuses =
      filter.status === undefined
        ? undefined
        : typeof filter.status === 'string'
          ? [filter.status]
          : filter.status;
    return and(
      ofEmployer,
      statuses === undefined ? undefined : inArray(caseTasks.status, [...statuses]),
      filter.dueFrom === undefined ? undefined : gte(caseTasks.dueDate, filter.dueFrom),
      filter.dueTo === undefined ? undefined : lte(caseTasks.dueDate, filter.dueTo),
      filter.employeeId === undefined ? undefined : eq(caseTasks.employeeId, filter.employeeId),
      filter.assignedTo === undefined ? undefined : eq(caseTasks.assignedTo, filter.assignedTo),
      filter.inScope(sql`${caseTasks.employeeId}`),
    );
  }

  async function countTasks(filter: TaskFilter): Promise<number> {
    const [total] = await db.select({ value: count() }).from(caseTasks).where(whereOf(filter));
    return Number(total?.value ?? 0);
  }

  return {
    /** The condition of `filter` on the tasks table (the widget's statement reuses it). */
    whereOf,
    /** Every task of the employee's cases (the sync replans them). */
    tasksOfEmployee(employeeId: string): Promise<TaskRow[]> {
      return db
        .select()
        .from(caseTasks)
        .where(and(ofEmployer, eq(caseTasks.employeeId, employeeId)))
        .orderBy(asc(caseTasks.dueDate), asc(caseTasks.code), asc(caseTasks.occurrence));
    },

    async insertTasks(rows: readonly NewTaskRow[]): Promise<void> {
      if (rows.length === 0) return;
      await db.insert(caseTasks).values(rows.map((row) => ({ ...row, employerId })));
    },

    async updateTask(
      id: string,
      fields: Partial<
        Pick<
          TaskRow,
          'status' | 'dueDate' | 'important' | 'doneOn' | 'note' | 'assignedTo' | 'updatedBy'
        >
      >,
    ): Promise<TaskRow | undefined> {
      const [row] = await db
        .update(caseTasks)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(ofEmployer, eq(caseTasks.id, id)))
        .returning();
      return row;
    },

    /** New due dates and states of several tasks, by the system (no user), in one statement. */
    async replanTasks(
      updates: readonly { id: string; dueDate: string; status: TaskStatus }[],
    ): Promise<void> {
      if (updates.length === 0) return;
      const values = sql.join(
        updates.map(
          (update) => sql`(${update.id}::uuid, ${update.dueDate}::date, ${update.status})`,
        ),
        sql`, `,
      );
      await db.execute(sql`update ${caseTasks}
        set due_date = planned.due_date, status = planned.status, updated_by = null,
          updated_at = ${new Date().toISOString()}::timestamptz
        from (values ${values}) as planned (id, due_date, status)
        where ${caseTasks.employerId} = ${employerId} and ${caseTasks.id} = planned.id`);
    },

    async findTask(id: string): Promise<TaskRow | undefined> {
      const [row] = await db
        .select()
        .from(caseTasks)
        .where(and(ofEmployer, eq(caseTasks.id, id)));
      return row;
    },

    /** The number of tasks that match (the weekly signal "Aantal openstaande taken"). */
    countTasks,
    /** Whether the employee (of this employer) meets `condition`, an SQL test of its id. */
    async employeeMatches(
      employeeId: string,
      condition: (employeeId: SQL) => SQL,
    ): Promise<boolean> {
      const [row] = await selectRows<{ value: boolean }>(
        db,
        sql`select ${condition(sql`${employeeId}::uuid`)} as value`,
      );
      return row?.value === true;
    },
  };
}

export type TasksRepository = ReturnType<typeof createTasksRepository>;

/** A task as the widget's and the list's statements give it, with the employee's and assignee's names. */
export type SummaryTaskJson = TaskViewRow & {
  employeeName: string | null;
  assigneeName: string | null;
};

/** The scalar subqueries of the modules that own the employee's and the assignee's names. */
export type NameQueries = { employee: (employeeId: SQL) => SQL; assignee: (userId: SQL) => SQL };

/** A task row of the statement as the JSON of a `SummaryTaskJson`. */
function namedTaskJson(names: NameQueries): SQL {
  return sql`json_build_object('id', ${caseTasks.id}, 'caseId', ${caseTasks.caseId},
    'employeeId', ${caseTasks.employeeId}, 'protocolId', ${caseTasks.protocolId},
    'code', ${caseTasks.code}, 'dueDate', ${caseTasks.dueDate}::text,
    'dueSickDay', ${caseTasks.dueSickDay}, 'status', ${caseTasks.status},
    'important', ${caseTasks.important}, 'postponable', ${caseTasks.postponable},
    'doneOn', ${caseTasks.doneOn}::text, 'note', ${caseTasks.note},
    'assignedTo', ${caseTasks.assignedTo},
    'employeeName', ${names.employee(sql`${caseTasks.employeeId}`)},
    'assigneeName', ${names.assignee(sql`${caseTasks.assignedTo}`)})`;
}

/**
 * The tasks that match `where`, by due date, with the employee's and assignee's names, in one
 * statement (an employee's tasks, the iCal feed); at most `limit` when given.
 */
export async function namedTasksOf(
  db: TenantDb,
  where: SQL | undefined,
  names: NameQueries,
  limit?: number,
): Promise<SummaryTaskJson[]> {
  const rows = await selectRows<{ item: SummaryTaskJson }>(
    db,
    sql`select ${namedTaskJson(names)} as item from ${caseTasks} where ${where}
      order by ${caseTasks.dueDate}, ${caseTasks.code}, ${caseTasks.occurrence}, ${caseTasks.id}
      ${limit === undefined ? sql`` : sql`limit ${limit}`}`,
  );
  return rows.map((row) => row.item);
}

/**
 * The Taken list in one statement: the number of all matching tasks (a CTE, so it is right for a
 * page past the end too, where a window count over the page's rows would give nothing) and the
 * page by due date with the names, which are made only for the page's rows.
 */
export async function taskPageOf(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  filter: TaskFilter,
  page: { limit: number; offset: number },
  names: NameQueries,
): Promise<{ total: number; rows: SummaryTaskJson[] }> {
  const where = createTasksRepository(db, employerId).whereOf(filter);
  const [row] = await selectRows<{ total: number; items: SummaryTaskJson[] }>(
    db,
    sql`with matching as (select count(*)::int as total from ${caseTasks} where ${where})
      select matching.total, (select coalesce(json_agg(page_task.item
          order by page_task.due_date, page_task.code, page_task.id), '[]'::json)
        from (select ${caseTasks.dueDate} as due_date, ${caseTasks.code} as code,
            ${caseTasks.id} as id, ${namedTaskJson(names)} as item
          from ${caseTasks} where ${where}
          order by ${caseTasks.dueDate}, ${caseTasks.code}, ${caseTasks.id}
          limit ${page.limit} offset ${page.offset}) page_task) as items
      from matching`,
  );
  return { total: row?.total ?? 0, rows: row?.items ?? [] };
}

/** The widget's groups: the tasks due up to `lateTo`, up to `nowTo`, and after. */
export type SummaryRanges = { lateTo: string; nowTo: string };

/**
 * The Taken widget in one statement: the number of matching tasks per group (late, now, future)
 * in one scan, and each group's first `limit` by due date through the (employer, status, due
 * date) index, with the names as scalar subqueries of the modules that own them.
 */
export async function taskSummaryOf(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  filter: TaskFilter,
  ranges: SummaryRanges,
  names: NameQueries,
  limit: number,
): Promise<Record<'late' | 'now' | 'future', { count: number; items: SummaryTaskJson[] }>> {
  const where = createTasksRepository(db, employerId).whereOf(filter);
  const due = caseTasks.dueDate;
  const late = sql`${due} <= ${ranges.lateTo}::date`;
  const now = sql`${due} > ${ranges.lateTo}::date and ${due} <= ${ranges.nowTo}::date`;
  const future = sql`${due} > ${ranges.nowTo}::date`;
  const firstOf = (range: SQL) => sql`(select coalesce(json_agg(first_task.item
      order by first_task.due_date, first_task.code, first_task.id), '[]'::json)
    from (select ${caseTasks.dueDate} as due_date, ${caseTasks.code} as code,
        ${caseTasks.id} as id, ${namedTaskJson(names)} as item
      from ${caseTasks} where ${where} and ${range}
      order by ${caseTasks.dueDate}, ${caseTasks.code}, ${caseTasks.id} limit ${limit}) first_task)`;
  const [row] = await selectRows<{
    late: number;
    now: number;
    future: number;
    late_items: SummaryTaskJson[];
    now_items: SummaryTaskJson[];
    future_items: SummaryTaskJson[];
  }>(
    db,
    sql`select counts.late, counts.now, counts.future, ${firstOf(late)} as late_items,
        ${firstOf(now)} as now_items, ${firstOf(future)} as future_items
      from (select count(*) filter (where ${late})::int as late,
          count(*) filter (where ${now})::int as now,
          count(*) filter (where ${future})::int as future
        from ${caseTasks} where ${where}) counts`,
  );
  return {
    late: { count: row?.late ?? 0, items: row?.late_items ?? [] },
    now: { count: row?.now ?? 0, items: row?.now_items ?? [] },
    future: { count: row?.future ?? 0, items: row?.future_items ?? [] },
  };
}
