import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, insertOne, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierScope } from '../users/users.policies.js';
import {
  employmentOnDate,
  type NameParts,
  normaliseForSearch,
  prefixRange,
  searchKeyForName,
  searchKeysForName,
} from './employees.models.js';
import {
  employeeDossierVisits,
  employeeManagers,
  employeeNameKeys,
  employees,
  employments,
  employmentVersions,
  headcountChanges,
} from './employees.table.js';

export type Employee = typeof employees.$inferSelect;
export type NewEmployee = Omit<
  typeof employees.$inferInsert,
  'id' | 'employerId' | 'createdAt' | 'updatedAt' | 'sortKey' | 'firstNameKey' | 'serviceEndDate'
>;
export type Employment = typeof employments.$inferSelect;
export type NewEmployment = {
  startDate: string;
  contractStartDate?: string | null;
  endDate?: string | null;
  departmentId: string;
  contractHoursPerWeek: string;
  functionName?: string | null;
  functionGroup?: string | null;
  noRiskPolicy?: boolean;
  employmentType: string;
};

/** An employment in force on a date, with the terms of the version valid that day. */
export type EmploymentOnDateRow = {
  employeeId: string;
  employmentId: string;
  departmentId: string;
  contractHoursPerWeek: number;
  employmentType: string;
};

/** An employee as a picker shows them (the dossier-scope tree of Gebruikersbeheer). */
export type EmployeeName = {
  id: string;
  name: string;
  /** The department of the employment in force on the date (else the latest one), if any. */
  departmentId: string | null;
};

export type EmploymentVersion = {
  id: string;
  employmentId: string;
  validFrom: string;
  departmentId: string;
  contractHoursPerWeek: number;
  functionName: string | null;
  functionGroup: string | null;
  employmentType: string;
  noRiskPolicy: boolean;
};

/** New terms from `validFrom`; a term left out is carried over from the version it follows. */
export type EmploymentChange = {
  validFrom: string;
  departmentId?: string;
  contractHoursPerWeek?: number;
  functionName?: string | null;
  functionGroup?: string | null;
  employmentType?: string;
  noRiskPolicy?: boolean;
};

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
};

export type EmploymentChangeResult =
  | { kind: 'changed'; version: EmploymentVersion }
  | { kind: 'employment_not_found' }
  | { kind: 'outside_employment' }
  | { kind: 'version_exists' };

function toEmploymentVersion(row: typeof employmentVersions.$inferSelect): EmploymentVersion {
  return {
    id: row.id,
    employmentId: row.employmentId,
    validFrom: row.validFrom,
    departmentId: row.departmentId,
    contractHoursPerWeek: Number(row.contractHoursPerWeek),
    functionName: row.functionName,
    functionGroup: row.functionGroup,
    employmentType: row.employmentType,
    noRiskPolicy: row.noRiskPolicy,
  };
}

/**
 * Subquery: the department of `employment`'s version valid on `date`, the date first clamped
 * into the employment (an ended employment gives its last version, a future one its first).
 */
function departmentOfEmploymentOn(employment: SQL, date: string): SQL {
  return sql`(
    select v.department_id from ${employmentVersions} v
    where v.employment_id = ${employment}.id
      and v.valid_from <= greatest(${employment}.start_date,
        least(${date}::date, coalesce(${employment}.end_date, ${date}::date)))
    order by v.valid_from desc limit 1
  )`;
}

/**
 * SQL condition "employee `employeeId` is in `scope` on `date`", for every list, search, count,
 * report and export of employee data (other modules get it through the employees use cases).
 *
 * The scope's departments already include their sub-departments (expanded when the actor is
 * resolved, each request, so later sub-departments count too). An employee belongs to the department of each employment's version valid on `date`; an
 * employment that has ended by then (or starts later) counts with its last (first) version, so
 * former employees stay visible to whoever had their last department.
 */
export function employeeInScope(
  scope: DossierScope,
  employeeId: AnyPgColumn | SQL,
  date: string,
): SQL {
  if (scope.kind === 'employer') return sql`true`;
  const conditions: SQL[] = [];
  if (scope.employeeIds.length > 0) {
    conditions.push(
      sql`${employeeId} in (${sql.join(
        scope.employeeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
  }
  if (scope.departmentIds.length > 0) {
    const departmentIds = sql.join(
      scope.departmentIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    conditions.push(sql`exists (
      select 1 from ${employments} scope_employment
      join lateral ${departmentOfEmploymentOn(sql.raw('scope_employment'), date)} scope_placement
        on true
      where scope_employment.employee_id = ${employeeId}
        and scope_placement.department_id in (${departmentIds})
    )`);
  }
  if (conditions.length === 0) return sql`false`;
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** The columns derived from the name parts, for sorting and the first-name search. */
function searchColumns(name: NameParts): { sortKey: string; firstNameKey: string } {
  return { sortKey: searchKeyForName(name), firstNameKey: normaliseForSearch(name.firstName) };
}

/** Replaces the employee's search keys; in the transaction that writes the name parts. */
async function writeNameKeys(
  db: Db,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  name: NameParts,
): Promise<void> {
  await db.delete(employeeNameKeys).where(eq(employeeNameKeys.employeeId, employeeId));
  const keys = searchKeysForName(name);
  if (keys.length === 0) return;
  const sortKey = searchKeyForName(name);
  await db
    .insert(employeeNameKeys)
    .values(keys.map((key) => ({ employerId, employeeId, key, sortKey })))
    .onConflictDoNothing();
  await refreshServiceEnd(db, employeeId);
}

/** Rewrites the employee's last day of service from its employments (see the column). */
async function refreshServiceEnd(db: Db, employeeId: string): Promise<void> {
  await db.execute(sql`
    update ${employees} set service_end_date = (
      select case when bool_or(employment.end_date is null) then null
        else max(employment.end_date) end
      from ${employments} employment where employment.employee_id = ${employeeId})
    where id = ${employeeId}`);
  await db.execute(sql`
    update ${employeeNameKeys} set service_end_date = (
      select e.service_end_date from ${employees} e where e.id = ${employeeId})
    where employee_id = ${employeeId}`);
}

/** An employment and its first version, valid from its start date. */
async function insertEmployment(
  db: Db,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  employment: NewEmployment,
): Promise<Employment> {
  const created = await insertOne(db, employments, {
    employerId,
    employeeId,
    startDate: employment.startDate,
    contractStartDate: employment.contractStartDate ?? null,
    endDate: employment.endDate ?? null,
  });
  await db.insert(employmentVersions).values({
    employerId,
    employmentId: created.id,
    validFrom: employment.startDate,
    departmentId: employment.departmentId,
    contractHoursPerWeek: employment.contractHoursPerWeek,
    functionName: employment.functionName ?? null,
    functionGroup: employment.functionGroup ?? null,
    employmentType: employment.employmentType,
    noRiskPolicy: employment.noRiskPolicy ?? false,
  });
  await refreshServiceEnd(db, employeeId);
  return created;
}

/** Every query on the employees tables; made inside `inTenant`, so RLS applies as well. */
export function createEmployeesRepository(db: TenantDb) {
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
    /** The employee, the first employment and its first version, all or nothing. */
    /** The employee with its search keys; the caller's transaction adds the employments. */
    async insertEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
    ): Promise<Employee> {
      const created = await insertOne(db, employees, {
        ...employee,
        employerId,
        ...searchColumns(employee),
      });
      await writeNameKeys(db, employerId, created.id, employee);
      return created;
    },
    addEmployment(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      employment: NewEmployment,
    ): Promise<Employment> {
      return insertEmployment(db, employerId, employeeId, employment);
    },
    /** Name parts and the other details; the search keys follow in the same transaction. */
    async updateEmployee(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      details: NewEmployee,
      at: Date,
    ): Promise<void> {
      await db
        .update(employees)
        .set({ ...details, ...searchColumns(details), updatedAt: at })
        .where(and(eq(employees.employerId, employerId), eq(employees.id, employeeId)));
      await writeNameKeys(db, employerId, employeeId, details);
    },
    /** True when another employee of the employer already has this personnel number. */
    async personnelNumberTaken(
      employerId: AuthorizedEmployerId,
      personnelNumber: string,
      exceptEmployeeId: string | null,
    ): Promise<boolean> {
      const rows = await db
        .select({ id: employees.id })
        .from(employees)
        .where(
          and(eq(employees.employerId, employerId), eq(employees.personnelNumber, personnelNumber)),
        );
      return rows.some((row) => row.id !== exceptEmployeeId);
    },
    /** The employment of this employee with its versions (oldest first), locked for a change. */
    async lockEmployment(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      employmentId: string,
    ): Promise<(Employment & { versions: EmploymentVersion[] }) | undefined> {
      const [employment] = await db
        .select()
        .from(employments)
        .where(
          and(
            eq(employments.employerId, employerId),
            eq(employments.employeeId, employeeId),
            eq(employments.id, employmentId),
          ),
        )
        .for('update');
      if (!employment) return undefined;
      const versions = await db
        .select()
        .from(employmentVersions)
        .where(
          and(
            eq(employmentVersions.employerId, employerId),
            eq(employmentVersions.employmentId, employmentId),
          ),
        )
        .orderBy(asc(employmentVersions.validFrom));
      return { ...employment, versions: versions.map(toEmploymentVersion) };
    },
    async updateEmployment(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      values: Partial<
        Pick<Employment, 'startDate' | 'contractStartDate' | 'endDate' | 'endReason'>
      >,
    ): Promise<void> {
      if (Object.keys(values).length === 0) return;
      const [updated] = await db
        .update(employments)
        .set(values)
        .where(and(eq(employments.employerId, employerId), eq(employments.id, employmentId)))
        .returning({ employeeId: employments.employeeId });
      if (updated && values.endDate !== undefined) await refreshServiceEnd(db, updated.employeeId);
    },
    async updateEmploymentVersion(
      employerId: AuthorizedEmployerId,
      versionId: string,
      values: Partial<Omit<EmploymentVersion, 'id' | 'employmentId'>>,
    ): Promise<void> {
      if (Object.keys(values).length === 0) return;
      const { contractHoursPerWeek, ...rest } = values;
      await db
        .update(employmentVersions)
        .set({
          ...rest,
          ...(contractHoursPerWeek === undefined
            ? {}
            : { contractHoursPerWeek: contractHoursPerWeek.toFixed(2) }),
        })
        .where(
          and(eq(employmentVersions.employerId, employerId), eq(employmentVersions.id, versionId)),
        );
    },
    /** Sets (or replaces) the employee's manager; a manager is changed, never removed. */
    async setManager(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      userId: string,
      at: Date,
    ): Promise<void> {
      await db
        .insert(employeeManagers)
        .values({ employerId, employeeId, userId, updatedAt: at })
        .onConflictDoUpdate({
          target: employeeManagers.employeeId,
          set: { userId, updatedAt: at },
        });
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
        select page.*, placement.department_id, placement.function_name
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
        })),
      };
    },
    /**
     * Employees in service today in `scope`, per department of their employment that day (an
     * employee with employments in two departments counts in both, once in each).
     */
    async countInScopeByDepartment(
      employerId: AuthorizedEmployerId,
      scope: DossierScope,
      today: string,
    ): Promise<{ departmentId: string; employees: number }[]> {
      const rows = await selectRows<{ department_id: string; employees: number }>(
        db,
        sql`
        select version.department_id, count(distinct employment.employee_id)::int as employees
        from ${employments} employment
        join lateral (
          select v.department_id from ${employmentVersions} v
          where v.employment_id = employment.id and v.valid_from <= ${today}::date
          order by v.valid_from desc limit 1
        ) version on true
        where employment.employer_id = ${employerId}
          and employment.start_date <= ${today}::date
          and (employment.end_date is null or employment.end_date >= ${today}::date)
          and ${employeeInScope(scope, sql`employment.employee_id`, today)}
        group by version.department_id`,
      );
      return rows.map((row) => ({
        departmentId: row.department_id,
        employees: Number(row.employees),
      }));
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
    async insertEmployeeWithEmployment(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return db.transaction(async (tx) => {
        const created = await insertOne(tx, employees, {
          ...employee,
          employerId,
          ...searchColumns(employee),
        });
        await writeNameKeys(tx, employerId, created.id, employee);
        await insertEmployment(tx, employerId, created.id, employment);
        return created;
      });
    },
    /** Which of `numbers` employees of the employer already have (compared trimmed, any case). */
    async personnelNumbersIn(
      employerId: AuthorizedEmployerId,
      numbers: readonly string[],
    ): Promise<string[]> {
      if (numbers.length === 0) return [];
      const rows = await selectRows<{ personnel_number: string }>(
        db,
        sql`
        select upper(trim(personnel_number)) as personnel_number from ${employees}
        where employer_id = ${employerId}
          and upper(trim(personnel_number)) in (${sql.join(
            numbers.map((number) => sql`${number}`),
            sql`, `,
          )})`,
      );
      return rows.map((row) => row.personnel_number);
    },
    /**
     * Employees employed on `date`, per department of the employment version valid that day.
     * An employee with two employments in one department counts once there. Read from the
     * maintained `headcount_changes` (migration 0009): a few rows per department, not every
     * employment.
     */
    async countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      const rows = await selectRows<{ department_id: string; employees: number }>(
        db,
        sql`
        select department_id, sum(change)::int as employees from ${headcountChanges}
        where employer_id = ${employerId} and department_id is not null and day <= ${date}::date
        group by department_id
        having sum(change) <> 0`,
      );
      return new Map(rows.map((row) => [row.department_id, Number(row.employees)]));
    },
    /** Employees employed on `date` anywhere at the employer, from `headcount_changes`. */
    async countEmployed(employerId: AuthorizedEmployerId, date: string): Promise<number> {
      const [row] = await selectRows<{ employed: number }>(
        db,
        sql`
        select coalesce(sum(change), 0)::int as employed from ${headcountChanges}
        where employer_id = ${employerId} and department_id is null and day <= ${date}::date`,
      );
      return Number(row?.employed ?? 0);
    },
    /**
     * "Employment on date": every employment of the employer in force on `date`
     * (start ≤ date ≤ end, end null = open) with the terms of its version valid that day (the
     * latest valid_from ≤ date). One row per employment, so an employee with two employments
     * has two rows. The SQL twin of `employmentOnDate` in employees.models.ts.
     */
    async employmentsOnDate(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<EmploymentOnDateRow[]> {
      const rows = await selectRows<{
        employee_id: string;
        employment_id: string;
        department_id: string;
        contract_hours_per_week: string | number;
        employment_type: string;
      }>(
        db,
        sql`
        select employment.employee_id, employment.id as employment_id, version.department_id,
          version.contract_hours_per_week::text as contract_hours_per_week, version.employment_type
        from ${employments} employment
        join lateral (
          select v.department_id, v.contract_hours_per_week, v.employment_type
          from ${employmentVersions} v
          where v.employment_id = employment.id
            and v.employer_id = employment.employer_id
            and v.valid_from <= ${date}::date
          order by v.valid_from desc
          limit 1
        ) version on true
        where employment.employer_id = ${employerId}
          and employment.start_date <= ${date}::date
          and (employment.end_date is null or employment.end_date >= ${date}::date)
        order by employment.employee_id, employment.id`,
      );
      return rows.map((row) => ({
        employeeId: row.employee_id,
        employmentId: row.employment_id,
        departmentId: row.department_id,
        contractHoursPerWeek: Number(row.contract_hours_per_week),
        employmentType: row.employment_type,
      }));
    },
    /**
     * A new version of an employment from `change.validFrom`, history kept ("wijzigen"). Terms
     * not in `change` come from the version in force on that date. The employment row is locked
     * first, so two changes of one employment cannot race past the checks.
     */
    async addEmploymentVersion(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      change: EmploymentChange,
    ): Promise<EmploymentChangeResult> {
      return db.transaction(async (tx) => {
        const [employment] = await tx
          .select()
          .from(employments)
          .where(and(eq(employments.id, employmentId), eq(employments.employerId, employerId)))
          .for('update');
        if (!employment) return { kind: 'employment_not_found' } as const;
        const versions = await tx
          .select()
          .from(employmentVersions)
          .where(
            and(
              eq(employmentVersions.employmentId, employmentId),
              eq(employmentVersions.employerId, employerId),
            ),
          );
        const { status, version: current } = employmentOnDate(
          { startDate: employment.startDate, endDate: employment.endDate, versions },
          change.validFrom,
        );
        if (status !== 'employed' || !current) return { kind: 'outside_employment' } as const;
        if (current.validFrom === change.validFrom) return { kind: 'version_exists' } as const;
        const [created] = await tx
          .insert(employmentVersions)
          .values({
            employerId,
            employmentId,
            validFrom: change.validFrom,
            departmentId: change.departmentId ?? current.departmentId,
            contractHoursPerWeek:
              change.contractHoursPerWeek === undefined
                ? current.contractHoursPerWeek
                : change.contractHoursPerWeek.toFixed(2),
            functionName:
              change.functionName === undefined ? current.functionName : change.functionName,
            functionGroup:
              change.functionGroup === undefined ? current.functionGroup : change.functionGroup,
            employmentType: change.employmentType ?? current.employmentType,
            noRiskPolicy: change.noRiskPolicy ?? current.noRiskPolicy,
          })
          .returning();
        if (!created) throw new Error('insert returned no employment version');
        return { kind: 'changed', version: toEmploymentVersion(created) } as const;
      });
    },
    /** The employee when it exists at this employer and is in `scope` on `date`. */
    async findEmployee(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      scope: DossierScope,
      date: string,
    ): Promise<Employee | undefined> {
      const [row] = await db
        .select()
        .from(employees)
        .where(
          and(
            eq(employees.employerId, employerId),
            eq(employees.id, employeeId),
            employeeInScope(scope, employees.id, date),
          ),
        );
      return row;
    },
    /** The employee's employments, each with all its versions (oldest first). */
    async employmentsWithVersions(
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<(Employment & { versions: EmploymentVersion[] })[]> {
      const rows = await db
        .select()
        .from(employments)
        .where(and(eq(employments.employerId, employerId), eq(employments.employeeId, employeeId)));
      if (rows.length === 0) return [];
      const versions = await db
        .select()
        .from(employmentVersions)
        .where(
          and(
            eq(employmentVersions.employerId, employerId),
            inArray(
              employmentVersions.employmentId,
              rows.map((row) => row.id),
            ),
          ),
        )
        .orderBy(asc(employmentVersions.validFrom));
      return rows.map((row) => ({
        ...row,
        versions: versions
          .filter((version) => version.employmentId === row.id)
          .map(toEmploymentVersion),
      }));
    },
    async managerOf(employeeId: string): Promise<string | null> {
      const [row] = await db
        .select({ userId: employeeManagers.userId })
        .from(employeeManagers)
        .where(eq(employeeManagers.employeeId, employeeId));
      return row?.userId ?? null;
    },
    /** Remembers that the user opened the dossier now (one row per user and employee). */
    async recordVisit(
      employerId: AuthorizedEmployerId,
      userId: string,
      employeeId: string,
      at: Date,
    ): Promise<void> {
      await db
        .insert(employeeDossierVisits)
        .values({ employerId, userId, employeeId, visitedAt: at })
        .onConflictDoUpdate({
          target: [employeeDossierVisits.userId, employeeDossierVisits.employeeId],
          set: { visitedAt: at },
        });
    },
    /** Employees employed on `date` within `scope` (the dashboard's absence percentage). */
    async countEmployedInScope(
      employerId: AuthorizedEmployerId,
      scope: DossierScope,
      date: string,
    ): Promise<number> {
      const [row] = await selectRows<{ employed: number }>(
        db,
        sql`select count(distinct employment.employee_id)::int as employed
          from ${employments} employment
          where employment.employer_id = ${employerId}
            and employment.start_date <= ${date}::date
            and (employment.end_date is null or employment.end_date >= ${date}::date)
            and ${employeeInScope(scope, sql`employment.employee_id`, date)}`,
      );
      return Number(row?.employed ?? 0);
    },
  };
}

export type EmployeesRepository = ReturnType<typeof createEmployeesRepository>;
