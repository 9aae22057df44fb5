import { and, eq, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employeeNameQuery } from './employees.search.repository.js';
import {
  employeeDossierVisits,
  employeeManagers,
  employeeNameKeys,
  employees,
  employments,
  employmentVersions,
} from './employees.table.js';
import { employeeDossierTags } from './employees.tags.table.js';

export type RetentionEmployeeRow = {
  employeeId: string;
  name: string;
  personnelNumber: string | null;
  /** The last day of each employment; null while open-ended. */
  employmentEnds: (string | null)[];
};

/** What the retention clean-up reads and erases of the employees (employees.retention.usecases.ts). */
export function createRetentionRepository(tx: TenantDb) {
  return {
    /** Employees whose last day of service lies before `before` (the clean-up's candidates). */
    async leftBefore(employerId: AuthorizedEmployerId, before: string): Promise<string[]> {
      const rows = await tx
        .select({ id: employees.id })
        .from(employees)
        .where(
          and(
            eq(employees.employerId, employerId),
            isNotNull(employees.serviceEndDate),
            lt(employees.serviceEndDate, before),
          ),
        );
      return rows.map((row) => row.id);
    },

    /** Locks the employee's row until the transaction ends; false when there is none. */
    async lockEmployee(employerId: AuthorizedEmployerId, employeeId: string): Promise<boolean> {
      const rows = await tx
        .select({ id: employees.id })
        .from(employees)
        .where(and(eq(employees.employerId, employerId), eq(employees.id, employeeId)))
        .for('update');
      return rows.length > 0;
    },

    async employeesOf(
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<RetentionEmployeeRow[]> {
      if (employeeIds.length === 0) return [];
      const people = await tx
        .select({
          employeeId: employees.id,
          // Qualified: the subquery has an `id` of its own.
          name: employeeNameQuery(sql`${employees}.id`),
          personnelNumber: employees.personnelNumber,
        })
        .from(employees)
        .where(and(eq(employees.employerId, employerId), inArray(employees.id, [...employeeIds])));
      const ends = await tx
        .select({ employeeId: employments.employeeId, endDate: employments.endDate })
        .from(employments)
        .where(
          and(
            eq(employments.employerId, employerId),
            inArray(employments.employeeId, [...employeeIds]),
          ),
        );
      return people.map((person) => ({
        ...person,
        employmentEnds: ends
          .filter((end) => end.employeeId === person.employeeId)
          .map((end) => end.endDate),
      }));
    },

    /**
     * Deletes the employee and every row of this module about them; the placements and
     * headcounts follow the employments (triggers of migration 0009). Counts per kind.
     */
    async eraseEmployee(
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<Record<string, number>> {
      const ofEmployee = (table: { employerId: PgColumn; employeeId: PgColumn }): SQL =>
        and(eq(table.employerId, employerId), eq(table.employeeId, employeeId)) as SQL;
      const employmentIds = (
        await tx.select({ id: employments.id }).from(employments).where(ofEmployee(employments))
      ).map((row) => row.id);
      const versions =
        employmentIds.length === 0
          ? []
          : await tx
              .delete(employmentVersions)
              .where(
                and(
                  eq(employmentVersions.employerId, employerId),
                  inArray(employmentVersions.employmentId, employmentIds),
                ),
              )
              .returning({ id: employmentVersions.id });
      const erased = {
        employmentVersions: versions.length,
        employments: (await tx.delete(employments).where(ofEmployee(employments)).returning())
          .length,
        managers: (
          await tx.delete(employeeManagers).where(ofEmployee(employeeManagers)).returning()
        ).length,
        dossierVisits: (
          await tx
            .delete(employeeDossierVisits)
            .where(ofEmployee(employeeDossierVisits))
            .returning()
        ).length,
        tags: (
          await tx.delete(employeeDossierTags).where(ofEmployee(employeeDossierTags)).returning()
        ).length,
      };
      await tx.delete(employeeNameKeys).where(ofEmployee(employeeNameKeys));
      const removed = await tx
        .delete(employees)
        .where(and(eq(employees.employerId, employerId), eq(employees.id, employeeId)))
        .returning({ id: employees.id });
      return { employees: removed.length, ...erased };
    },
  };
}
