import { type SQL, sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierScope } from '../users/users.policies.js';
import { prefixRange } from './employees.models.js';
import type { EmployeeName } from './employees.rows.js';
import { departmentOfEmploymentOn, employeeInScope } from './employees.scope.repository.js';
import {
  employeeDossierVisits,
  employeeNameKeys,
  employees,
  employments,
  employmentVersions,
} from './employees.table.js';

/**
 * The employee's name ("first prefix last", as `listEmployeeNames` gives it) as a scalar subquery
 * on `employeeId`, an SQL expression of the caller's statement.
 */
export function employeeNameQuery(employeeId: SQL): SQL<string> {
  return sql<string>`(select concat_ws(' ', nullif(named.first_name, ''),
      nullif(named.name_prefix, ''), nullif(named.last_name, ''))
    from ${employees} named where named.id = ${employeeId})`;
}

export type SearchRow = {
  id: string;
  firstName: string;
  initials: string | null;
  namePrefix: string | null;
  lastName: string;
  personnelNumber: string | null;
  dateOfBirth: string;
  inService: boolean;
  departmentId: string | null;
  functionName: string | null;
  /** The value of the absence subquery, null when none was selected. */
  absenceCases: unknown;
};

type SearchRowRecord = {
  id: string;
  first_name: string;
  initials: string | null;
  name_prefix: string | null;
  last_name: string;
  personnel_number: string | null;
  date_of_birth: string;
  sort_key: string;
  total: string | number;
  in_service: boolean;
  department_id: string | null;
  function_name: string | null;
  absence_cases: unknown;
};

/** The lists of employees: the search, the pickers and the recently opened dossiers. */
export function createSearchRepository(db: TenantDb) {
  return {
    /**
     * Names of the employees of the transaction's employer matching `condition` (SQL on
     * `employee.id`, e.g. a scope), by last name, with their department on `date`: the employment
     * in force then, else the latest, placed by the version valid then (else its first or last).
     */
    async listEmployeeNames(
      condition: (employeeId: SQL) => SQL,
      date: string,
    ): Promise<EmployeeName[]> {
      const rows = await selectRows<{
        id: string;
        first_name: string;
        name_prefix: string | null;
        last_name: string;
        department_id: string | null;
      }>(
        db,
        sql`
        select employee.id, employee.first_name, employee.name_prefix, employee.last_name,
          placement.department_id
        from ${employees} employee
        left join lateral (
          select version.department_id
          from ${employments} employment
          join lateral ${departmentOfEmploymentOn(sql.raw('employment'), date)} version on true
          where employment.employee_id = employee.id
          order by (employment.start_date <= ${date}::date
              and coalesce(employment.end_date, ${date}::date) >= ${date}::date) desc,
            employment.start_date desc
          limit 1
        ) placement on true
        where ${condition(sql`employee.id`)}
        order by lower(employee.last_name), lower(employee.first_name), employee.id`,
      );
      return rows.map((row) => ({
        id: row.id,
        name: [row.first_name, row.name_prefix, row.last_name].filter(Boolean).join(' '),
        departmentId: row.department_id,
      }));
    },
    /**
     * Fixed-term employments of `employeeIds` whose end date is in `from`…`to` (inclusive): the
     * type is the one of the version in force on the end date (the signal "Einde dienstverband").
     */
    async fixedTermEndings(
      employeeIds: readonly string[],
      from: string,
      to: string,
    ): Promise<{ employmentId: string; employeeId: string; endDate: string }[]> {
      if (employeeIds.length === 0) return [];
      const rows = await selectRows<{ id: string; employee_id: string; end_date: string }>(
        db,
        sql`
        select employment.id, employment.employee_id, employment.end_date::text as end_date
        from ${employments} employment
        where employment.employee_id in (${sql.join(
          employeeIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and employment.end_date between ${from}::date and ${to}::date
          and (select version.employment_type from ${employmentVersions} version
            where version.employment_id = employment.id and version.valid_from <= employment.end_date
            order by version.valid_from desc limit 1) = 'fixed_term'
        order by employment.end_date, employment.id`,
      );
      return rows.map((row) => ({
        employmentId: row.id,
        employeeId: row.employee_id,
        endDate: row.end_date,
      }));
    },
    /**
     * Dossier zoeken: one page of employees in `scope`, sorted by name (Dutch order), with the
     * total. A name matches when one of `nameTerms` is a prefix of one of the employee's keys
     * (one range scan of the key index per term); the other filters narrow further.
     */
    async search(
      employerId: AuthorizedEmployerId,
      filter: {
        nameTerms: string[] | null;
        includeOutOfService: boolean;
        personnelNumber: string | null;
        dateOfBirth: string | null;
        firstNameTerm: string | null;
        departmentIds: string[] | null;
        limit: number;
        offset: number;
      },
      scope: DossierScope,
      today: string,
      /** A subquery selected beside each row of the page (on `page.id`), or null for none. */
      absenceCases: SQL | null = null,
    ): Promise<{ rows: SearchRow[]; total: number }> {
      const conditions: SQL[] = [
        sql`e.employer_id = ${employerId}`,
        employeeInScope(scope, sql`e.id`, today),
      ];
      if (!filter.includeOutOfService) {
        conditions.push(sql`(e.service_end_date is null or e.service_end_date >= ${today}::date)`);
      }
      if (filter.personnelNumber !== null) {
        conditions.push(sql`e.personnel_number = ${filter.personnelNumber}`);
      }
      if (filter.dateOfBirth !== null) {
        conditions.push(sql`e.date_of_birth = ${filter.dateOfBirth}::date`);
      }
      if (filter.firstNameTerm !== null) {
        const { from, to } = prefixRange(filter.firstNameTerm);
        conditions.push(sql`e.first_name_key ~>=~ ${from} and e.first_name_key ~<~ ${to}`);
      }
      if (filter.departmentIds !== null) {
        conditions.push(
          employeeInScope(
            { kind: 'selection', departmentIds: filter.departmentIds, employeeIds: [] },
            sql`e.id`,
            today,
          ),
        );
      }
      // By name: the employees whose keys fall in a term's range (one index range scan each),
      // materialised so that the planner starts there. In service or not, and the name order,
      // come with the keys, so without other criteria the search never reads the employees
      // table beyond the page it shows.
      const nameMatches =
        filter.nameTerms === null
          ? sql``
          : sql`with name_matches as materialized (
              select k.employee_id, min(k.sort_key) as sort_key from ${employeeNameKeys} k
              where k.employer_id = ${employerId} and (${sql.join(
                filter.nameTerms.map((term) => {
                  const { from, to } = prefixRange(term);
                  return sql`(k.key ~>=~ ${from} and k.key ~<~ ${to})`;
                }),
                sql` or `,
              )})${
                filter.includeOutOfService
                  ? sql``
                  : sql` and (k.service_end_date is null or k.service_end_date >= ${today}::date)`
              }
              group by k.employee_id)`;
      const onlyName =
        filter.nameTerms !== null &&
        scope.kind === 'employer' &&
        filter.personnelNumber === null &&
        filter.dateOfBirth === null &&
        filter.firstNameTerm === null &&
        filter.departmentIds === null;
      const source =
        filter.nameTerms === null
          ? sql`${employees} e`
          : sql`name_matches m join ${employees} e on e.id = m.employee_id`;
      const where = sql.join(conditions, sql` and `);
      const page = onlyName
        ? sql`
          select e.id, e.first_name, e.initials, e.name_prefix, e.last_name, e.personnel_number,
            e.date_of_birth::text as date_of_birth, e.sort_key,
            (e.service_end_date is null or e.service_end_date >= ${today}::date) as in_service,
            ids.total
          from (
            select m.employee_id, count(*) over () as total from name_matches m
            order by m.sort_key, m.employee_id
            limit ${filter.limit} offset ${filter.offset}
          ) ids
          join ${employees} e on e.id = ids.employee_id and e.employer_id = ${employerId}`
        : sql`
          select e.id, e.first_name, e.initials, e.name_prefix, e.last_name, e.personnel_number,
            e.date_of_birth::text as date_of_birth, e.sort_key,
            (e.service_end_date is null or e.service_end_date >= ${today}::date) as in_service,
            count(*) over () as total
          from ${source}
          where ${where}
          order by e.sort_key, e.id
          limit ${filter.limit} offset ${filter.offset}`;
      const rows = await selectRows<SearchRowRecord>(
        db,
        sql`
        ${nameMatches}
        select page.*, placement.department_id, placement.function_name,
          ${absenceCases ?? sql`null`} as absence_cases
        from (${page}) page
        left join lateral (
          select v.department_id, v.function_name
          from ${employments} employment
          join ${employmentVersions} v on v.employment_id = employment.id
          where employment.employer_id = ${employerId} and employment.employee_id = page.id
            and v.valid_from <= greatest(employment.start_date,
              least(${today}::date, coalesce(employment.end_date, ${today}::date)))
          order by (employment.start_date <= ${today}::date
              and (employment.end_date is null or employment.end_date >= ${today}::date)) desc,
            coalesce(employment.end_date, 'infinity'::date) desc, employment.start_date desc,
            v.valid_from desc
          limit 1
        ) placement on true
        order by page.sort_key, page.id`,
      );
      let total = Number(rows[0]?.total ?? 0);
      if (rows.length === 0 && filter.offset > 0) {
        // A page past the end has no row to carry the total: count once more.
        const [counted] = await selectRows<{ total: number }>(
          db,
          sql`${nameMatches} select count(*)::int as total from ${source} where ${where}`,
        );
        total = Number(counted?.total ?? 0);
      }
      return {
        total,
        rows: rows.map((row) => ({
          id: row.id,
          firstName: row.first_name,
          initials: row.initials,
          namePrefix: row.name_prefix,
          lastName: row.last_name,
          personnelNumber: row.personnel_number,
          dateOfBirth: row.date_of_birth,
          inService: row.in_service,
          departmentId: row.department_id,
          functionName: row.function_name,
          absenceCases: row.absence_cases,
        })),
      };
    },
    /** The user's last opened dossiers, newest first, only those still in `scope`. */
    async recentVisits(
      employerId: AuthorizedEmployerId,
      userId: string,
      scope: DossierScope,
      today: string,
      limit: number,
    ) {
      const rows = await selectRows<{
        id: string;
        first_name: string;
        name_prefix: string | null;
        last_name: string;
        visited_at: Date | string;
      }>(
        db,
        sql`
        select e.id, e.first_name, e.name_prefix, e.last_name, visit.visited_at
        from ${employeeDossierVisits} visit
        join ${employees} e on e.employer_id = visit.employer_id and e.id = visit.employee_id
        where visit.employer_id = ${employerId} and visit.user_id = ${userId}
          and ${employeeInScope(scope, sql`e.id`, today)}
        order by visit.visited_at desc
        limit ${limit}`,
      );
      return rows.map((row) => ({
        id: row.id,
        firstName: row.first_name,
        namePrefix: row.name_prefix,
        lastName: row.last_name,
        visitedAt: new Date(row.visited_at).toISOString(),
      }));
    },
  };
}
