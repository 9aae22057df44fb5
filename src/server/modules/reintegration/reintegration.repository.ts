import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { insertOne } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { reintegrationDocuments, reintegrationDocumentVersions } from './reintegration.table.js';

export type ReintegrationDocumentRow = typeof reintegrationDocuments.$inferSelect;
export type ReintegrationVersionRow = typeof reintegrationDocumentVersions.$inferSelect;

/** Every query of the re-integration documents, over the transaction's employer. */
export function createReintegrationRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const ofEmployer = eq(reintegrationDocuments.employerId, employerId);
  return {
    insertDocument(
      values: Omit<typeof reintegrationDocuments.$inferInsert, 'employerId'>,
    ): Promise<ReintegrationDocumentRow> {
      return insertOne(db, reintegrationDocuments, { ...values, employerId });
    },

    insertVersion(
      values: Omit<typeof reintegrationDocumentVersions.$inferInsert, 'employerId'>,
    ): Promise<ReintegrationVersionRow> {
      return insertOne(db, reintegrationDocumentVersions, { ...values, employerId });
    },

    /** The employee's documents, newest first. */
    listDocuments(employeeId: string): Promise<ReintegrationDocumentRow[]> {
      return db
        .select()
        .from(reintegrationDocuments)
        .where(and(ofEmployer, eq(reintegrationDocuments.employeeId, employeeId)))
        .orderBy(desc(reintegrationDocuments.createdAt), desc(reintegrationDocuments.id));
    },

    /** One document of the employee, locked for the change that reads it. */
    async findDocumentForUpdate(
      employeeId: string,
      documentId: string,
    ): Promise<ReintegrationDocumentRow | undefined> {
      const [row] = await db
        .select()
        .from(reintegrationDocuments)
        .where(
          and(
            ofEmployer,
            eq(reintegrationDocuments.employeeId, employeeId),
            eq(reintegrationDocuments.id, documentId),
          ),
        )
        .for('update');
      return row;
    },

    async updateDocument(
      documentId: string,
      values: Partial<typeof reintegrationDocuments.$inferInsert>,
    ): Promise<ReintegrationDocumentRow> {
      const [row] = await db
        .update(reintegrationDocuments)
        .set(values)
        .where(and(ofEmployer, eq(reintegrationDocuments.id, documentId)))
        .returning();
      if (row === undefined) throw new Error('the document is gone within its own transaction');
      return row;
    },

    /** The versions of these documents, oldest first. */
    versionsOf(documentIds: readonly string[]): Promise<ReintegrationVersionRow[]> {
      if (documentIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(reintegrationDocumentVersions)
        .where(
          and(
            eq(reintegrationDocumentVersions.employerId, employerId),
            inArray(reintegrationDocumentVersions.documentId, [...documentIds]),
          ),
        )
        .orderBy(asc(reintegrationDocumentVersions.version));
    },
  };
}

/**
 * Deletes the employee's documents (`caseIds` null: all; else those of these cases) with their
 * versions, for the retention clean-up; returns how many documents went.
 */
export async function deleteReintegrationDocuments(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  caseIds: readonly string[] | null,
): Promise<number> {
  if (caseIds !== null && caseIds.length === 0) return 0;
  const which = and(
    eq(reintegrationDocuments.employerId, employerId),
    eq(reintegrationDocuments.employeeId, employeeId),
    caseIds === null ? undefined : inArray(reintegrationDocuments.caseId, [...caseIds]),
  );
  const ids = db
    .select({ id: reintegrationDocuments.id })
    .from(reintegrationDocuments)
    .where(which);
  await db
    .delete(reintegrationDocumentVersions)
    .where(
      and(
        eq(reintegrationDocumentVersions.employerId, employerId),
        inArray(reintegrationDocumentVersions.documentId, ids),
      ),
    );
  const deleted = await db
    .delete(reintegrationDocuments)
    .where(which)
    .returning({ id: reintegrationDocuments.id });
  return deleted.length;
}

export type ReintegrationRepository = ReturnType<typeof createReintegrationRepository>;
