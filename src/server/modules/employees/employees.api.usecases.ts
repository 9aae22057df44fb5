import type { ApiEmployee } from '../../../contracts/api-v1.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { apiEmployees, type ApiEmployeeSelection } from './employees.api.repository.js';

export type { ApiEmployeeSelection } from './employees.api.repository.js';

/** What the REST API v1 (integration module) reads of the employees. */
export function apiUseCases() {
  return {
    /**
     * Employees with their employments for an API client, in the caller's tenant transaction,
     * which writes the audit entry of the call. An API client sees the whole employer.
     */
    apiEmployeesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      selection: ApiEmployeeSelection,
    ): Promise<ApiEmployee[]> {
      return apiEmployees(tx, employerId, selection);
    },
  };
}
