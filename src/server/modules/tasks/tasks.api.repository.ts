import { sql } from 'drizzle-orm';
import type { ApiCursor, ApiTask } from '../../../contracts/api-v1.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseTasks } from './tasks.table.js';

/**
 * The employer's tasks for an API client, in the order of last change (`updated_at`, then id),
 * after `after` and changed since `updatedSince`; the change time as PostgreSQL prints it, so a
 * cursor keeps its microseconds. One statement.
 */
export function apiTasks(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  page: { updatedSince: string | undefined; after: ApiCursor | undefined; limit: number },
): Promise<ApiTask[]> {
  return selectRows<ApiTask>(
    db,
    sql`select task.id, task.employee_id as "employeeId", task.case_id as "absenceId", task.code,
        task.occurrence, task.due_date::text as "dueDate", task.due_sick_day as "dueSickDay",
        task.status, task.important, task.done_on::text as "doneOn",
        task.updated_at::text as "updatedAt"
      from ${caseTasks} task
      where task.employer_id = ${employerId}
        ${page.updatedSince === undefined ? sql`` : sql`and task.updated_at >= ${page.updatedSince}::timestamptz`}
        ${page.after === undefined ? sql`` : sql`and (task.updated_at, task.id) > (${page.after.updatedAt}::timestamptz, ${page.after.id}::uuid)`}
      order by task.updated_at, task.id
      limit ${page.limit}`,
  );
}
