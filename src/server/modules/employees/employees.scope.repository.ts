import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierScope } from '../users/users.policies.js';
import {
  type EmploymentJson,
  employmentsFromJson,
  employmentsJson,
} from './employees.employments.repository.js';
import type { EmploymentWithVersions, ScopedEmployee } from './employees.rows.js';
import type { ScopedEmployeeId } from './employees.scope.js';
import { employees, employments, employmentVersions } from './employees.table.js';

/**
 * Subquery: the department of `employment`'s version valid on `date`, the date first clamped
 * into the employment (an ended employment gives its last version, a future one its first).
 */
export function departmentOfEmploymentOn(employment: SQL, date: string): SQL {
  return sql`(
    select v.department_id from ${employmentVersions} v
    where v.employment_id = ${employment}.id
      and v.valid_from <= greatest(${employment}.start_date,
        least(${date}::date, coalesce(${employment}.end_date, ${date}::date)))
    order by v.valid_from desc limit 1
  )`;
}

/**
 * SQL condition "employee `employeeId` is in `scope` on `date`", for every list, search, count,
 * report and export of employee data (other modules get it through the employees use cases).
 *
 * The scope's departments already include their sub-departments (expanded when the actor is
 * resolved, each request, so later sub-departments count too). An employee belongs to the department of each employment's version valid on `date`; an
 * employment that has ended by then (or starts later) counts with its last (first) version, so
 * former employees stay visible to whoever had their last department.
 */
export function employeeInScope(
  scope: DossierScope,
  employeeId: AnyPgColumn | SQL,
  date: string,
): SQL {
  if (scope.kind === 'employer') return sql`true`;
  const conditions: SQL[] = [];
  if (scope.employeeIds.length > 0) {
    conditions.push(
      sql`${employeeId} in (${sql.join(
        scope.employeeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (scope.departmentIds.length > 0) {
    const departmentIds = sql.join(
      scope.departmentIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    conditions.push(sql`exists (
      select 1 from ${employments} scope_employment
      join lateral ${departmentOfEmploymentOn(sql.raw('scope_employment'), date)} scope_placement
        on true
      where scope_employment.employee_id = ${employeeId}
        and scope_placement.department_id in (${departmentIds})
    )`);
  }
  if (conditions.length === 0) return sql`false`;
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/**
 * The dossier-scope check: the employee when it exists at this employer and is in `scope` on
 * `date`. The one place a `ScopedEmployeeId` is made, so every read or change of one dossier
 * has passed here (docs/decisions/009-scope-as-a-type.md).
 */
export async function findEmployeeInScope(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  scope: DossierScope,
  date: string,
): Promise<ScopedEmployee | undefined> {
  const [row] = await db
    .select()
    .from(employees)
    .where(
      and(
        eq(employees.employerId, employerId),
        eq(employees.id, employeeId),
        employeeInScope(scope, employees.id, date),
      ),
    );
  return row && { ...row, id: row.id as ScopedEmployeeId };
}

/**
 * The dossier-scope check with the employee's employments and their versions, in one statement:
 * what a change of an employee's cases needs first (one round trip instead of three).
 */
export async function findEmploymentsInScope(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  scope: DossierScope,
  date: string,
): Promise<{ id: ScopedEmployeeId; employments: EmploymentWithVersions[] } | undefined> {
  const [row] = await db
    .select({
      id: employees.id,
      // `employees.id` written out: Drizzle leaves the select list's columns unqualified.
      employments: sql<EmploymentJson[]>`${employmentsJson(employerId, sql`${employees}.id`)}`,
    })
    .from(employees)
    .where(
      and(
        eq(employees.employerId, employerId),
        eq(employees.id, employeeId),
        employeeInScope(scope, employees.id, date),
      ),
    );
  return (
    row && { id: row.id as ScopedEmployeeId, employments: employmentsFromJson(row.employments) }
  );
}
