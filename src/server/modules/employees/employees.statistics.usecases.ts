import type { SQL } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  type EmployeeProfileRow,
  employeeProfiles,
  type EmploymentHistoryRow,
  employmentHistories,
  employmentStretchesQuery,
  type ReportEmployeeRow,
  reportEmployees,
} from './employees.statistics.repository.js';

export type {
  EmployeeProfileRow,
  EmploymentHistoryRow,
  ReportEmployeeRow,
} from './employees.statistics.repository.js';

/** What the statistics (the reports module) read of the employments. */
export function statisticsUseCases() {
  return {
    /**
     * Every employment in force on some day of `from`–`to` with its versions, in the caller's
     * tenant transaction: the denominator of the verzuimpercentage. Not audited: figures, not a
     * person's data, leave the report; the scope is applied by the report per day.
     */
    employmentHistoriesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      from: string,
      to: string,
    ): Promise<EmploymentHistoryRow[]> {
      return employmentHistories(tx, employerId, from, to);
    },
    /**
     * The stretches of the employments in force on some day of `from`–`to` at one department
     * and number of hours, as a subquery the reports module sums in the database (columns:
     * employees.statistics.repository.ts). Not audited, for the same reason.
     */
    employmentStretchesQuery(employerId: AuthorizedEmployerId, from: string, to: string): SQL {
      return employmentStretchesQuery(employerId, from, to);
    },
    /**
     * Gender and date of birth of the employees of `employmentHistoriesIn`: the groups of the
     * Verzuimanalyse. Not audited, for the same reason.
     */
    employeeProfilesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      from: string,
      to: string,
    ): Promise<EmployeeProfileRow[]> {
      return employeeProfiles(tx, employerId, from, to);
    },
    /**
     * The names and personnel numbers of `employeeIds` (the employer's only), in the caller's
     * tenant transaction: the list reports' rows, which already lie within the actor's scope.
     */
    reportEmployeesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<ReportEmployeeRow[]> {
      return reportEmployees(tx, employerId, employeeIds);
    },
  };
}
