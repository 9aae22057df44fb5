import { and, asc, gte, isNull, lt } from 'drizzle-orm';
import type { TenantDb } from '../../db/tenancy.js';
import { dossierDocuments } from './dossier.table.js';

/** A document as the signal "Aangemaakte (UWV-)documenten" mentions it. */
export type CreatedDocument = {
  id: string;
  employeeId: string;
  category: string;
  fileName: string;
  uploadedAt: Date;
};

/** The reads of the dossier the e-mail signals make, over the transaction's employer. */
export function createDossierSignalsRepository(db: TenantDb) {
  return {
    /** Documents created in `from` (inclusive) … `until` (exclusive) and not withdrawn. */
    createdDocuments(from: Date, until: Date): Promise<CreatedDocument[]> {
      return db
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
        )
        .orderBy(asc(dossierDocuments.uploadedAt), asc(dossierDocuments.id));
    },
  };
}
