import type { Db } from '../db/connection.js';
import { createEmployeesUseCases } from '../modules/employees/employees.usecases.js';
import { createOrganisationUseCases } from '../modules/organisation/organisation.usecases.js';
import { type AuditWriter, createAuditWriter } from '../platform/audit/audit.js';
import { createFakeClock } from '../platform/clock.js';

/** The employees and organisation use cases wired to each other, for tests without the app. */
export function createEmployeesAndOrganisation(
  db: Db,
  clock = createFakeClock(new Date('2026-03-02T09:00:00Z')),
  audit: AuditWriter = createAuditWriter({ db, clock }),
) {
  const organisation = createOrganisationUseCases({
    db,
    clock,
    audit,
    headcounts: {
      countEmployedByDepartmentIn: (tx, employerId, date) =>
        employees.countEmployedByDepartmentIn(tx, employerId, date),
      employedByDepartmentQuery: (employerId, date) =>
        employees.employedByDepartmentQuery(employerId, date),
    },
  });
  const employees = createEmployeesUseCases({ db, clock, audit, organisation });
  return { employees, organisation, clock, audit };
}
