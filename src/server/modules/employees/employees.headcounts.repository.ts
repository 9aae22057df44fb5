import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierScope } from '../users/users.policies.js';
import type { EmploymentOnDateRow } from './employees.rows.js';
import { employeeInScope } from './employees.scope.repository.js';
import { employments, employmentVersions, headcountChanges } from './employees.table.js';

/**
 * The number of employees employed on `date` within `scope`, as a scalar subquery: from the
 * maintained `headcount_changes` for the whole employer, counted directly for a narrower scope.
 * Other modules put it into their own statement (one round trip, issue 17).
 */
export function employedOnDateQuery(
  employerId: AuthorizedEmployerId,
  scope: DossierScope,
  date: string,
): SQL {
  if (scope.kind === 'employer') {
    return sql`(select coalesce(sum(change), 0)::int from ${headcountChanges}
      where employer_id = ${employerId} and department_id is null and day <= ${date}::date)`;
  }
  return sql`(select count(distinct employment.employee_id)::int
    from ${employments} employment
    where employment.employer_id = ${employerId}
      and employment.start_date <= ${date}::date
      and (employment.end_date is null or employment.end_date >= ${date}::date)
      and ${employeeInScope(scope, sql`employment.employee_id`, date)})`;
}

/**
 * Employees employed on `date` per department, from the maintained `headcount_changes`, as a
 * scalar subquery: a JSON object department id → count (the organisation tree's statement).
 */
export function employedByDepartmentQuery(employerId: AuthorizedEmployerId, date: string): SQL {
  return sql`(select coalesce(json_object_agg(counted.department_id, counted.employees), '{}'::json)
    from (select department_id, sum(change)::int as employees from ${headcountChanges}
      where employer_id = ${employerId} and department_id is not null and day <= ${date}::date
      group by department_id
      having sum(change) <> 0) counted)`;
}

/** The counts of employees employed on a date: the start page and every statistic. */
export function createHeadcountsRepository(db: TenantDb) {
  return {
    /**
     * Employees in service today in `scope`, per department of their employment that day (an
     * employee with employments in two departments counts in both, once in each).
     */
    async countInScopeByDepartment(
      employerId: AuthorizedEmployerId,
      scope: DossierScope,
      today: string,
    ): Promise<{ departmentId: string; employees: number }[]> {
      const rows = await selectRows<{ department_id: string; employees: number }>(
        db,
        sql`
        select version.department_id, count(distinct employment.employee_id)::int as employees
        from ${employments} employment
        join lateral (
          select v.department_id from ${employmentVersions} v
          where v.employment_id = employment.id and v.valid_from <= ${today}::date
          order by v.valid_from desc limit 1
        ) version on true
        where employment.employer_id = ${employerId}
          and employment.start_date <= ${today}::date
          and (employment.end_date is null or employment.end_date >= ${today}::date)
          and ${employeeInScope(scope, sql`employment.employee_id`, today)}
        group by version.department_id`,
      );
      return rows.map((row) => ({
        departmentId: row.department_id,
        employees: Number(row.employees),
      }));
    },
    /**
     * Employees employed on `date`, per department of the employment version valid that day.
     * An employee with two employments in one department counts once there. Read from the
     * maintained `headcount_changes` (migration 0009): a few rows per department, not every
     * employment.
     */
    async countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      const [row] = await selectRows<{ counts: Record<string, number> | null }>(
        db,
        sql`select ${employedByDepartmentQuery(employerId, date)} as counts`,
      );
      return new Map(Object.entries(row?.counts ?? {}));
    },
    /**
     * "Employment on date": every employment of the employer in force on `date`
     * (start ≤ date ≤ end, end null = open) with the terms of its version valid that day (the
     * latest valid_from ≤ date). One row per employment, so an employee with two employments
     * has two rows. The SQL twin of `employmentOnDate` in employees.models.ts.
     */
    async employmentsOnDate(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<EmploymentOnDateRow[]> {
      const rows = await selectRows<{
        employee_id: string;
        employment_id: string;
        department_id: string;
        contract_hours_per_week: string | number;
        employment_type: string;
      }>(
        db,
        sql`
        select employment.employee_id, employment.id as employment_id, version.department_id,
          version.contract_hours_per_week::text as contract_hours_per_week, version.employment_type
        from ${employments} employment
        join lateral (
          select v.department_id, v.contract_hours_per_week, v.employment_type
          from ${employmentVersions} v
          where v.employment_id = employment.id
            and v.employer_id = employment.employer_id
            and v.valid_from <= ${date}::date
          order by v.valid_from desc
          limit 1
        ) version on true
        where employment.employer_id = ${employerId}
          and employment.start_date <= ${date}::date
          and (employment.end_date is null or employment.end_date >= ${date}::date)
        order by employment.employee_id, employment.id`,
      );
      return rows.map((row) => ({
        employeeId: row.employee_id,
        employmentId: row.employment_id,
        departmentId: row.department_id,
        contractHoursPerWeek: Number(row.contract_hours_per_week),
        employmentType: row.employment_type,
      }));
    },
    /** Employees employed on `date` within `scope` (the dashboard's absence percentage). */
    async countEmployedInScope(
      employerId: AuthorizedEmployerId,
      scope: DossierScope,
      date: string,
    ): Promise<number> {
      const [row] = await selectRows<{ employed: number }>(
        db,
        sql`select ${employedOnDateQuery(employerId, scope, date)} as employed`,
      );
      return Number(row?.employed ?? 0);
    },
  };
}
