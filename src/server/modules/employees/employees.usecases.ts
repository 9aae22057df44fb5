import { isCivilDate } from '../../../contracts/civil-dates.js';
import type {
  EmployeeDossier,
  EmploymentView,
  HrIntegrationMode,
} from '../../../contracts/employees.js';
import { genderSchema, hrIntegrationModeSchema } from '../../../contracts/employees.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { employeesErrors } from './employees.errors.js';
import {
  isEmploymentType,
  isInService,
  orderEmployments,
  versionPeriods,
} from './employees.models.js';
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

/** Who asks for employee data: the employer acted for and the dossier scope on it. */
export type ScopedActor = Pick<EmployerActor, 'employerId' | 'scope'>;
/** An actor whose reads and changes are audit-logged. */
export type AuditedActor = Pick<
  EmployerActor,
  'employerId' | 'scope' | 'userId' | 'ip' | 'requestId'
>;

export type EmployeesDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  /** Late-bound: the organisation use cases are created with (and after) these. */
  organisation: () => Pick<OrganisationUseCases, 'getEmployer' | 'listDepartments'>;
};

/** The dossier's employments in order, "Dienstverband 1" first, versions newest first. */
function employmentViews(
  rows: Awaited<
    ReturnType<ReturnType<typeof createEmployeesRepository>['employmentsWithVersions']>
  >,
  today: string,
): EmploymentView[] {
  return orderEmployments(rows, today).map((employment) => ({
    id: employment.id,
    number: employment.number,
    startDate: employment.startDate,
    contractStartDate: employment.contractStartDate,
    endDate: employment.endDate,
    endReason:
      employment.endReason === 'deceased'
        ? 'deceased'
        : employment.endReason === null
          ? null
          : 'none',
    status: employment.status,
    versions: versionPeriods(employment.versions).map((version) => ({
      id: version.id,
      validFrom: version.validFrom,
      validUntil: version.validUntil,
      departmentId: version.departmentId,
      contractHoursPerWeek: version.contractHoursPerWeek,
      functionName: version.functionName,
      functionGroup: version.functionGroup,
      employmentType: version.employmentType,
      noRiskPolicy: version.noRiskPolicy,
    })),
  }));
}

export function createEmployeesUseCases({ db, clock, audit, organisation }: EmployeesDependencies) {
  /** Runs `work` on the repository inside a transaction limited to the employer (RLS). */
  const forEmployer = <T>(
    employerId: AuthorizedEmployerId,
    work: (repository: ReturnType<typeof createEmployeesRepository>, tx: TenantDb) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createEmployeesRepository(tx), tx));
  const today = () => amsterdamDateOf(clock.now());
  async function hrIntegrationModeOf(employerId: AuthorizedEmployerId): Promise<HrIntegrationMode> {
    const employer = await organisation().getEmployer(employerId);
    const parsed = hrIntegrationModeSchema.safeParse(employer?.hrIntegrationMode);
    return parsed.success ? parsed.data : 'none';
  }
  /** The dossier, or 404 when the employee is not the employer's or outside the actor's scope. */
  async function loadDossier(actor: ScopedActor, employeeId: string): Promise<EmployeeDossier> {
    if (!uuidPattern.test(employeeId)) throw errors.notFound();
    const date = today();
    const found = await forEmployer(actor.employerId, async (repository) => {
      const employee = await repository.findEmployee(
        actor.employerId,
        employeeId,
        actor.scope,
        date,
      );
      if (!employee) return undefined;
      const [rows, managerUserId] = await Promise.all([
        repository.employmentsWithVersions(actor.employerId, employeeId),
        repository.managerOf(employeeId),
      ]);
      return { employee, rows, managerUserId };
    });
    if (!found) throw errors.notFound();
    const { employee, rows, managerUserId } = found;
    return {
      id: employee.id,
      personnelNumber: employee.personnelNumber,
      firstName: employee.firstName,
      initials: employee.initials,
      namePrefix: employee.namePrefix,
      lastName: employee.lastName,
      gender: genderSchema.catch('x').parse(employee.gender),
      dateOfBirth: employee.dateOfBirth,
      inService: isInService(rows, date),
      managerUserId,
      hrIntegrationMode: await hrIntegrationModeOf(actor.employerId),
      employments: employmentViews(rows, date),
    };
  }
  return {
    scopeCondition: employeeInScope,
    /**
     * The employee's dossier data for another module (cases, vault): 404 when the id is not an
     * employee of the actor's employer within the actor's scope. Not audited: the caller logs
     * its own read.
     */
    getEmployeeForActor: loadDossier,
    /** The employee's employments, "Dienstverband 1" first; 404 as `getEmployeeForActor`. */
    async listEmploymentsOf(actor: ScopedActor, employeeId: string): Promise<EmploymentView[]> {
      return (await loadDossier(actor, employeeId)).employments;
    },
    /** Opening a dossier: the data, an audit entry "employees.viewed" and the recent-visits list. */
    async viewDossier(actor: AuditedActor, employeeId: string): Promise<EmployeeDossier> {
      const dossier = await loadDossier(actor, employeeId);
      await forEmployer(actor.employerId, (repository) =>
        repository.recordVisit(actor.employerId, actor.userId, employeeId, clock.now()),
      );
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'employees.viewed',
        subjectType: 'employee',
        subjectId: employeeId,
        ip: actor.ip,
        requestId: actor.requestId,
      });
      return dossier;
    },
    addEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return forEmployer(employerId, (repository) =>
        repository.insertEmployeeWithEmployment(employerId, employee, employment),
      );
    },
    /** Employees employed on `date` within the actor's scope ("Huidig verzuim" divides by it). */
    countEmployedInScope(actor: ScopedActor, date: string): Promise<number> {
      return forEmployer(actor.employerId, (repository) =>
        repository.countEmployedInScope(actor.employerId, actor.scope, date),
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
