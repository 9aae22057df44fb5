import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { reportsErrors } from './reports.errors.js';
import type { ReportDepartment } from './reports.models.js';

/** The employer's departments, refusing a selected unit that is not one of them. */
export async function departmentsWithUnitsIn(
  organisation: Pick<OrganisationUseCases, 'listDepartmentsIn'>,
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  unitIds: readonly string[],
): Promise<ReportDepartment[]> {
  const departments = await organisation.listDepartmentsIn(tx, employerId);
  const known = new Set(departments.map((department) => department.id));
  if (unitIds.some((id) => !known.has(id))) throw reportsErrors.unknownUnit();
  return departments;
}
