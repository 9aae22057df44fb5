import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DocumentKind, DossierDocument } from '../../../contracts/dossier.js';
import type { EmployerActor } from '../users/users.policies.js';
import { type DocumentUpload, type DossierContext, toDocument } from './dossier.context.js';
import { dossierErrors } from './dossier.errors.js';
import { contentTypeOf, detectDocumentKind, documentFileName } from './dossier.models.js';

/** Documents of the dossier (dossier.documents): list, upload, download and withdraw. */
export function documentsUseCases(context: DossierContext) {
  const { clock, files, documentMaxBytes, inDossier, nameOf, checkCase, findDocumentOr404 } =
    context;
  return {
    /** Overzichtsdocumenten: every document of the employee, newest first. Audited. */
    listDocuments(actor: EmployerActor, employeeId: string): Promise<DossierDocument[]> {
      return inDossier(
        actor,
        employeeId,
        'dossier.documents',
        async (dossier, repository, audited) => {
          const rows = await repository.listDocuments(dossier);
          await audited(
            'dossier.documents_listed',
            { type: 'employee', id: employeeId },
            { count: rows.length },
          );
          return rows.map(toDocument);
        },
      );
    },

    /**
     * Stores an uploaded document. Its kind comes from the content (dossier.models.ts); the
     * storage key from the employer and a new id. The bytes are written before the row, and
     * removed again when the transaction of the row and its audit entry does not commit, so no
     * row points at a missing file. A refused file is audited, and that entry is kept.
     */
    async uploadDocument(
      actor: EmployerActor,
      employeeId: string,
      upload: DocumentUpload,
    ): Promise<DossierDocument> {
      const byClient = upload.uploadedBy;
      const uploadedByName = byClient ? byClient.name : await nameOf(actor.userId);
      let written: string | null = null;
      try {
        const outcome = await inDossier(
          actor,
          employeeId,
          'dossier.documents',
          async (dossier, repository, audited, tx) => {
            if (upload.content.length === 0) throw dossierErrors.documentFileMissing();
            if (upload.content.length > documentMaxBytes) {
              throw dossierErrors.documentTooLarge(documentMaxBytes);
            }
            const detection = detectDocumentKind(upload.content);
            if ('refused' in detection) {
              await audited(
                'dossier.document_refused',
                { type: 'employee', id: employeeId },
                { reason: detection.refused, sizeBytes: upload.content.length },
              );
              return { refused: detection.refused };
            }
            const caseId = await checkCase(tx, dossier, upload.caseId);
            const id = randomUUID();
            const storageKey = `dossier/${dossier.employerId}/${id}`;
            const stored = await files.put(storageKey, upload.content);
            written = storageKey;
            const row = await repository.insertDocument({
              id,
              employerId: dossier.employerId,
              employeeId,
              caseId,
              category: upload.category,
              fileName: documentFileName(upload.uploadedName, detection.kind),
              kind: detection.kind,
              sizeBytes: stored.size,
              sha256: stored.sha256,
              storageKey,
              uploadedByUserId: byClient ? null : actor.userId,
              uploadedByApiClientId: byClient ? byClient.apiClientId : null,
              uploadedByName,
              uploadedAt: clock.now(),
            });
            await audited(
              'dossier.document_uploaded',
              { type: 'dossier_document', id },
              {
                employeeId,
                category: row.category,
                kind: row.kind,
                sizeBytes: row.sizeBytes,
                sha256: row.sha256,
              },
            );
            return { row };
          },
        );
        if ('refused' in outcome) {
          throw outcome.refused === 'legacy_office'
            ? dossierErrors.documentLegacyOffice()
            : dossierErrors.documentTypeNotAllowed();
        }
        return toDocument(outcome.row);
      } catch (error) {
        if (written !== null) await files.delete(written);
        throw error;
      }
    },

    /** The document and its bytes, for a download. Audited. Withdrawn documents stay readable. */
    async openDocument(
      actor: EmployerActor,
      employeeId: string,
      documentId: string,
    ): Promise<{ document: DossierDocument; contentType: string; content: Readable }> {
      // The entry commits before the bytes are opened: an attempted read is a read.
      const row = await inDossier(
        actor,
        employeeId,
        'dossier.documents',
        async (dossier, repository, audited) => {
          const found = await findDocumentOr404(repository, dossier, documentId);
          await audited(
            'dossier.document_downloaded',
            { type: 'dossier_document', id: found.id },
            { employeeId },
          );
          return found;
        },
      );
      const content = await files.get(row.storageKey);
      return {
        document: toDocument(row),
        contentType: contentTypeOf[row.kind as DocumentKind],
        content,
      };
    },

    /**
     * Marks a document withdrawn (ingetrokken) with a reason: it stays in the file and can still
     * be opened, but the overview shows it struck through. Nothing is ever deleted.
     */
    async withdrawDocument(
      actor: EmployerActor,
      employeeId: string,
      documentId: string,
      reason: string,
    ): Promise<DossierDocument> {
      const byName = await nameOf(actor.userId);
      return inDossier(
        actor,
        employeeId,
        'dossier.documents',
        async (dossier, repository, audited) => {
          const existing = await findDocumentOr404(repository, dossier, documentId);
          if (existing.withdrawnAt) throw dossierErrors.documentAlreadyWithdrawn();
          const row = await repository.withdrawDocument(dossier, documentId, {
            at: clock.now(),
            byUserId: actor.userId,
            byName,
            reason,
          });
          if (!row) throw dossierErrors.documentAlreadyWithdrawn();
          await audited(
            'dossier.document_withdrawn',
            { type: 'dossier_document', id: row.id },
            { employeeId },
          );
          return toDocument(row);
        },
      );
    },
  };
}
