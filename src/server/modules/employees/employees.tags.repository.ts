import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DossierTag } from '../../../contracts/retention.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employeeDossierTags } from './employees.tags.table.js';

export type DossierTagRow = { employeeId: string; tag: DossierTag; setAt: Date };

/** The dossier tags of the employer's employees (in the caller's tenant transaction). */
export function createTagsRepository(tx: TenantDb) {
  return {
    async tagsOf(
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<DossierTagRow[]> {
      if (employeeIds.length === 0) return [];
      const rows = await tx
        .select({
          employeeId: employeeDossierTags.employeeId,
          tag: employeeDossierTags.tag,
          setAt: employeeDossierTags.setAt,
        })
        .from(employeeDossierTags)
        .where(
          and(
            eq(employeeDossierTags.employerId, employerId),
            inArray(employeeDossierTags.employeeId, [...employeeIds]),
          ),
        )
        .orderBy(asc(employeeDossierTags.tag));
      return rows as DossierTagRow[];
    },

    /** True when the tag was not set before. */
    async setTag(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      tag: DossierTag,
      setBy: string,
      setAt: Date,
    ): Promise<boolean> {
      const inserted = await tx
        .insert(employeeDossierTags)
        .values({ employerId, employeeId, tag, setBy, setAt })
        .onConflictDoNothing()
        .returning({ tag: employeeDossierTags.tag });
      return inserted.length > 0;
    },

    /** True when the tag was set. */
    async removeTag(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      tag: DossierTag,
    ): Promise<boolean> {
      const removed = await tx
        .delete(employeeDossierTags)
        .where(
          and(
            eq(employeeDossierTags.employerId, employerId),
            eq(employeeDossierTags.employeeId, employeeId),
            eq(employeeDossierTags.tag, tag),
          ),
        )
        .returning({ tag: employeeDossierTags.tag });
      return removed.length > 0;
    },
  };
}
