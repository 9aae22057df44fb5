import { and, asc, eq } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  consultationFeedback,
  dossierDocuments,
  dossierNotes,
  functionalAdvices,
} from './dossier.table.js';

/**
 * What the dossier holds on one employee for the inzage (AVG art. 15), as stored: contact
 * moments, the documents' metadata, functional advice and terugkoppeling. The company doctor's
 * medical notes are not in it: no operator role but the doctor may read them (SPEC.md §2.4).
 */
export type SubjectAccessDossier = {
  notes: (typeof dossierNotes.$inferSelect)[];
  documents: (typeof dossierDocuments.$inferSelect)[];
  functionalAdvices: (typeof functionalAdvices.$inferSelect)[];
  consultationFeedback: (typeof consultationFeedback.$inferSelect)[];
};

export async function subjectAccessDossier(
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
): Promise<SubjectAccessDossier> {
  const notes = await tx
    .select()
    .from(dossierNotes)
    .where(and(eq(dossierNotes.employerId, employerId), eq(dossierNotes.employeeId, employeeId)))
    .orderBy(asc(dossierNotes.contactDate), asc(dossierNotes.createdAt), asc(dossierNotes.id));
  const documents = await tx
    .select()
    .from(dossierDocuments)
    .where(
      and(eq(dossierDocuments.employerId, employerId), eq(dossierDocuments.employeeId, employeeId)),
    )
    .orderBy(asc(dossierDocuments.uploadedAt), asc(dossierDocuments.id));
  const advices = await tx
    .select()
    .from(functionalAdvices)
    .where(
      and(
        eq(functionalAdvices.employerId, employerId),
        eq(functionalAdvices.employeeId, employeeId),
      ),
    )
    .orderBy(asc(functionalAdvices.createdAt), asc(functionalAdvices.id));
  const feedback = await tx
    .select()
    .from(consultationFeedback)
    .where(
      and(
        eq(consultationFeedback.employerId, employerId),
        eq(consultationFeedback.employeeId, employeeId),
      ),
    )
    .orderBy(asc(consultationFeedback.createdAt), asc(consultationFeedback.id));
  return { notes, documents, functionalAdvices: advices, consultationFeedback: feedback };
}
