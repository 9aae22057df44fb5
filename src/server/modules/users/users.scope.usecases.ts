import type {
  ScopeEmployee,
  UserScopeRequest,
  UserScopeResponse,
} from '../../../contracts/users.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { usersErrors } from './users.errors.js';
import type { EmployerActor } from './users.policies.js';
import { createUsersTenantRepository } from './users.repository.js';
import type { UsersContext } from './users.context.js';

/** "Dossiertoegang beheren": which employees a user sees. */
export function createScope(context: UsersContext) {
  const { db, organisation, employees, repository, today, recordChange, memberOf } = context;
  return {
    /**
     * The retention clean-up erases an employee: out of every explicit dossier scope, in its
     * transaction. A scope that named only this employee then names nobody (never more).
     */
    forgetScopeEmployeeIn(tx: TenantDb, employeeId: string): Promise<number> {
      return createUsersTenantRepository(tx).deleteScopeEmployee(employeeId);
    },
    /** "Dossiertoegang beheren": the stored scope of a member, with the selected employees' names. */
    async getScope(actor: EmployerActor, targetId: string): Promise<UserScopeResponse> {
      await memberOf(actor, targetId);
      const membership = await repository.findMembership(targetId, actor.employerId);
      if (!membership) throw errors.notFound();
      const selection = await inTenant(db, actor.employerId, (tx) =>
        createUsersTenantRepository(tx).listScopeSelection(targetId),
      );
      const employeeNames = await employees.findEmployeeNames(
        actor.employerId,
        selection.employeeIds,
        today(),
      );
      return {
        mode: membership.scopeMode === 'explicit' ? 'explicit' : 'inherited',
        wholeEmployer: membership.scopeWholeEmployer,
        departmentIds: selection.departmentIds,
        employees: employeeNames,
      };
    },
    /**
     * Replaces a member's dossier scope. Every department and employee must be the employer's
     * (a field error otherwise). Inherited or whole-employer scopes keep no selection.
     */
    async replaceScope(
      actor: EmployerActor,
      targetId: string,
      request: UserScopeRequest,
    ): Promise<UserScopeResponse> {
      await memberOf(actor, targetId);
      const selecting = request.mode === 'explicit' && !request.wholeEmployer;
      const departmentIds = selecting ? [...new Set(request.departmentIds)] : [];
      const employeeIds = selecting ? [...new Set(request.employeeIds)] : [];
      const known = new Set(
        await organisation.departmentsWithDescendants(actor.employerId, departmentIds),
      );
      if (departmentIds.some((id) => !known.has(id))) throw usersErrors.unknownDepartment();
      const found = await employees.findEmployeeNames(actor.employerId, employeeIds, today());
      if (found.length !== employeeIds.length) throw usersErrors.unknownEmployee();
      const scope = {
        mode: request.mode,
        wholeEmployer: request.mode === 'explicit' && request.wholeEmployer,
        departmentIds,
        employeeIds,
      };
      await inTenant(db, actor.employerId, async (tx) => {
        await createUsersTenantRepository(tx).replaceScope(actor.employerId, targetId, scope);
        await recordChange(actor, 'users.scope_changed', targetId, scope, tx);
      });
      return {
        mode: scope.mode,
        wholeEmployer: scope.wholeEmployer,
        departmentIds,
        employees: found,
      };
    },
    /**
     * The employees of one department of the actor's employer for the scope tree, as far as the
     * actor's own scope reaches. Another employer's department answers 404.
     */
    async listScopeTreeEmployees(
      actor: EmployerActor,
      departmentId: string,
    ): Promise<ScopeEmployee[]> {
      const known = await organisation.departmentsWithDescendants(actor.employerId, [departmentId]);
      if (!known.includes(departmentId)) throw errors.notFound();
      return employees.listDepartmentEmployeeNames(
        actor.employerId,
        departmentId,
        actor.scope,
        today(),
      );
    },
  };
}
