import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { organisationSubqueries } from '../organisation/organisation.queries.js';
import type { DossierScope } from '../users/users.policies.js';
import {
  type EmploymentJson,
  employmentsFromJson,
  employmentsJson,
} from './employees.employments.repository.js';
import type { Employee, EmploymentWithVersions } from './employees.rows.js';
import { employeeInScope } from './employees.scope.repository.js';
import { employeeDossierVisits, employeeManagers, employees } from './employees.table.js';

export type OpenedDossier = {
  employee: Pick<
    Employee,
    | 'id'
    | 'personnelNumber'
    | 'firstName'
    | 'initials'
    | 'namePrefix'
    | 'lastName'
    | 'gender'
    | 'dateOfBirth'
  >;
  employments: EmploymentWithVersions[];
  managerUserId: string | null;
  hrIntegrationMode: string | null;
  /** The values of the absence subqueries (null when not selected). */
  absence: { cases: unknown; nextDeadline: unknown };
};

/**
 * Opening a dossier in one statement, so one round trip: the employee within `scope`, with the
 * employments and their versions (oldest first), the manager and the employer's HR link, and,
 * only when the employee was found, the user's visit and the audit entry (`audited`, given the
 * condition "found"; platform/audit writes its SQL). Data-modifying CTEs always run, read or
 * not; an employee outside the scope leaves neither a visit nor an entry.
 */
export async function openDossier(
  tx: TenantDb,
  input: {
    employerId: AuthorizedEmployerId;
    employeeId: string;
    scope: DossierScope;
    date: string;
    visit: { userId: string; at: Date };
    audited: (found: SQL) => SQL;
    /** Subqueries on `found.id` selected beside the dossier: the absence state, the deadline. */
    absence: (employeeId: SQL) => { cases: SQL | null; nextDeadline: SQL | null };
  },
): Promise<OpenedDossier | undefined> {
  const { employerId, employeeId, scope, date, visit } = input;
  const absence = input.absence(sql`found.id`);
  const [row] = await selectRows<{
    id: string;
    personnelNumber: string | null;
    firstName: string;
    initials: string | null;
    namePrefix: string | null;
    lastName: string;
    gender: string;
    dateOfBirth: string;
    employments: EmploymentJson[];
    managerUserId: string | null;
    hrIntegrationMode: string | null;
    absenceCases: unknown;
    nextDeadline: unknown;
  }>(
    tx,
    sql`with found as (
        select ${employees.id} as id, ${employees.personnelNumber} as personnel_number,
          ${employees.firstName} as first_name, ${employees.initials} as initials,
          ${employees.namePrefix} as name_prefix, ${employees.lastName} as last_name,
          ${employees.gender} as gender, ${employees.dateOfBirth}::text as date_of_birth
        from ${employees}
        where ${employees.employerId} = ${employerId} and ${employees.id} = ${employeeId}
          and ${employeeInScope(scope, employees.id, date)}
      ),
      visited as (
        insert into ${employeeDossierVisits} (employer_id, user_id, employee_id, visited_at)
        select ${employerId}::uuid, ${visit.userId}::uuid, found.id,
          ${visit.at.toISOString()}::timestamptz
        from found
        on conflict (user_id, employee_id) do update set visited_at = excluded.visited_at
      ),
      audited as (${input.audited(sql`exists (select 1 from found)`)})
      select found.id, found.personnel_number as "personnelNumber",
        found.first_name as "firstName", found.initials, found.name_prefix as "namePrefix",
        found.last_name as "lastName", found.gender, found.date_of_birth as "dateOfBirth",
        ${employmentsJson(employerId, sql`found.id`)} as employments,
        (select manager.user_id from ${employeeManagers} manager
          where manager.employee_id = found.id) as "managerUserId",
        ${organisationSubqueries.hrIntegrationMode(sql`${employerId}::uuid`)} as "hrIntegrationMode",
        ${absence.cases ?? sql`null`} as "absenceCases",
        ${absence.nextDeadline ?? sql`null`} as "nextDeadline"
      from found`,
  );
  if (!row) return undefined;
  const {
    employments: employmentRows,
    managerUserId,
    hrIntegrationMode,
    absenceCases,
    nextDeadline,
    ...employee
  } = row;
  return {
    employee,
    employments: employmentsFromJson(employmentRows),
    managerUserId,
    hrIntegrationMode,
    absence: { cases: absenceCases, nextDeadline },
  };
}
