import { asc, eq } from 'drizzle-orm';
import { type Db, insertOne } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { departments, employers } from './organisation.table.js';

export type Employer = typeof employers.$inferSelect;
export type Department = typeof departments.$inferSelect;

export function createOrganisationRepository(db: Db) {
  return {
    async insertEmployer(values: typeof employers.$inferInsert): Promise<Employer> {
      return insertOne(db, employers, values);
    },
    async hasAnyEmployer(): Promise<boolean> {
      const rows = await db.select({ id: employers.id }).from(employers).limit(1);
      return rows.length > 0;
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
    listDepartments(employerId: AuthorizedEmployerId): Promise<Department[]> {
      return db
        .select()
        .from(departments)
        .where(eq(departments.employerId, employerId))
        .orderBy(asc(departments.name));
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
