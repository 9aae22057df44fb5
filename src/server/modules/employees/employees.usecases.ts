import { apiWriteUseCases } from './employees.api-writes.usecases.js';
import { apiUseCases } from './employees.api.usecases.js';
import { createEmployeesContext, type EmployeesDependencies } from './employees.context.js';
import { detailsUseCases } from './employees.details.usecases.js';
import { dossierUseCases } from './employees.dossier.usecases.js';
import { employmentsUseCases } from './employees.employments.usecases.js';
import { headcountsUseCases } from './employees.headcounts.usecases.js';
import { outOfServiceUseCases } from './employees.out-of-service.usecases.js';
import { retentionUseCases } from './employees.retention.usecases.js';
import { searchUseCases } from './employees.search.usecases.js';
import { statisticsUseCases } from './employees.statistics.usecases.js';
import { subjectAccessUseCases } from './employees.subject-access.usecases.js';
import { tagsUseCases } from './employees.tags.usecases.js';

export type {
  AuditedActor,
  EmployeesDependencies,
  ScopedActor,
  VaultPort,
} from './employees.context.js';
export type {
  Employee,
  EmployeeName,
  EmploymentChange,
  EmploymentOnDateRow,
  EmploymentVersion,
  HrKeyedEmployee,
  NewEmployee,
  NewEmployment,
} from './employees.rows.js';
import { employeeOffboardingUseCases } from './employees.offboarding.usecases.js';
export type { SubjectAccessEmployee } from './employees.subject-access.usecases.js';
export type { ApiEmployeeSelection } from './employees.api.usecases.js';
export type { ScopedEmployeeId } from './employees.scope.js';
export type { EmploymentHistoryRow } from './employees.statistics.usecases.js';
export type { RetentionEmployeeRow } from './employees.retention.usecases.js';

/**
 * The use cases of the employees module, one file per subject (employees.<subject>.usecases.ts):
 * the dossier read and the scope check, personal details, employments, out of service, search,
 * headcounts, the statistics' reads, the REST API's reads. Each opens one tenant transaction and writes its audit entry in it.
 */
export function createEmployeesUseCases(dependencies: EmployeesDependencies) {
  const context = createEmployeesContext(dependencies);
  return {
    ...dossierUseCases(context),
    ...detailsUseCases(context),
    ...employmentsUseCases(context),
    ...outOfServiceUseCases(context),
    ...searchUseCases(context),
    ...headcountsUseCases(context),
    ...tagsUseCases(context),
    ...retentionUseCases(),
    ...employeeOffboardingUseCases(),
    ...subjectAccessUseCases(),
    ...statisticsUseCases(),
    ...apiUseCases(),
    ...apiWriteUseCases(context),
  };
}

export type EmployeesUseCases = ReturnType<typeof createEmployeesUseCases>;
