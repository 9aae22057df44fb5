import type { ReportUnit } from '../../../contracts/reports.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { DossierScope } from '../users/users.policies.js';
import { reportsErrors } from './reports.errors.js';
import type { ReportDepartment } from './reports.models.js';

type UnitsActor = { employerId: AuthorizedEmployerId; scope: DossierScope };

/**
 * The units a report may be asked for: the departments in the actor's dossier scope (a scope's
 * departments already bring their sub-departments), every department for the whole employer.
 * A scoped department whose parent is outside the scope is a root of the offered tree, so every
 * unit offered can be chosen with all its sub-units; each keeps its level in the employer's tree
 * (1 = top), the level the reports show their units at.
 */
export function unitsInScope(
  departments: readonly ReportDepartment[],
  scope: DossierScope,
): ReportUnit[] {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const levelOf = (department: ReportDepartment): number => {
    let level = 1;
    const seen = new Set([department.id]);
    for (let at = byId.get(department.parentId ?? ''); at && !seen.has(at.id); level += 1) {
      seen.add(at.id);
      at = byId.get(at.parentId ?? '');
    }
    return level;
  };
  const inScope = scope.kind === 'employer' ? null : new Set(scope.departmentIds);
  return departments
    .filter((department) => inScope === null || inScope.has(department.id))
    .map((department) => ({
      id: department.id,
      parentId:
        inScope === null || inScope.has(department.parentId ?? '') ? department.parentId : null,
      name: department.name,
      level: levelOf(department),
    }));
}

/**
 * The employer's departments, refusing a selected unit that is not one of them
 * (`report_unit_unknown`) or lies outside the actor's dossier scope (`report_unit_out_of_scope`).
 */
export async function departmentsWithUnitsIn(
  organisation: Pick<OrganisationUseCases, 'listDepartmentsIn'>,
  tx: TenantDb,
  actor: UnitsActor,
  unitIds: readonly string[],
): Promise<ReportDepartment[]> {
  const departments = await organisation.listDepartmentsIn(tx, actor.employerId);
  const known = new Set(departments.map((department) => department.id));
  if (unitIds.some((id) => !known.has(id))) throw reportsErrors.unknownUnit();
  const allowed = new Set(unitsInScope(departments, actor.scope).map((unit) => unit.id));
  if (unitIds.some((id) => !allowed.has(id))) throw reportsErrors.unitOutOfScope();
  return departments;
}
