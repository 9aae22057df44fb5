import type { SQL } from 'drizzle-orm';
import type { AbsenceState, NextDeadline } from '../../../contracts/absence-state.js';
import type { AuditAction } from '../../../contracts/audit.js';
import type { Locale } from '../../../contracts/common.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { employeesErrors } from './employees.errors.js';
import { type FieldProblems, uuidPattern, type VaultDetails } from './employees.fields.js';
import { createEmployeesRepository, type EmployeesRepository } from './employees.repository.js';
import type { EmploymentWithVersions, ScopedEmployee } from './employees.rows.js';
import { findEmployeeInScope } from './employees.scope.repository.js';

/** The part of the vault module "Werknemer toevoegen" needs: storing the contact details. */
export type VaultPort = {
  storePersonalData(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    employeeId: string,
    data: VaultDetails,
  ): Promise<void>;
};

/**
 * What the dossier header and the search show of an employee's absence (issue 18). The cases and
 * tasks modules sit above employees, so this is a port `createModules` wires to their use cases
 * (docs/architecture.md). Each gives a scalar subquery on the employee id column that the
 * employees statement selects beside its own (no round trip of its own), and reads its value.
 */
export type AbsencePort = {
  casesQuery(employerId: AuthorizedEmployerId, employeeId: SQL, date: string): SQL;
  stateOf(cases: unknown, date: string): AbsenceState;
  nextDeadlineQuery(employerId: AuthorizedEmployerId, employeeId: SQL): SQL;
  nextDeadlineOf(next: unknown, locale: Locale): NextDeadline;
};

/**
 * Told, in the use case's transaction, after an employment's end date changed: a sick employee
 * whose employment ends gets the UWV report's task (DOMAIN.md §2). A port: cases and tasks sit
 * above employees, so `createModules` wires the cases use case in.
 */
export type EmploymentEndListener = (
  tx: TenantDb,
  actor: ScopedActor,
  employeeId: string,
) => Promise<void>;

/** Who asks for employee data: the employer acted for and the dossier scope on it. */
export type ScopedActor = Pick<EmployerActor, 'employerId' | 'scope'>;
/** An actor whose reads and changes are audit-logged. */
export type AuditedActor = Pick<
  EmployerActor,
  'employerId' | 'scope' | 'userId' | 'ip' | 'requestId'
>;
/** An actor whose role decides what else a read shows (the absence state, the deadlines). */
export type RoleActor = Pick<EmployerActor, 'role'>;

export type EmployeesDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn' | 'listDepartmentsIn'>;
  /** The vault (datakluis) stores BSN and contact details; absent until that module is wired. */
  vault?: VaultPort;
  /** The absence state and next deadline; absent where cases and tasks are not wired. */
  absence?: AbsencePort;
  /** The cases learn of an employment's end; absent where cases are not wired. */
  employmentEndChanged?: EmploymentEndListener;
};

/**
 * What every use-case file of this module shares: the dependencies, today's date, the tenant
 * transaction, and the checks each operation makes inside it (one use case, one transaction,
 * its audit entry written in it).
 */
export function createEmployeesContext(dependencies: EmployeesDependencies) {
  const { db, clock, audit, organisation } = dependencies;
  const today = () => amsterdamDateOf(clock.now());

  /** The employee in the actor's scope (the scoped handle), or 404; in the caller's transaction. */
  async function scopedEmployeeOr404(
    tx: TenantDb,
    actor: ScopedActor,
    employeeId: string,
  ): Promise<ScopedEmployee> {
    if (!uuidPattern.test(employeeId)) throw errors.notFound();
    const employee = await findEmployeeInScope(
      tx,
      actor.employerId,
      employeeId,
      actor.scope,
      today(),
    );
    if (!employee) throw errors.notFound();
    return employee;
  }

  const { absence } = dependencies;
  /**
   * What a read shows of the employee's absence, by role: the state to roles that see who is sick
   * (cases.current), the next deadline to those who work the tasks (tasks.work).
   */
  function absenceShown(actor: RoleActor) {
    return {
      state: absence !== undefined && roleHasPermission(actor.role, 'cases.current'),
      deadline: absence !== undefined && roleHasPermission(actor.role, 'tasks.work'),
    };
  }

  return {
    ...dependencies,
    today,
    /**
     * The subqueries a read selects for the absence state and the next deadline of `employeeId`
     * (SQL on its employee id column); null for what the actor's role is not shown.
     */
    absenceColumns(
      actor: RoleActor & Pick<ScopedActor, 'employerId'>,
      employeeId: SQL,
      date: string,
    ): { cases: SQL | null; nextDeadline: SQL | null } {
      const shown = absenceShown(actor);
      return {
        cases: shown.state
          ? (absence?.casesQuery(actor.employerId, employeeId, date) ?? null)
          : null,
        nextDeadline: shown.deadline
          ? (absence?.nextDeadlineQuery(actor.employerId, employeeId) ?? null)
          : null,
      };
    },
    /** The values of `absenceColumns` as the API shows them; left out where not shown. */
    absenceView(
      actor: RoleActor,
      selected: { cases: unknown; nextDeadline?: unknown },
      date: string,
      locale: Locale,
    ): { absence?: AbsenceState; nextDeadline?: NextDeadline } {
      const shown = absenceShown(actor);
      return {
        ...(shown.state && absence ? { absence: absence.stateOf(selected.cases, date) } : {}),
        ...(shown.deadline && absence && 'nextDeadline' in selected
          ? { nextDeadline: absence.nextDeadlineOf(selected.nextDeadline, locale) }
          : {}),
      };
    },
    /** Runs `work` on the repository inside a transaction limited to the employer (RLS). */
    inEmployer<T>(
      employerId: AuthorizedEmployerId,
      work: (repository: EmployeesRepository, tx: TenantDb) => Promise<T>,
    ): Promise<T> {
      return inTenant(db, employerId, (tx) => work(createEmployeesRepository(tx), tx));
    },
    hrIntegrationModeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<HrIntegrationMode> {
      return organisation.hrIntegrationModeIn(tx, employerId);
    },
    /** Refuses changes of data the employer's HR system owns (koppeling). */
    async assertMaintainedHere(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<void> {
      if ((await organisation.hrIntegrationModeIn(tx, employerId)) !== 'none') {
        throw employeesErrors.managedByHrSystem();
      }
    },
    /**
     * Checks that each department named in `paths` exists at the employer, is open on `today`
     * and lies within the actor's scope (the manual: only to a department one is authorised for).
     */
    async checkDepartments(
      tx: TenantDb,
      actor: ScopedActor,
      problems: FieldProblems,
      paths: { path: string; departmentId: string | undefined }[],
    ): Promise<void> {
      const named = paths.filter((entry) => entry.departmentId !== undefined);
      if (named.length === 0) return;
      const departments = await organisation.listDepartmentsIn(tx, actor.employerId);
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
    },
    scopedEmployeeOr404,
    /** The employment of an employee in scope, locked; 404 when either is not there. */
    async lockEmploymentOr404(
      tx: TenantDb,
      actor: ScopedActor,
      employeeId: string,
      employmentId: string,
    ): Promise<EmploymentWithVersions> {
      const employee = await scopedEmployeeOr404(tx, actor, employeeId);
      const employment = await createEmployeesRepository(tx).lockEmployment(
        actor.employerId,
        employee.id,
        employmentId,
      );
      if (!employment) throw errors.notFound();
      return employment;
    },
    /** Tells the cases (and so the tasks) that an employment of the employee ends otherwise. */
    async announceEmploymentEnd(tx: TenantDb, actor: ScopedActor, employeeId: string) {
      await dependencies.employmentEndChanged?.(tx, actor, employeeId);
    },
    /** The audit entry of a change to the employee, in the transaction that made it. */
    recordChange(
      tx: TenantDb,
      actor: AuditedActor,
      action: AuditAction,
      subjectId: string,
      details: Record<string, unknown>,
    ): Promise<void> {
      return auditBy(audit, actor).record(
        { action, subjectType: 'employee', subjectId, details },
        tx,
      );
    },
  };
}

export type EmployeesContext = ReturnType<typeof createEmployeesContext>;
