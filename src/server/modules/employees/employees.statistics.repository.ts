import { type SQL, sql } from 'drizzle-orm';
import type { Gender } from '../../../contracts/employees.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  employees,
  employments,
  employmentStretches,
  employmentVersions,
} from './employees.table.js';

/** An employment with the terms the statistics weigh by (DOMAIN.md §4), versions oldest first. */
export type EmploymentHistoryRow = {
  employeeId: string;
  startDate: string;
  endDate: string | null;
  versions: { validFrom: string; departmentId: string; contractHoursPerWeek: number }[];
};

/** Every employment of the employer in force on some day of `from`–`to`, in one statement. */
export async function employmentHistories(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  from: string,
  to: string,
): Promise<EmploymentHistoryRow[]> {
  const rows = await selectRows<Omit<EmploymentHistoryRow, 'versions'> & { versions: unknown }>(
    db,
    // One join grouped by employment, not a subquery per employment (as the episodes' read).
    sql`select employment.employee_id as "employeeId", employment.start_date::text as "startDate",
        employment.end_date::text as "endDate",
        coalesce(json_agg(json_build_object(
            'validFrom', version.valid_from::text, 'departmentId', version.department_id,
            'contractHoursPerWeek', version.contract_hours_per_week) order by version.valid_from)
          filter (where version.employment_id is not null), '[]'::json) as versions
      from ${employments} employment
      left join ${employmentVersions} version
        on version.employer_id = ${employerId} and version.employment_id = employment.id
      where employment.employer_id = ${employerId}
        and employment.start_date <= ${to}::date
        and (employment.end_date is null or employment.end_date >= ${from}::date)
      group by employment.id`,
  );
  return rows.map((row) => ({
    ...row,
    // JSON carries the numeric hours as a number or a string, by driver.
    versions: (row.versions as EmploymentHistoryRow['versions']).map((version) => ({
      ...version,
      contractHoursPerWeek: Number(version.contractHoursPerWeek),
    })),
  }));
}

/**
 * The employment stretches with a day in `from`–`to` as a subquery for the statistics to sum in
 * the database: each version from its date (the first from the employment's start) up to the day
 * before the next version or the employment's end, read from the read model
 * `employment_stretches` (kept by triggers, migration 0032). Columns: `employee_id`,
 * `department_id`, `first_day`, `last_day` (null while open-ended), `hours` (contract hours per
 * week, float8).
 */
export function employmentStretchesQuery(
  employerId: AuthorizedEmployerId,
  from: string,
  to: string,
): SQL {
  return sql`select stretch.employee_id, stretch.department_id, stretch.first_day,
      stretch.last_day, stretch.contract_hours_per_week::float8 as hours
    from ${employmentStretches} stretch
    where stretch.employer_id = ${employerId}
      and stretch.first_day <= ${to}::date
      and (stretch.last_day is null or stretch.last_day >= ${from}::date)`;
}

/** Gender and date of birth of everyone with an employment in force on some day of `from`–`to`. */
export type EmployeeProfileRow = { employeeId: string; gender: Gender; dateOfBirth: string };

export function employeeProfiles(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  from: string,
  to: string,
): Promise<EmployeeProfileRow[]> {
  return selectRows<EmployeeProfileRow>(
    db,
    sql`select employee.id as "employeeId", employee.gender,
        employee.date_of_birth::text as "dateOfBirth"
      from ${employees} employee
      where employee.employer_id = ${employerId}
        and exists (select 1 from ${employments} employment
          where employment.employer_id = ${employerId} and employment.employee_id = employee.id
            and employment.start_date <= ${to}::date
            and (employment.end_date is null or employment.end_date >= ${from}::date))`,
  );
}

/** An employee's name parts as the list reports sort and show them. */
export type ReportEmployeeRow = {
  id: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  personnelNumber: string | null;
};

/** The employer's employees among `employeeIds` (other ids are left out), in one statement. */
export function reportEmployees(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeIds: readonly string[],
): Promise<ReportEmployeeRow[]> {
  if (employeeIds.length === 0) return Promise.resolve([]);
  return selectRows<ReportEmployeeRow>(
    db,
    sql`select employee.id, employee.first_name as "firstName",
        employee.name_prefix as "namePrefix", employee.last_name as "lastName",
        employee.personnel_number as "personnelNumber"
      from ${employees} employee
      where employee.employer_id = ${employerId}
        and employee.id = any(${`{${employeeIds.join(',')}}`}::uuid[])`,
  );
}
