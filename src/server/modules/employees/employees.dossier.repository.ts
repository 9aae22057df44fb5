import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { organisationSubqueries } from '../organisation/organisation.queries.js';
import type { DossierScope } from '../users/users.policies.js';
import type { Employee, Employment, EmploymentVersion } from './employees.rows.js';
import { employeeInScope } from './employees.scope.repository.js';
import {
  employeeDossierVisits,
  employeeManagers,
  employees,
  employments,
  employmentVersions,
} from './employees.table.js';

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
  employments: (Employment & { versions: EmploymentVersion[] })[];
  managerUserId: string | null;
  hrIntegrationMode: string | null;
};

type EmploymentJson = Omit<Employment, 'createdAt'> & {
  createdAt: string;
  versions: EmploymentVersion[];
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
  },
): Promise<OpenedDossier | undefined> {
  const { employerId, employeeId, scope, date, visit } = input;
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
        (select coalesce(json_agg(json_build_object(
            'id', employment.id, 'employerId', employment.employer_id,
            'employeeId', employment.employee_id, 'number', employment.number,
            'startDate', employment.start_date::text,
            'contractStartDate', employment.contract_start_date::text,
            'endDate', employment.end_date::text, 'endReason', employment.end_reason,
            'createdAt', employment.created_at,
            'versions', (select coalesce(json_agg(json_build_object(
                'id', version.id, 'employmentId', version.employment_id,
                'validFrom', version.valid_from::text, 'departmentId', version.department_id,
                'contractHoursPerWeek', version.contract_hours_per_week,
                'functionName', version.function_name, 'functionGroup', version.function_group,
                'employmentType', version.employment_type, 'noRiskPolicy', version.no_risk_policy
              ) order by version.valid_from), '[]'::json)
              from ${employmentVersions} version
              where version.employer_id = ${employerId} and version.employment_id = employment.id)
          )), '[]'::json)
          from ${employments} employment
          where employment.employer_id = ${employerId} and employment.employee_id = found.id
        ) as employments,
        (select manager.user_id from ${employeeManagers} manager
          where manager.employee_id = found.id) as "managerUserId",
        ${organisationSubqueries.hrIntegrationMode(sql`${employerId}::uuid`)} as "hrIntegrationMode"
      from found`,
  );
  if (!row) return undefined;
  const { employments: employmentRows, managerUserId, hrIntegrationMode, ...employee } = row;
  return {
    employee,
    // JSON carries the numeric hours as a number and the timestamp as text.
    employments: employmentRows.map((employment) => ({
      ...employment,
      createdAt: new Date(employment.createdAt),
      versions: employment.versions.map((version) => ({
        ...version,
        contractHoursPerWeek: Number(version.contractHoursPerWeek),
      })),
    })),
    managerUserId,
    hrIntegrationMode,
  };
}
