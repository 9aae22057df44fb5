import { and, asc, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { TaskStatus } from '../../../contracts/tasks.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseTasks } from './tasks.table.js';

export type TaskRow = typeof caseTasks.$inferSelect;
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
      filter.inScope(sql`${caseTasks.employeeId}`),
    );
  }

  return {
    /** Every task of the employee's legal cases. */
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
        Pick<TaskRow, 'status' | 'dueDate' | 'important' | 'doneOn' | 'note' | 'updatedBy'>
      >,
    ): Promise<TaskRow | undefined> {
      const [row] = await db
        .update(caseTasks)
        .set({ ...fields, updatedAt: new Date() })
        .where(and(ofEmployer, eq(caseTasks.id, id)))
        .returning();
      return row;
    },

    async findTask(id: string): Promise<TaskRow | undefined> {
      const [row] = await db
        .select()
        .from(caseTasks)
        .where(and(ofEmployer, eq(caseTasks.id, id)));
      return row;
    },

    /** A page of tasks by due date, and the number of all that match. */
    async listTasks(
      filter: TaskFilter,
      page: { limit: number; offset: number },
    ): Promise<{ total: number; rows: TaskRow[] }> {
      const where = whereOf(filter);
      const [total] = await db.select({ value: count() }).from(caseTasks).where(where);
      const rows = await db
        .select()
        .from(caseTasks)
        .where(where)
        .orderBy(asc(caseTasks.dueDate), asc(caseTasks.code), asc(caseTasks.id))
        .limit(page.limit)
        .offset(page.offset);
      return { total: Number(total?.value ?? 0), rows };
    },
  };
}

export type TasksRepository = ReturnType<typeof createTasksRepository>;
