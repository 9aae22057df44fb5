import { isCivilDate } from '../../../contracts/civil-dates.js';
import type { DepartmentCountsResponse } from '../../../contracts/employees.js';
import type { SQL } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  employedByDepartmentQuery,
  employedOnDateQuery,
} from './employees.headcounts.repository.js';
import { scopeIsEmpty } from '../users/users.policies.js';
import type { EmployeesContext, ScopedActor } from './employees.context.js';
import { employeesErrors } from './employees.errors.js';
import { createEmployeesRepository } from './employees.repository.js';
import type { EmploymentOnDateRow } from './employees.rows.js';

/** Counting employees employed on a date: the start page, the organisation tree, statistics. */
export function headcountsUseCases(context: EmployeesContext) {
  const { today } = context;
  return {
    /** Employees in service today per department, counting only those in the actor's scope. */
    async departmentCounts(actor: ScopedActor): Promise<DepartmentCountsResponse> {
      if (scopeIsEmpty(actor.scope)) return { counts: [], scopeEmpty: true };
      const counts = await context.inEmployer(actor.employerId, async (repository) => {
        // The whole employer: the maintained headcounts. A narrower scope counts its own people.
        if (actor.scope.kind !== 'employer')
          return repository.countInScopeByDepartment(actor.employerId, actor.scope, today());
        const byDepartment = await repository.countEmployedByDepartment(actor.employerId, today());
        return [...byDepartment].map(([departmentId, employees]) => ({ departmentId, employees }));
      });
      return { counts, scopeEmpty: false };
    },
    /** Employees employed on `date` within the actor's scope ("Huidig verzuim" divides by it). */
    countEmployedInScope(actor: ScopedActor, date: string): Promise<number> {
      return context.inEmployer(actor.employerId, (repository) =>
        repository.countEmployedInScope(actor.employerId, actor.scope, date),
      );
    },
    /**
     * The same count as a scalar subquery, for another module's statement in its own tenant
     * transaction ("Huidig verzuim" reads sick and employed in one round trip).
     */
    employedInScopeQuery(actor: ScopedActor, date: string): SQL {
      return employedOnDateQuery(actor.employerId, actor.scope, date);
    },
    /** Employees employed on `date` per department (the maintained headcounts). */
    countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      return context.inEmployer(employerId, (repository) =>
        repository.countEmployedByDepartment(employerId, date),
      );
    },
    /**
     * Employees employed on `date` per department, in the caller's tenant transaction (the
     * organisation's department tree asks through its headcount port, wired in modules.ts).
     */
    countEmployedByDepartmentIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      return createEmployeesRepository(tx).countEmployedByDepartment(employerId, date);
    },
    /** `countEmployedByDepartment` as a subquery for another module's statement. */
    employedByDepartmentQuery(employerId: AuthorizedEmployerId, date: string): SQL {
      return employedByDepartmentQuery(employerId, date);
    },
    /**
     * "Employment on date", the base of every statistic (DOMAIN.md §4): one row per employment
     * in force on `date`, with the department, contract hours and employment type of the
     * version valid that day.
     */
    async employmentsOnDate(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<EmploymentOnDateRow[]> {
      if (!isCivilDate(date)) throw employeesErrors.invalidDate('date');
      return context.inEmployer(employerId, (repository) =>
        repository.employmentsOnDate(employerId, date),
      );
    },
    /** `employmentsOnDate` inside the caller's tenant transaction. */
    async employmentsOnDateIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<EmploymentOnDateRow[]> {
      if (!isCivilDate(date)) throw employeesErrors.invalidDate('date');
      return createEmployeesRepository(tx).employmentsOnDate(employerId, date);
    },
  };
}
