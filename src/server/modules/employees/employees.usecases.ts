import { sql } from 'drizzle-orm';
import { isCivilDate } from '../../../contracts/civil-dates.js';
import type { z } from 'zod';
import type {
  DepartmentCountsResponse,
  EmployeeDossier,
  EmployeeSearchResponse,
  EmploymentView,
  HrIntegrationMode,
  NewEmploymentInput,
  PersonalDetails,
  RecentDossiers,
  addEmployeeRequestSchema,
  changeEmploymentRequestSchema,
  correctEmploymentRequestSchema,
  employeeSearchQuerySchema,
  vaultDetailsDraftSchema,
} from '../../../contracts/employees.js';
import { genderSchema, hrIntegrationModeSchema } from '../../../contracts/employees.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors, type FieldError } from '../../platform/errors.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { departmentsWithDescendants } from '../organisation/organisation.models.js';
import { type DossierScope, type EmployerActor, scopeIsEmpty } from '../users/users.policies.js';
import { employeesErrors } from './employees.errors.js';
import {
  checkContractHours,
  checkPlausibleDate,
  type DateBoundKind,
  employmentOnDate,
  isEmploymentType,
  isInService,
  normaliseForSearch,
  orderEmployments,
  searchTermsFor,
  versionPeriods,
} from './employees.models.js';
import {
  isValidHouseNumber,
  isValidHouseNumberAddition,
  normaliseBsn,
  normaliseDutchPostcode,
} from '../../../contracts/dutch-personal-data.js';
import { openDossier } from './dossier-open.repository.js';
import {
  createEmployeesRepository,
  employeeInScope,
  type Employee,
  type EmployeeName,
  type EmploymentChange,
  type EmploymentOnDateRow,
  type EmploymentVersion,
  type NewEmployee,
  type NewEmployment,
} from './employees.repository.js';

export type {
  Employee,
  EmployeeName,
  EmploymentChange,
  EmploymentOnDateRow,
  EmploymentVersion,
  NewEmployee,
  NewEmployment,
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Throws the field error of contract hours outside 0–80 or with more than two decimals. */
function assertContractHours(hours: number): void {
  const problem = checkContractHours(hours);
  if (problem !== null) throw errors.invalidField('contractHoursPerWeek', problem);
}

/** Collects every field problem of a request, so the form can mark them all at once. */
class FieldProblems {
  readonly list: FieldError[] = [];
  constructor(private readonly today: string) {}
  add(path: string, code: string): void {
    this.list.push({ path, code });
  }
  date(path: string, value: string | null | undefined, kind: DateBoundKind): void {
    if (value === null || value === undefined) return;
    const problem = checkPlausibleDate(value, kind, this.today);
    if (problem !== null) this.add(path, problem);
  }
  hours(path: string, value: number | undefined): void {
    if (value === undefined) return;
    const problem = checkContractHours(value);
    if (problem !== null) this.add(path, problem);
  }
  has(path: string): boolean {
    return this.list.some((problem) => problem.path === path);
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw employeesErrors.fields(this.list);
  }
}

/** The part of the vault module "Werknemer toevoegen" needs: storing the contact details. */
export type VaultPort = {
  storePersonalData(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    employeeId: string,
    data: z.output<typeof vaultDetailsDraftSchema>,
  ): Promise<void>;
};

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
  /** The vault (datakluis) stores BSN and contact details; absent until that module is wired. */
  vault?: VaultPort;
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

/** The dossier as the API shows it, from the employee's rows. */
function dossierView(
  found: {
    employee: Pick<
      Employee,
      | 'id'
      | 'personnelNumber'
      | 'firstName'
      | 'initials'
      | 'namePrefix'
      | 'lastName'
      | 'gender'
      | 'dateOfBirth'
    >;
    employments: Parameters<typeof employmentViews>[0];
    managerUserId: string | null;
    hrIntegrationMode: HrIntegrationMode;
  },
  date: string,
): EmployeeDossier {
  const { employee } = found;
  return {
    id: employee.id,
    personnelNumber: employee.personnelNumber,
    firstName: employee.firstName,
    initials: employee.initials,
    namePrefix: employee.namePrefix,
    lastName: employee.lastName,
    gender: genderSchema.catch('x').parse(employee.gender),
    dateOfBirth: employee.dateOfBirth,
    inService: isInService(found.employments, date),
    managerUserId: found.managerUserId,
    hrIntegrationMode: found.hrIntegrationMode,
    employments: employmentViews(found.employments, date),
  };
}

export function createEmployeesUseCases({
  db,
  clock,
  audit,
  organisation,
  vault,
}: EmployeesDependencies) {
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
    const hrIntegrationMode = await hrIntegrationModeOf(actor.employerId);
    return forEmployer(actor.employerId, (repository) =>
      dossierIn(repository, actor, employeeId, hrIntegrationMode),
    );
  }

  /** The dossier inside the caller's transaction; 404 as `loadDossier`. */
  async function dossierIn(
    repository: ReturnType<typeof createEmployeesRepository>,
    actor: ScopedActor,
    employeeId: string,
    hrIntegrationMode: HrIntegrationMode,
  ): Promise<EmployeeDossier> {
    const date = today();
    const employee = await repository.findEmployee(actor.employerId, employeeId, actor.scope, date);
    if (!employee) throw errors.notFound();
    const rows = await repository.employmentsWithVersions(actor.employerId, employeeId);
    const managerUserId = await repository.managerOf(employeeId);
    return dossierView({ employee, employments: rows, managerUserId, hrIntegrationMode }, date);
  }

  /** An audit entry for a change by the actor. */
  const recordChange = (
    actor: AuditedActor,
    action: string,
    subjectId: string,
    details: Record<string, unknown>,
  ) =>
    audit.record({
      employerId: actor.employerId,
      userId: actor.userId,
      action,
      subjectType: 'employee',
      subjectId,
      ip: actor.ip,
      requestId: actor.requestId,
      details,
    });

  /** Refuses changes of data the employer's HR system owns (koppeling). */
  async function assertMaintainedHere(employerId: AuthorizedEmployerId): Promise<void> {
    if ((await hrIntegrationModeOf(employerId)) !== 'none') {
      throw employeesErrors.managedByHrSystem();
    }
  }

  /**
   * Checks that each department named in `paths` exists at the employer, is open on `today`
   * and lies within the actor's scope (the manual: only to a department one is authorised for).
   */
  async function checkDepartments(
    actor: ScopedActor,
    problems: FieldProblems,
    paths: { path: string; departmentId: string | undefined }[],
  ): Promise<void> {
    const named = paths.filter((entry) => entry.departmentId !== undefined);
    if (named.length === 0) return;
    const departments = await organisation().listDepartments(actor.employerId);
    const byId = new Map(departments.map((department) => [department.id, department]));
    const date = today();
    for (const { path, departmentId } of named) {
      const department = byId.get(departmentId ?? '');
      const inScope =
        actor.scope.kind === 'employer' || actor.scope.departmentIds.includes(departmentId ?? '');
      if (!department || !inScope) problems.add(path, 'invalid_value');
      else if (department.closedOn !== null && department.closedOn <= date) {
        problems.add(path, 'department_closed');
      }
    }
  }

  /** The personal details, checked: dates plausible, names present. */
  function checkPersonalDetails(problems: FieldProblems, details: PersonalDetails): void {
    problems.date('dateOfBirth', details.dateOfBirth, 'dateOfBirth');
  }

  /** A new employment, checked field by field under `prefix` ("employments.0."). */
  function checkNewEmployment(
    problems: FieldProblems,
    prefix: string,
    employment: NewEmploymentInput,
  ): void {
    problems.date(`${prefix}startDate`, employment.startDate, 'employmentDate');
    problems.date(`${prefix}contractStartDate`, employment.contractStartDate, 'employmentDate');
    problems.date(`${prefix}endDate`, employment.endDate, 'endDate');
    if (
      employment.endDate &&
      !problems.has(`${prefix}endDate`) &&
      employment.endDate < employment.startDate
    ) {
      problems.add(`${prefix}endDate`, 'end_before_start');
    }
    problems.hours(`${prefix}contractHoursPerWeek`, employment.contractHoursPerWeek);
  }

  /** The vault part of "Werknemer toevoegen": BSN 11-test, Dutch postcode and house number. */
  function checkVaultDetails(
    problems: FieldProblems,
    details: z.output<typeof vaultDetailsDraftSchema>,
  ): z.output<typeof vaultDetailsDraftSchema> {
    const bsn = details.bsn === null ? null : normaliseBsn(details.bsn);
    if (details.bsn !== null && bsn === null) problems.add('vault.bsn', 'bsn_invalid');
    const postcode = details.postcode === null ? null : normaliseDutchPostcode(details.postcode);
    if (details.postcode !== null && postcode === null) {
      problems.add('vault.postcode', 'postcode_invalid');
    }
    if (
      details.houseNumber !== null &&
      details.houseNumber !== undefined &&
      !isValidHouseNumber(details.houseNumber)
    ) {
      problems.add('vault.houseNumber', 'house_number_invalid');
    }
    if (!isValidHouseNumberAddition(details.houseNumberAddition)) {
      problems.add('vault.houseNumberAddition', 'house_number_addition_invalid');
    }
    return { ...details, bsn, postcode };
  }

  const toNewEmployment = (employment: NewEmploymentInput): NewEmployment => ({
    startDate: employment.startDate,
    contractStartDate: employment.contractStartDate ?? null,
    endDate: employment.endDate ?? null,
    departmentId: employment.departmentId,
    contractHoursPerWeek: employment.contractHoursPerWeek.toFixed(2),
    functionName: employment.functionName ?? null,
    functionGroup: employment.functionGroup ?? null,
    employmentType: employment.employmentType,
    noRiskPolicy: employment.noRiskPolicy ?? false,
  });

  /** The employee in the actor's scope, or 404; inside the caller's transaction. */
  async function employeeInScopeOr404(
    repository: ReturnType<typeof createEmployeesRepository>,
    actor: ScopedActor,
    employeeId: string,
  ): Promise<Employee> {
    const employee = await repository.findEmployee(
      actor.employerId,
      employeeId,
      actor.scope,
      today(),
    );
    if (!employee) throw errors.notFound();
    return employee;
  }

  /** The employment of an employee in scope, locked; 404 when either is not there. */
  async function lockEmploymentOr404(
    repository: ReturnType<typeof createEmployeesRepository>,
    actor: ScopedActor,
    employeeId: string,
    employmentId: string,
  ) {
    await employeeInScopeOr404(repository, actor, employeeId);
    const employment = await repository.lockEmployment(actor.employerId, employeeId, employmentId);
    if (!employment) throw errors.notFound();
    return employment;
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
    /**
     * `listEmploymentsOf` inside another module's use case, in its tenant transaction (one use
     * case, one transaction).
     */
    async employmentsIn(
      tx: TenantDb,
      actor: ScopedActor,
      employeeId: string,
    ): Promise<EmploymentView[]> {
      if (!uuidPattern.test(employeeId)) throw errors.notFound();
      const repository = createEmployeesRepository(tx);
      const date = today();
      const employee = await repository.findEmployee(
        actor.employerId,
        employeeId,
        actor.scope,
        date,
      );
      if (!employee) throw errors.notFound();
      return employmentViews(
        await repository.employmentsWithVersions(actor.employerId, employeeId),
        date,
      );
    },
    /** Opening a dossier: the data, an audit entry "employees.viewed" and the recent-visits list. */
    async viewDossier(actor: AuditedActor, employeeId: string): Promise<EmployeeDossier> {
      if (!uuidPattern.test(employeeId)) throw errors.notFound();
      const date = today();
      // One statement in one transaction: the read, the visit and the audit entry stand or fall
      // together, in four round trips with the request's context (request-path.test.ts).
      const opened = await inTenant(db, actor.employerId, (tx) =>
        openDossier(tx, {
          employerId: actor.employerId,
          employeeId,
          scope: actor.scope,
          date,
          visit: { userId: actor.userId, at: clock.now() },
          audited: (found) =>
            auditBy(audit, actor).insertWhen(
              { action: 'employees.viewed', subjectType: 'employee', subjectId: employeeId },
              found,
            ),
        }),
      );
      if (!opened) throw errors.notFound();
      return dossierView(
        {
          ...opened,
          hrIntegrationMode: hrIntegrationModeSchema.catch('none').parse(opened.hrIntegrationMode),
        },
        date,
      );
    },
    /**
     * Werknemer toevoegen: the employee, one or two employments and (through the vault) the
     * contact details, all in one transaction. Every field problem is reported at once.
     */
    async registerEmployee(
      actor: AuditedActor,
      request: z.output<typeof addEmployeeRequestSchema>,
    ): Promise<{ id: string }> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      checkPersonalDetails(problems, request);
      request.employments.forEach((employment, index) =>
        checkNewEmployment(problems, `employments.${index}.`, employment),
      );
      await checkDepartments(
        actor,
        problems,
        request.employments.map((employment, index) => ({
          path: `employments.${index}.departmentId`,
          departmentId: employment.departmentId,
        })),
      );
      const vaultDetails = request.vault ? checkVaultDetails(problems, request.vault) : undefined;
      problems.throwIfAny();
      const created = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        if (
          request.personnelNumber !== null &&
          (await repository.personnelNumberTaken(actor.employerId, request.personnelNumber, null))
        ) {
          throw errors.invalidField('personnelNumber', 'personnel_number_taken');
        }
        const employee = await repository.insertEmployee(actor.employerId, {
          firstName: request.firstName,
          initials: request.initials,
          namePrefix: request.namePrefix,
          lastName: request.lastName,
          gender: request.gender,
          dateOfBirth: request.dateOfBirth,
          personnelNumber: request.personnelNumber,
        });
        for (const employment of request.employments) {
          await repository.addEmployment(
            actor.employerId,
            employee.id,
            toNewEmployment(employment),
          );
        }
        if (vaultDetails && hasVaultData(vaultDetails)) {
          if (!vault) throw employeesErrors.vaultUnavailable();
          await vault.storePersonalData(tx, actor.employerId, employee.id, vaultDetails);
        }
        return employee;
      });
      await recordChange(actor, 'employees.created', created.id, {
        employments: request.employments.length,
      });
      return { id: created.id };
    },
    /** Werknemer muteren: name parts, gender, date of birth and personnel number. */
    async updatePersonalDetails(
      actor: AuditedActor,
      employeeId: string,
      details: PersonalDetails,
    ): Promise<void> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      checkPersonalDetails(problems, details);
      problems.throwIfAny();
      const before = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        const employee = await employeeInScopeOr404(repository, actor, employeeId);
        if (
          details.personnelNumber !== null &&
          (await repository.personnelNumberTaken(
            actor.employerId,
            details.personnelNumber,
            employeeId,
          ))
        ) {
          throw errors.invalidField('personnelNumber', 'personnel_number_taken');
        }
        await repository.updateEmployee(actor.employerId, employeeId, details, clock.now());
        return employee;
      });
      await recordChange(actor, 'employees.details_updated', employeeId, {
        before: pickDetails(before),
        after: pickDetails(details),
      });
    },
    /** Sets the employee's manager (leidinggevende): a user of the same employer. */
    async setManager(actor: AuditedActor, employeeId: string, userId: string): Promise<void> {
      try {
        await inTenant(db, actor.employerId, async (tx) => {
          const repository = createEmployeesRepository(tx);
          await employeeInScopeOr404(repository, actor, employeeId);
          await repository.setManager(actor.employerId, employeeId, userId, clock.now());
        });
      } catch (error) {
        // The foreign key on the membership: the user does not work for this employer.
        if (isForeignKeyViolation(error)) throw employeesErrors.managerNotAUser();
        throw error;
      }
      await recordChange(actor, 'employees.manager_set', employeeId, { managerUserId: userId });
    },
    /** A further employment: a second job, or re-hiring someone who left ("in dienst melden"). */
    async addEmploymentFor(
      actor: AuditedActor,
      employeeId: string,
      employment: NewEmploymentInput,
    ): Promise<{ id: string }> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      checkNewEmployment(problems, '', employment);
      await checkDepartments(actor, problems, [
        { path: 'departmentId', departmentId: employment.departmentId },
      ]);
      problems.throwIfAny();
      const created = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        await employeeInScopeOr404(repository, actor, employeeId);
        return repository.addEmployment(actor.employerId, employeeId, toNewEmployment(employment));
      });
      await recordChange(actor, 'employees.employment_added', employeeId, {
        employmentId: created.id,
        startDate: employment.startDate,
      });
      return { id: created.id };
    },
    /**
     * "Dienstverband corrigeren": fixes the version in force today (for an employment that has
     * not started: its first; for one that ended: its last) in place, without history, and the
     * employment's start date if given. Audited with the values before and after.
     */
    async correctEmployment(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      correction: z.output<typeof correctEmploymentRequestSchema>,
    ): Promise<void> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      problems.date('startDate', correction.startDate, 'employmentDate');
      problems.date('contractStartDate', correction.contractStartDate, 'employmentDate');
      problems.hours('contractHoursPerWeek', correction.contractHoursPerWeek);
      await checkDepartments(actor, problems, [
        { path: 'departmentId', departmentId: correction.departmentId },
      ]);
      problems.throwIfAny();
      const { before, after } = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        const employment = await lockEmploymentOr404(repository, actor, employeeId, employmentId);
        const onDate = clampToEmployment(employment, today());
        const version = employmentOnDate(employment, onDate).version ?? employment.versions[0];
        if (!version) throw errors.notFound();
        const { startDate, contractStartDate, ...terms } = correction;
        if (startDate !== undefined && startDate !== employment.startDate) {
          const second = employment.versions[1];
          if (second && startDate >= second.validFrom) {
            throw errors.invalidField('startDate', 'employment_start_after_change');
          }
          if (employment.endDate !== null && startDate > employment.endDate) {
            throw errors.invalidField('startDate', 'end_before_start');
          }
          const first = employment.versions[0];
          if (first) {
            await repository.updateEmploymentVersion(actor.employerId, first.id, {
              validFrom: startDate,
            });
          }
        }
        await repository.updateEmployment(actor.employerId, employmentId, {
          ...(startDate === undefined ? {} : { startDate }),
          ...(contractStartDate === undefined ? {} : { contractStartDate }),
        });
        const changedTerms = definedOnly(terms);
        await repository.updateEmploymentVersion(actor.employerId, version.id, changedTerms);
        return {
          before: { startDate: employment.startDate, ...pickTerms(version, changedTerms) },
          after: { ...(startDate === undefined ? {} : { startDate }), ...changedTerms },
        };
      });
      await recordChange(actor, 'employees.employment_corrected', employeeId, {
        employmentId,
        before,
        after,
      });
    },
    /** "Het dienstverband gaat veranderen": new terms from a date, the history shows both. */
    async changeEmploymentFor(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      change: z.output<typeof changeEmploymentRequestSchema>,
    ): Promise<void> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      problems.date('validFrom', change.validFrom, 'employmentDate');
      problems.hours('contractHoursPerWeek', change.contractHoursPerWeek);
      await checkDepartments(actor, problems, [
        { path: 'departmentId', departmentId: change.departmentId },
      ]);
      problems.throwIfAny();
      await inTenant(db, actor.employerId, async (tx) => {
        await employeeInScopeOr404(createEmployeesRepository(tx), actor, employeeId);
      });
      const { departmentId, functionGroup, functionName, employmentType } = change;
      const version = await this.changeEmployment(actor.employerId, employmentId, {
        validFrom: change.validFrom,
        ...definedOnly({
          departmentId,
          functionGroup,
          functionName,
          employmentType,
          contractHoursPerWeek: change.contractHoursPerWeek,
          noRiskPolicy: change.noRiskPolicy,
        }),
      });
      if (version.employmentId !== employmentId) throw errors.notFound();
      await recordChange(actor, 'employees.employment_changed', employeeId, {
        employmentId,
        validFrom: change.validFrom,
        change: definedOnly({ departmentId, functionName, functionGroup, employmentType }),
      });
    },
    /** Ends one employment on `endDate` (last day employed); null opens it again. */
    async endEmployment(
      actor: AuditedActor,
      employeeId: string,
      employmentId: string,
      endDate: string | null,
    ): Promise<void> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      problems.date('endDate', endDate, 'endDate');
      problems.throwIfAny();
      const before = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        const employment = await lockEmploymentOr404(repository, actor, employeeId, employmentId);
        if (endDate !== null && endDate < employment.startDate) {
          throw errors.invalidField('endDate', 'end_before_start');
        }
        const last = employment.versions.at(-1);
        if (endDate !== null && last && endDate < last.validFrom) {
          throw errors.invalidField('endDate', 'end_before_change');
        }
        await repository.updateEmployment(actor.employerId, employmentId, {
          endDate,
          endReason: null,
        });
        return employment.endDate;
      });
      await recordChange(actor, 'employees.employment_ended', employeeId, {
        employmentId,
        before: before,
        after: endDate,
      });
    },
    /**
     * "Uit dienst melden": every employment that runs on or past `date` ends on that day with
     * the reason; reporting again overwrites the date and reason of the earlier report.
     */
    async reportOutOfService(
      actor: AuditedActor,
      employeeId: string,
      report: { date: string; reason: 'none' | 'deceased' },
    ): Promise<void> {
      await assertMaintainedHere(actor.employerId);
      const problems = new FieldProblems(today());
      problems.date('date', report.date, 'endDate');
      problems.throwIfAny();
      const ended = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createEmployeesRepository(tx);
        await employeeInScopeOr404(repository, actor, employeeId);
        const all = await repository.employmentsWithVersions(actor.employerId, employeeId);
        // Open ones, ones ending later, and ones an earlier report ended (to overwrite it).
        const affected = all.filter(
          (employment) =>
            employment.endDate === null ||
            employment.endReason !== null ||
            employment.endDate > report.date,
        );
        const tooLate = affected.find(
          (employment) =>
            employment.startDate > report.date ||
            (employment.versions.at(-1)?.validFrom ?? '') > report.date,
        );
        if (tooLate) throw errors.invalidField('date', 'out_of_service_before_employment');
        for (const employment of affected) {
          await repository.updateEmployment(actor.employerId, employment.id, {
            endDate: report.date,
            endReason: report.reason,
          });
        }
        return affected.map((employment) => employment.id);
      });
      await recordChange(actor, 'employees.out_of_service', employeeId, {
        date: report.date,
        reason: report.reason,
        employmentIds: ended,
      });
    },
    /**
     * Dossier zoeken: a page of employees in the actor's scope, by name (prefix, any case and
     * accents, "Vries, de" as well as "de Vries") and the extended criteria. An actor without
     * scope gets nothing, and `scopeEmpty` says why.
     */
    async searchEmployees(
      actor: ScopedActor,
      query: z.output<typeof employeeSearchQuerySchema>,
    ): Promise<EmployeeSearchResponse> {
      if (scopeIsEmpty(actor.scope)) return { items: [], total: 0, scopeEmpty: true };
      const nameTerms = query.name ? searchTermsFor(query.name) : null;
      const firstNameTerm = query.firstName ? normaliseForSearch(query.firstName) : null;
      if (nameTerms?.length === 0) return { items: [], total: 0, scopeEmpty: false };
      const departmentIds = query.departmentId
        ? departmentsWithDescendants(await organisation().listDepartments(actor.employerId), [
            query.departmentId,
          ])
        : null;
      const { rows, total } = await forEmployer(actor.employerId, (repository) =>
        repository.search(
          actor.employerId,
          {
            nameTerms,
            includeOutOfService: query.includeOutOfService,
            personnelNumber: query.personnelNumber || null,
            dateOfBirth: query.dateOfBirth ?? null,
            firstNameTerm: firstNameTerm || null,
            departmentIds: departmentIds ?? null,
            limit: query.limit,
            offset: query.offset,
          },
          actor.scope,
          today(),
        ),
      );
      return { items: rows, total, scopeEmpty: false };
    },
    /** Employees in service today per department, counting only those in the actor's scope. */
    async departmentCounts(actor: ScopedActor): Promise<DepartmentCountsResponse> {
      if (scopeIsEmpty(actor.scope)) return { counts: [], scopeEmpty: true };
      const counts = await forEmployer(actor.employerId, async (repository) => {
        // The whole employer: the maintained headcounts. A narrower scope counts its own people.
        if (actor.scope.kind !== 'employer')
          return repository.countInScopeByDepartment(actor.employerId, actor.scope, today());
        const byDepartment = await repository.countEmployedByDepartment(actor.employerId, today());
        return [...byDepartment].map(([departmentId, employees]) => ({ departmentId, employees }));
      });
      return { counts, scopeEmpty: false };
    },
    /** Recent bezochte dossiers: the actor's last 10 opened dossiers still in scope. */
    async recentDossiers(actor: ScopedActor & { userId: string }): Promise<RecentDossiers> {
      const items = await forEmployer(actor.employerId, (repository) =>
        repository.recentVisits(actor.employerId, actor.userId, actor.scope, today(), 10),
      );
      return { items };
    },
    /**
     * For the dossier-scope tree of Gebruikersbeheer: the employees placed in `departmentId` on
     * `date` (its own, not those of sub-departments), as far as `scope` lets the actor see them.
     */
    listDepartmentEmployeeNames(
      employerId: AuthorizedEmployerId,
      departmentId: string,
      scope: DossierScope,
      date: string,
    ): Promise<EmployeeName[]> {
      const department: DossierScope = {
        kind: 'selection',
        departmentIds: [departmentId],
        employeeIds: [],
      };
      return forEmployer(employerId, (repository) =>
        repository.listEmployeeNames(
          (id) =>
            sql`${employeeInScope(department, id, date)} and ${employeeInScope(scope, id, date)}`,
          date,
        ),
      );
    },
    /** The employees of the employer among `employeeIds` (other ids are left out), by name. */
    findEmployeeNames(
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
      date: string,
    ): Promise<EmployeeName[]> {
      if (employeeIds.length === 0) return Promise.resolve([]);
      const only: DossierScope = { kind: 'selection', departmentIds: [], employeeIds };
      return forEmployer(employerId, (repository) =>
        repository.listEmployeeNames((id) => employeeInScope(only, id, date), date),
      );
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
        actor.scope.kind === 'employer'
          ? repository.countEmployed(actor.employerId, date)
          : repository.countEmployedInScope(actor.employerId, actor.scope, date),
      );
    },
    /** Refuses changes of data the employer's HR system owns (koppeling); bulk import asks too. */
    assertMaintainedHere,
    /**
     * The writes of "werknemer toevoegen" inside a tenant transaction another use case holds,
     * so that they succeed or fail together with its own (bulk import: all rows or none). The
     * caller has checked the values (departments of the employer and in scope, dates, BSN).
     */
    within(tx: TenantDb) {
      const repository = createEmployeesRepository(tx);
      return {
        /** Which of the (trimmed, upper-case) personnel numbers are taken in the employer. */
        async personnelNumbersInUse(
          employerId: AuthorizedEmployerId,
          numbers: readonly string[],
        ): Promise<Set<string>> {
          return new Set(await repository.personnelNumbersIn(employerId, numbers));
        },
        /** The employee, its employments in order and its vault details (when any are given). */
        async addEmployee(
          employerId: AuthorizedEmployerId,
          employee: NewEmployee,
          employments: readonly NewEmployment[],
          vaultDetails: z.output<typeof vaultDetailsDraftSchema>,
        ): Promise<Employee> {
          const created = await repository.insertEmployee(employerId, employee);
          for (const employment of employments) {
            await repository.addEmployment(employerId, created.id, employment);
          }
          if (hasVaultData(vaultDetails)) {
            if (!vault) throw employeesErrors.vaultUnavailable();
            await vault.storePersonalData(tx, employerId, created.id, vaultDetails);
          }
          return created;
        },
      };
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
    /** `employmentsOnDate` inside the caller's tenant transaction. */
    async employmentsOnDateIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<EmploymentOnDateRow[]> {
      if (!isCivilDate(date)) throw employeesErrors.invalidDate('date');
      return createEmployeesRepository(tx).employmentsOnDate(employerId, date);
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
      if (change.contractHoursPerWeek !== undefined) {
        assertContractHours(change.contractHoursPerWeek);
      }
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

/** True when the vault part of the form holds anything to store. */
function hasVaultData(details: z.output<typeof vaultDetailsDraftSchema>): boolean {
  return Object.entries(details).some(
    ([key, value]) => key !== 'lettersByEmail' && value !== null && value !== undefined,
  );
}

function pickDetails(details: PersonalDetails | Employee) {
  return {
    firstName: details.firstName,
    initials: details.initials,
    namePrefix: details.namePrefix,
    lastName: details.lastName,
    gender: details.gender,
    dateOfBirth: details.dateOfBirth,
    personnelNumber: details.personnelNumber,
  };
}

/** The object without its undefined entries (a partial change names only what changes). */
function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** The version's values of the keys in `changed`, for the audit's "before". */
function pickTerms(version: EmploymentVersion, changed: Record<string, unknown>) {
  return Object.fromEntries(
    Object.keys(changed).map((key) => [key, version[key as keyof EmploymentVersion]]),
  );
}

/** `date` moved into the employment's period (start … end). */
function clampToEmployment(
  employment: { startDate: string; endDate: string | null },
  date: string,
): string {
  if (date < employment.startDate) return employment.startDate;
  if (employment.endDate !== null && date > employment.endDate) return employment.endDate;
  return date;
}

/** PostgreSQL's foreign_key_violation (23503), from node-postgres and PGlite alike. */
function isForeignKeyViolation(error: unknown): boolean {
  let current: unknown = error;
  while (current instanceof Error) {
    if ((current as Error & { code?: string }).code === '23503') return true;
    current = current.cause;
  }
  return false;
}
