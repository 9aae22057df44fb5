import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Db, insertOne, selectRows } from '../../db/connection.js';
import { organisationSubqueries } from './organisation.queries.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { departments, employers } from './organisation.table.js';

export type Employer = typeof employers.$inferSelect;
export type Department = typeof departments.$inferSelect;
/** What the organisation tree shows of a department. */
export type DepartmentListed = Pick<
  Department,
  'id' | 'parentId' | 'name' | 'managerUserId' | 'closedOn'
>;

export function createOrganisationRepository(db: Db) {
  return {
    async insertEmployer(values: typeof employers.$inferInsert): Promise<Employer> {
      return insertOne(db, employers, values);
    },
    async hasAnyEmployer(): Promise<boolean> {
      const rows = await db.select({ id: employers.id }).from(employers).limit(1);
      return rows.length > 0;
    },
    async updateEmployer(
      employerId: string,
      values: Partial<typeof employers.$inferInsert>,
    ): Promise<Employer | undefined> {
      const [row] = await db
        .update(employers)
        .set(values)
        .where(eq(employers.id, employerId))
        .returning();
      return row;
    },
    /** Every employer by name; `search` matches part of the name, any case. */
    listEmployers(search?: string): Promise<Employer[]> {
      const pattern = search ? `%${search.replace(/[\\%_]/g, '\\$&')}%` : undefined;
      return db
        .select()
        .from(employers)
        .where(pattern === undefined ? undefined : sql`${employers.name} ilike ${pattern}`)
        .orderBy(asc(sql`lower(${employers.name})`));
    },
    async employerNamesOf(employerIds: string[]): Promise<Map<string, string>> {
      if (employerIds.length === 0) return new Map();
      const rows = await db
        .select({ id: employers.id, name: employers.name })
        .from(employers)
        .where(inArray(employers.id, employerIds));
      return new Map(rows.map((row) => [row.id, row.name]));
    },
    /** An employer with this name, compared without case (onboarding keeps names apart). */
    async employerNamed(name: string): Promise<Pick<Employer, 'id'> | undefined> {
      const [row] = await db
        .select({ id: employers.id })
        .from(employers)
        .where(sql`lower(${employers.name}) = lower(${name.trim()})`)
        .limit(1);
      return row;
    },
    async findEmployer(employerId: string): Promise<Employer | undefined> {
      const [row] = await db.select().from(employers).where(eq(employers.id, employerId));
      return row;
    },
  };
}

/** The department queries: inside `inTenant`, so RLS applies as well. */
export function createDepartmentsRepository(db: TenantDb) {
  return {
    /**
     * The organisation tree in one statement (issue 17): the employer's summary, its departments
     * by name and `headcounts` (a subquery of the employees module, a JSON object department id →
     * count). Undefined when there is no such employer.
     */
    async readStructure(
      employerId: AuthorizedEmployerId,
      headcounts: SQL,
    ): Promise<
      | {
          employer: { id: string; name: string; hrIntegrationMode: string };
          departments: DepartmentListed[];
          headcounts: Record<string, number>;
        }
      | undefined
    > {
      const [row] = await selectRows<{
        employer: { id: string; name: string; hrIntegrationMode: string } | null;
        departments: DepartmentListed[];
        headcounts: Record<string, number> | null;
      }>(
        db,
        sql`select ${organisationSubqueries.employerSummary(sql`${employerId}::uuid`)} as employer,
          (select coalesce(json_agg(json_build_object('id', department.id,
              'parentId', department.parent_id, 'name', department.name,
              'managerUserId', department.manager_user_id,
              'closedOn', department.closed_on::text) order by department.name), '[]'::json)
            from ${departments} department
            where department.employer_id = ${employerId}) as departments,
          ${headcounts} as headcounts`,
      );
      if (!row?.employer) return undefined;
      return {
        employer: row.employer,
        departments: row.departments,
        headcounts: row.headcounts ?? {},
      };
    },
    listDepartments(employerId: AuthorizedEmployerId): Promise<Department[]> {
      return db
        .select()
        .from(departments)
        .where(eq(departments.employerId, employerId))
        .orderBy(asc(departments.name));
    },
    async findDepartment(
      employerId: AuthorizedEmployerId,
      departmentId: string,
    ): Promise<Department | undefined> {
      const [row] = await db
        .select()
        .from(departments)
        .where(and(eq(departments.employerId, employerId), eq(departments.id, departmentId)));
      return row;
    },
    async updateDepartment(
      employerId: AuthorizedEmployerId,
      departmentId: string,
      values: Partial<Pick<Department, 'name' | 'parentId' | 'closedOn' | 'managerUserId'>>,
    ): Promise<Department | undefined> {
      const [row] = await db
        .update(departments)
        .set(values)
        .where(and(eq(departments.employerId, employerId), eq(departments.id, departmentId)))
        .returning();
      return row;
    },
    async insertDepartment(
      employerId: AuthorizedEmployerId,
      values: { name: string; parentId: string | null },
    ): Promise<Department> {
      return insertOne(db, departments, {
        employerId,
        name: values.name,
        parentId: values.parentId,
      });
    },
  };
}

export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
