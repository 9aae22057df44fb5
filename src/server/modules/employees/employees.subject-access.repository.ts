import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employees, employments, employmentVersions } from './employees.table.js';
import { employeeDossierTags } from './employees.tags.table.js';

/** Everything the employees module holds on one employee, as stored (the inzage, AVG art. 15). */
export type SubjectAccessEmployee = {
  employee: typeof employees.$inferSelect;
  employments: (typeof employments.$inferSelect)[];
  employmentVersions: (typeof employmentVersions.$inferSelect)[];
  dossierTags: (typeof employeeDossierTags.$inferSelect)[];
};

/** Null when the employee is not one of the employer's. */
export async function subjectAccessEmployee(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
): Promise<SubjectAccessEmployee | null> {
  const [employee] = await tx
    .select()
    .from(employees)
    .where(and(eq(employees.employerId, employerId), eq(employees.id, employeeId)));
  if (!employee) return null;
  const employmentRows = await tx
    .select()
    .from(employments)
    .where(and(eq(employments.employerId, employerId), eq(employments.employeeId, employeeId)))
    .orderBy(asc(employments.startDate), asc(employments.id));
  const versions =
    employmentRows.length === 0
      ? []
      : await tx
          .select()
          .from(employmentVersions)
          .where(
            inArray(
              employmentVersions.employmentId,
              employmentRows.map((row) => row.id),
            ),
          )
          .orderBy(asc(employmentVersions.employmentId), asc(employmentVersions.validFrom));
  const dossierTags = await tx
    .select()
    .from(employeeDossierTags)
    .where(
      and(
        eq(employeeDossierTags.employerId, employerId),
        eq(employeeDossierTags.employeeId, employeeId),
      ),
    );
  return { employee, employments: employmentRows, employmentVersions: versions, dossierTags };
}
