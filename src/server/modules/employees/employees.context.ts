import type { AuditAction } from '../../../contracts/audit.js';
import type { HrIntegrationMode } from '../../../contracts/employees.js';
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
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn' | 'listDepartmentsIn'>;
  /** The vault (datakluis) stores BSN and contact details; absent until that module is wired. */
  vault?: VaultPort;
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

  return {
    ...dependencies,
    today,
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
