import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  createRetentionRepository,
  type RetentionEmployeeRow,
} from './employees.retention.repository.js';

export type { RetentionEmployeeRow } from './employees.retention.repository.js';

/**
 * The retention clean-up's part of the employees (DOMAIN.md §5), each in the caller's tenant
 * transaction: the retention module decides, audits and holds one transaction per dossier.
 */
export function retentionUseCases() {
  return {
    /** Employees whose last day of service lies before `before`. */
    employeesLeftBeforeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      before: string,
    ): Promise<string[]> {
      return createRetentionRepository(tx).leftBefore(employerId, before);
    },

    /**
     * Locks the employee for an erasure, so two clean-ups (two instances) erase a dossier once:
     * the second waits, then finds nothing expired. False when the employee is not there.
     */
    lockEmployeeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<boolean> {
      return createRetentionRepository(tx).lockEmployee(employerId, employeeId);
    },

    /** Name, personnel number and the end of each employment of `employeeIds`. */
    retentionEmployeesIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<RetentionEmployeeRow[]> {
      return createRetentionRepository(tx).employeesOf(employerId, employeeIds);
    },

    /**
     * Erases the employee record with its employments, manager, visits and tags; the other
     * modules' rows about the employee must be gone first. Counts per kind, for the audit entry.
     */
    eraseEmployeeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<Record<string, number>> {
      return createRetentionRepository(tx).eraseEmployee(employerId, employeeId);
    },
  };
}
