import { sql } from 'drizzle-orm';
import type { ApiCursor, ApiEmployee, ApiEmployeeKey } from '../../../contracts/api-v1.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employees, employments } from './employees.table.js';

/** Which employees a REST API read asks for: one by key, or a page after a cursor. */
export type ApiEmployeeSelection =
  | { key: ApiEmployeeKey }
  | { updatedSince: string | undefined; after: ApiCursor | undefined; limit: number };

/**
 * The employees of the employer with their employments, in the order of last change
 * (`updated_at`, then id); the change time as PostgreSQL prints it, so a cursor keeps its
 * microseconds. One statement.
 */
export function apiEmployees(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  selection: ApiEmployeeSelection,
): Promise<ApiEmployee[]> {
  const where =
    'key' in selection
      ? 'id' in selection.key
        ? sql`and employee.id = ${selection.key.id}::uuid`
        : sql`and employee.personnel_number = ${selection.key.personnelNumber}`
      : sql`${selection.updatedSince === undefined ? sql`` : sql`and employee.updated_at >= ${selection.updatedSince}::timestamptz`}
          ${selection.after === undefined ? sql`` : sql`and (employee.updated_at, employee.id) > (${selection.after.updatedAt}::timestamptz, ${selection.after.id}::uuid)`}`;
  const limit = 'key' in selection ? 1 : selection.limit;
  return selectRows<ApiEmployee>(
    db,
    sql`select employee.id, employee.personnel_number as "personnelNumber",
        employee.first_name as "firstName", employee.initials, employee.name_prefix as "namePrefix",
        employee.last_name as "lastName", employee.gender,
        employee.date_of_birth::text as "dateOfBirth", employee.updated_at::text as "updatedAt",
        coalesce((select json_agg(json_build_object('id', employment.id,
            'number', employment.number, 'startDate', employment.start_date::text,
            'endDate', employment.end_date::text) order by employment.number)
          from ${employments} employment
          where employment.employer_id = ${employerId} and employment.employee_id = employee.id),
          '[]'::json) as employments
      from ${employees} employee
      where employee.employer_id = ${employerId} ${where}
      order by employee.updated_at, employee.id
      limit ${limit}`,
  );
}
