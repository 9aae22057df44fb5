import type { TenantDb } from '../../db/tenancy.js';
import { createDetailsRepository } from './employees.details.repository.js';
import { createEmploymentsRepository } from './employees.employments.repository.js';
import { createHeadcountsRepository } from './employees.headcounts.repository.js';
import { createSearchRepository } from './employees.search.repository.js';

/**
 * Every query on the employees tables, one object per tenant transaction (`inTenant`, so RLS
 * applies as well). The queries live in one file per subject: details, employments, search,
 * headcounts, the dossier read and the scope check (employees.<subject>.repository.ts).
 */
export function createEmployeesRepository(db: TenantDb) {
  return {
    ...createDetailsRepository(db),
    ...createEmploymentsRepository(db),
    ...createSearchRepository(db),
    ...createHeadcountsRepository(db),
  };
}

export type EmployeesRepository = ReturnType<typeof createEmployeesRepository>;
