import { isCivilDate } from '../../../contracts/civil-dates.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { employeesErrors } from './employees.errors.js';
import { isEmploymentType } from './employees.models.js';
import {
  createEmployeesRepository,
  employeeInScope,
  type Employee,
  type EmploymentChange,
  type EmploymentOnDateRow,
  type EmploymentVersion,
  type NewEmployee,
  type NewEmployment,
} from './employees.repository.js';

export type {
  Employee,
  EmploymentChange,
  EmploymentOnDateRow,
  EmploymentVersion,
  NewEmployee,
  NewEmployment,
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Contract hours per week: 0–80 in steps of 0.01 (numeric(5,2) and its check constraint). */
function checkContractHours(hours: number): void {
  if (!Number.isFinite(hours) || Math.abs(hours * 100 - Math.round(hours * 100)) > 1e-9) {
    throw employeesErrors.contractHoursInvalid();
  }
  if (hours < 0) throw employeesErrors.contractHoursTooSmall();
  if (hours > 80) throw employeesErrors.contractHoursTooBig();
}

export function createEmployeesUseCases({ db }: { db: Db }) {
  /** Runs `work` on the repository inside a transaction limited to the employer (RLS). */
  const forEmployer = <T>(
    employerId: AuthorizedEmployerId,
    work: (repository: ReturnType<typeof createEmployeesRepository>) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createEmployeesRepository(tx)));
  return {
    scopeCondition: employeeInScope,
    addEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return forEmployer(employerId, (repository) =>
        repository.insertEmployeeWithEmployment(employerId, employee, employment),
      );
    },
    countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      return forEmployer(employerId, (repository) =>
        repository.countEmployedByDepartment(employerId, date),
      );
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
      return forEmployer(employerId, (repository) =>
        repository.employmentsOnDate(employerId, date),
      );
    },
    /**
     * Changes an employment from a date with history kept (SPEC.md §2.3 "wijzigen"): a new
     * version valid from `change.validFrom`, which must be a day of the employment on which no
     * version starts yet. Terms left out stay as they were on that date.
     *
     * The caller must have checked that `departmentId` is a department of this employer (the
     * foreign key alone does not say whose department it is).
     */
    async changeEmployment(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      change: EmploymentChange,
    ): Promise<EmploymentVersion> {
      if (!isCivilDate(change.validFrom)) throw employeesErrors.invalidDate('validFrom');
      if (change.contractHoursPerWeek !== undefined)
        checkContractHours(change.contractHoursPerWeek);
      if (change.employmentType !== undefined && !isEmploymentType(change.employmentType)) {
        throw employeesErrors.invalidEmploymentType();
      }
      if (change.departmentId !== undefined && !uuidPattern.test(change.departmentId)) {
        throw employeesErrors.invalidDepartment();
      }
      if (!uuidPattern.test(employmentId)) throw errors.notFound();
      const result = await forEmployer(employerId, (repository) =>
        repository.addEmploymentVersion(employerId, employmentId, change),
      );
      switch (result.kind) {
        case 'changed':
          return result.version;
        case 'employment_not_found':
          throw errors.notFound();
        case 'outside_employment':
          throw employeesErrors.changeOutsideEmployment();
        case 'version_exists':
          throw employeesErrors.versionExistsOnDate();
      }
    },
  };
}

export type EmployeesUseCases = ReturnType<typeof createEmployeesUseCases>;
