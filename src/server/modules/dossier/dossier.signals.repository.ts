import { and, gte, isNull, lt } from 'drizzle-orm';
import type { TenantDb } from '../../db/tenancy.js';
import { consultationFeedback, dossierDocuments } from './dossier.table.js';

/**
 * A document as the signal "Aangemaakte (UWV-)documenten" mentions it: an uploaded file, or a
 * terugkoppeling placed by the arbodienst (no file name; category `occupational_health_feedback`).
 */
export type CreatedDocument = {
  id: string;
  employeeId: string;
  category: string;
  fileName: string | null;
  uploadedAt: Date;
};

/** The reads of the dossier the e-mail signals make, over the transaction's employer. */
export function createDossierSignalsRepository(db: TenantDb) {
  return {
    /**
     * Documents created in `from` (inclusive) … `until` (exclusive) and not withdrawn, and the
     * terugkoppeling placed then, oldest first.
     */
    async createdDocuments(from: Date, until: Date): Promise<CreatedDocument[]> {
      const files = await db
        .select({
          id: dossierDocuments.id,
          employeeId: dossierDocuments.employeeId,
          category: dossierDocuments.category,
          fileName: dossierDocuments.fileName,
          uploadedAt: dossierDocuments.uploadedAt,
        })
        .from(dossierDocuments)
        .where(
          and(
            gte(dossierDocuments.uploadedAt, from),
            lt(dossierDocuments.uploadedAt, until),
            isNull(dossierDocuments.withdrawnAt),
          ),
        );
      const feedback = await db
        .select({
          id: consultationFeedback.id,
          employeeId: consultationFeedback.employeeId,
          uploadedAt: consultationFeedback.createdAt,
        })
        .from(consultationFeedback)
        .where(
          and(gte(consultationFeedback.createdAt, from), lt(consultationFeedback.createdAt, until)),
        );
      return [
        ...files,
        ...feedback.map((row) => ({
          ...row,
          category: 'occupational_health_feedback',
          fileName: null,
        })),
      ].sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime() || a.id.localeCompare(b.id));
    },
  };
}
