import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  consultationFeedback,
  dossierDocuments,
  dossierNotes,
  functionalAdvices,
  medicalNotes,
} from './dossier.table.js';

export type ErasedDossierRows = {
  counts: Record<string, number>;
  /** The stored files of the erased documents, to delete once the transaction committed. */
  storageKeys: string[];
};

/**
 * Deletes the notes, documents, functional advice and terugkoppeling of the employee (`caseIds`
 * null: all of them, with the medical notes) or of the cases `caseIds` only.
 */
export async function deleteDossierRows(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  caseIds: readonly string[] | null,
): Promise<ErasedDossierRows> {
  const which = (
    table:
      | typeof dossierNotes
      | typeof dossierDocuments
      | typeof functionalAdvices
      | typeof consultationFeedback,
  ): SQL =>
    and(
      eq(table.employerId, employerId),
      eq(table.employeeId, employeeId),
      caseIds === null ? undefined : inArray(table.caseId, [...caseIds]),
    ) as SQL;
  if (caseIds !== null && caseIds.length === 0) {
    return { counts: { notes: 0, documents: 0 }, storageKeys: [] };
  }
  const notes = await tx
    .delete(dossierNotes)
    .where(which(dossierNotes))
    .returning({ id: dossierNotes.id });
  const documents = await tx
    .delete(dossierDocuments)
    .where(which(dossierDocuments))
    .returning({ id: dossierDocuments.id, storageKey: dossierDocuments.storageKey });
  const advices = await tx
    .delete(functionalAdvices)
    .where(which(functionalAdvices))
    .returning({ id: functionalAdvices.id });
  const feedback = await tx
    .delete(consultationFeedback)
    .where(which(consultationFeedback))
    .returning({ id: consultationFeedback.id });
  const counts: Record<string, number> = {
    notes: notes.length,
    documents: documents.length,
    functionalAdvices: advices.length,
    feedback: feedback.length,
  };
  if (caseIds === null) {
    const medical = await tx
      .delete(medicalNotes)
      .where(and(eq(medicalNotes.employerId, employerId), eq(medicalNotes.employeeId, employeeId)))
      .returning({ id: medicalNotes.id });
    counts.medicalNotes = medical.length;
  }
  return { counts, storageKeys: documents.map((document) => document.storageKey) };
}
