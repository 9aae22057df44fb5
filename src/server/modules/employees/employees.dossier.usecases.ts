import type { EmployeeDossier, EmploymentView } from '../../../contracts/employees.js';
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import { genderSchema } from '../../../contracts/employees.js';
import type { Locale } from '../../../contracts/common.js';
import type { TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type {
  AuditedActor,
  EmployeesContext,
  RoleActor,
  ScopedActor,
} from './employees.context.js';
import { openDossier } from './employees.dossier.repository.js';
import { uuidPattern } from './employees.fields.js';
import { isInService, orderEmployments, versionPeriods } from './employees.models.js';
import { storedHrIntegrationMode } from '../organisation/organisation.models.js';
import { createEmployeesRepository } from './employees.repository.js';
import type { Employee, EmploymentWithVersions } from './employees.rows.js';
import type { ScopedEmployeeId } from './employees.scope.js';
import { employeeInScope, findEmploymentsInScope } from './employees.scope.repository.js';

/**
 * The dossier's employments in order (the current one first), each with the number it got when
 * it was created; versions newest first.
 */
function employmentViews(rows: EmploymentWithVersions[], today: string): EmploymentView[] {
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

/**
 * A stored gender as the API shows it; an unknown one reads as x. Built once: a Zod schema built
 * on every read was a measurable share of the dossier read's CPU (bench/README.md).
 */
const storedGender = genderSchema.catch('x');

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
    employments: EmploymentWithVersions[];
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
    gender: storedGender.parse(employee.gender),
    dateOfBirth: employee.dateOfBirth,
    inService: isInService(found.employments, date),
    managerUserId: found.managerUserId,
    hrIntegrationMode: found.hrIntegrationMode,
    employments: employmentViews(found.employments, date),
  };
}

/** Reading one employee's dossier: for the dossier page and for other modules. */
export function dossierUseCases(context: EmployeesContext) {
  const { clock, audit, today } = context;

  /** The dossier inside the caller's transaction; 404 when not the actor's to see. */
  async function dossierIn(
    tx: TenantDb,
    actor: ScopedActor,
    employeeId: string,
  ): Promise<EmployeeDossier> {
    const date = today();
    const employee = await context.scopedEmployeeOr404(tx, actor, employeeId);
    const repository = createEmployeesRepository(tx);
    const rows = await repository.employmentsWithVersions(actor.employerId, employee.id);
    const managerUserId = await repository.managerOf(employee.id);
    const hrIntegrationMode = await context.hrIntegrationModeIn(tx, actor.employerId);
    return dossierView({ employee, employments: rows, managerUserId, hrIntegrationMode }, date);
  }

  /**
   * The dossier-scope check and the employee's employments inside the caller's transaction, in
   * one statement: the scoped handle and the employments; 404 as `dossierIn`.
   */
  async function scopedEmploymentsIn(
    tx: TenantDb,
    actor: ScopedActor,
    employeeId: string,
  ): Promise<{ employeeId: ScopedEmployeeId; employments: EmploymentView[] }> {
    if (!uuidPattern.test(employeeId)) throw errors.notFound();
    const date = today();
    const found = await findEmploymentsInScope(tx, actor.employerId, employeeId, actor.scope, date);
    if (!found) throw errors.notFound();
    return { employeeId: found.id, employments: employmentViews(found.employments, date) };
  }

  return {
    /** SQL condition "employee in the actor's scope on `date`", for other modules' lists. */
    scopeCondition: employeeInScope,
    /**
     * The dossier-scope check for another module's use case, in its transaction: the scoped
     * handle its repository functions of one dossier take, or 404 when the id is not an
     * employee of the actor's employer within the actor's scope.
     */
    async scopedEmployeeIn(
      tx: TenantDb,
      actor: ScopedActor,
      employeeId: string,
    ): Promise<ScopedEmployeeId> {
      return (await context.scopedEmployeeOr404(tx, actor, employeeId)).id;
    },
    /**
     * The employee's dossier data for another module (cases, vault): 404 when the id is not an
     * employee of the actor's employer within the actor's scope. Not audited: the caller logs
     * its own read.
     */
    getEmployeeForActor(actor: ScopedActor, employeeId: string): Promise<EmployeeDossier> {
      return context.inEmployer(actor.employerId, (_repository, tx) =>
        dossierIn(tx, actor, employeeId),
      );
    },
    /** The employee's employments, "Dienstverband 1" first; 404 as `getEmployeeForActor`. */
    listEmploymentsOf(actor: ScopedActor, employeeId: string): Promise<EmploymentView[]> {
      return context.inEmployer(
        actor.employerId,
        async (_repository, tx) => (await scopedEmploymentsIn(tx, actor, employeeId)).employments,
      );
    },
    /**
     * `listEmploymentsOf` inside another module's use case, in its tenant transaction (one use
     * case, one transaction), with the scoped handle the caller's repository functions of one
     * employee take (decision 009).
     */
    scopedEmploymentsIn,
    /**
     * Opening a dossier: the data with the absence state and next deadline as the role may see
     * them, an audit entry "employees.viewed" and the recent-visits list.
     */
    async viewDossier(
      actor: AuditedActor & RoleActor,
      employeeId: string,
      locale: Locale,
    ): Promise<EmployeeDossier> {
      if (!uuidPattern.test(employeeId)) throw errors.notFound();
      const date = today();
      // One statement in one transaction: the read, the visit and the audit entry stand or fall
      // together, in four round trips with the request's context (request-path.test.ts).
      const opened = await context.inEmployer(actor.employerId, (_repository, tx) =>
        openDossier(tx, {
          employerId: actor.employerId,
          employeeId,
          scope: actor.scope,
          date,
          visit: { userId: actor.userId, at: clock.now() },
          absence: (id) => context.absenceColumns(actor, id, date),
          audited: (found) =>
            auditBy(audit, actor).insertWhen(
              { action: 'employees.viewed', subjectType: 'employee', subjectId: employeeId },
              found,
            ),
        }),
      );
      if (!opened) throw errors.notFound();
      return {
        ...dossierView(
          {
            ...opened,
            hrIntegrationMode: storedHrIntegrationMode.parse(opened.hrIntegrationMode),
          },
          date,
        ),
        ...context.absenceView(actor, opened.absence, date, locale),
      };
    },
  };
}
