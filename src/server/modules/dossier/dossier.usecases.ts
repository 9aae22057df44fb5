import type { TenantDb } from '../../db/tenancy.js';
import { createDossierContext, type DossierDependencies } from './dossier.context.js';
import { adviceUseCases } from './dossier.advice.usecases.js';
import { documentsUseCases } from './dossier.documents.usecases.js';
import { generatedDocumentsUseCases } from './dossier.generated.usecases.js';
import { medicalUseCases } from './dossier.medical.usecases.js';
import { notesUseCases } from './dossier.notes.usecases.js';
import { dossierRetentionUseCases } from './dossier.retention.usecases.js';
import { dossierSubjectAccessUseCases } from './dossier.subject-access.usecases.js';
import {
  createMedicalNoteReencryption,
  createMedicalNoteSealRepair,
} from './dossier.seal-repair.js';
import { createDossierSignalsRepository } from './dossier.signals.repository.js';

export type {
  CaseLookup,
  DocumentUpload,
  DossierDependencies,
  EmployeeMailAddress,
} from './dossier.context.js';
export type { SubjectAccessDossier } from './dossier.subject-access.usecases.js';
export type { CreatedDocument } from './dossier.signals.repository.js';
export type { GeneratedDocument } from './dossier.generated.usecases.js';

/**
 * The use cases of the dossier module, one file per subject (dossier.<subject>.usecases.ts):
 * notes, documents, medical notes, functional advice and terugkoppeling. Each opens one tenant transaction on the case file and writes
 * its audit entry in it (dossier.context.ts).
 */
export function createDossierUseCases(deps: DossierDependencies) {
  const context = createDossierContext(deps);
  return {
    /** For the e-mail signals, in their transaction (not audited: the mail is recorded). */
    createdDocumentsIn: (tx: TenantDb, from: Date, until: Date) =>
      createDossierSignalsRepository(tx).createdDocuments(from, until),
    ...notesUseCases(context),
    ...documentsUseCases(context),
    ...medicalUseCases(context),
    ...dossierRetentionUseCases(context),
    ...dossierSubjectAccessUseCases(context),
    ...adviceUseCases(context),
    ...generatedDocumentsUseCases(context),
    /** The startup check of issue 16 for medical notes (dossier.seal-repair.ts). */
    repairSealContexts: createMedicalNoteSealRepair(deps),
    /** Key rotation: medical notes re-sealed under the current key (dossier.seal-repair.ts). */
    reencryptMedicalNotes: createMedicalNoteReencryption(deps),
  };
}

export type DossierUseCases = ReturnType<typeof createDossierUseCases>;
