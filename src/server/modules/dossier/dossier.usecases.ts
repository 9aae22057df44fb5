import type { AuditAction } from '../../../contracts/audit.js';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type {
  DocumentCategory,
  DocumentKind,
  DossierDocument,
  MedicalNote,
  NewNote,
  Note,
} from '../../../contracts/dossier.js';
import type { Permission } from '../../../contracts/permissions.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { FileStorage } from '../../platform/files/files.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { actorMay, type EmployerActor } from '../users/users.policies.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import { dossierErrors } from './dossier.errors.js';
import { createMedicalNoteSealRepair } from './dossier.seal-repair.js';
import {
  contentTypeOf,
  detectDocumentKind,
  documentFileName,
  medicalNoteContext,
} from './dossier.models.js';
import {
  createDossierRepository,
  type DocumentRow,
  type DossierOf,
  type DossierRepository,
  type MedicalNoteRow,
  type NoteRow,
} from './dossier.repository.js';

/** Whether a case id is a case of this employee, asked in the caller's transaction (cases module). */
export type CaseLookup = (
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  caseId: string,
) => Promise<boolean>;

export type DocumentUpload = {
  category: DocumentCategory;
  caseId: string | null;
  /** The name the uploader's computer gave the file: shown (cleaned), never used as a key. */
  uploadedName: string;
  content: Buffer;
};

function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    contactDate: row.contactDate,
    contactType: row.contactType as Note['contactType'],
    text: row.text,
    caseId: row.caseId,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDocument(row: DocumentRow): DossierDocument {
  return {
    id: row.id,
    category: row.category as DocumentCategory,
    fileName: row.fileName,
    kind: row.kind as DocumentKind,
    sizeBytes: row.sizeBytes,
    caseId: row.caseId,
    uploadedByName: row.uploadedByName,
    uploadedAt: row.uploadedAt.toISOString(),
    withdrawn:
      row.withdrawnAt && row.withdrawnReason !== null
        ? {
            at: row.withdrawnAt.toISOString(),
            byName: row.withdrawnByName ?? '',
            reason: row.withdrawnReason,
          }
        : null,
  };
}

/** Writes the audit entry of `action` in the use case's transaction. */
type Audited = (
  action: AuditAction,
  subject: { type: string; id: string },
  details: Record<string, unknown>,
) => Promise<void>;

export function createDossierUseCases(deps: {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  files: FileStorage;
  secretBox: SecretBox;
  employees: Pick<EmployeesUseCases, 'scopedEmployeeIn' | 'scopeCondition'>;
  users: Pick<UsersUseCases, 'findById'>;
  documentMaxBytes: number;
  cases?: CaseLookup;
}) {
  const { db, clock, audit, files, secretBox, employees, users } = deps;

  /**
   * The one tenant transaction of a use case on the case file of `employeeId`, as the actor may
   * see it: 403 without the permission (checked here too, not only in the route), 404 when the
   * employee belongs to another employer or lies outside the actor's dossier scope, so a refusal
   * never confirms that an employee exists. `work` reads, writes and audits in `tx`.
   */
  function inDossier<T>(
    actor: EmployerActor,
    employeeId: string,
    permission: Permission,
    work: (
      dossier: DossierOf,
      repository: DossierRepository,
      audited: Audited,
      tx: TenantDb,
    ) => Promise<T>,
  ): Promise<T> {
    if (!actorMay(actor, permission)) throw errors.forbidden();
    return inTenant(db, actor.employerId, async (tx) => {
      const today = amsterdamDateOf(clock.now());
      const dossier: DossierOf = {
        employerId: actor.employerId,
        // The stored row's id: what medical notes are sealed under, whatever the caller spelled.
        employeeId: await employees.scopedEmployeeIn(tx, actor, employeeId),
        inScope: (column) => employees.scopeCondition(actor.scope, column, today),
      };
      const audited: Audited = (action, subject, details) =>
        auditBy(audit, actor).record(
          { action, subjectType: subject.type, subjectId: subject.id, details },
          tx,
        );
      return work(dossier, createDossierRepository(tx), audited, tx);
    });
  }

  /** The actor's name as notes and documents show it (accounts are no tenant data). */
  async function nameOf(userId: string): Promise<string> {
    const user = await users.findById(userId);
    return user ? `${user.firstName} ${user.lastName}` : '';
  }

  async function checkCase(
    tx: TenantDb,
    dossier: DossierOf,
    caseId: string | null | undefined,
  ): Promise<string | null> {
    if (caseId === null || caseId === undefined) return null;
    const known = deps.cases
      ? await deps.cases(tx, dossier.employerId, dossier.employeeId, caseId)
      : false;
    if (!known) throw dossierErrors.caseUnknown();
    return caseId;
  }

  const isUuid = (value: string) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

  async function findDocumentOr404(
    repository: DossierRepository,
    dossier: DossierOf,
    documentId: string,
  ): Promise<DocumentRow> {
    const row = isUuid(documentId) ? await repository.findDocument(dossier, documentId) : undefined;
    if (!row) throw errors.notFound();
    return row;
  }

  return {
    /** Contactmomenten overzicht: the employee's notes, newest contact first. Audited. */
    listNotes(actor: EmployerActor, employeeId: string): Promise<Note[]> {
      return inDossier(actor, employeeId, 'dossier.notes', async (dossier, repository, audited) => {
        const rows = await repository.listNotes(dossier);
        await audited(
          'dossier.notes_listed',
          { type: 'employee', id: employeeId },
          { count: rows.length },
        );
        return rows.map(toNote);
      });
    },

    /** Notitie toevoegen. Audited without the text (the log is no second copy of the file). */
    async addNote(actor: EmployerActor, employeeId: string, input: NewNote): Promise<Note> {
      const authorName = await nameOf(actor.userId);
      return inDossier(
        actor,
        employeeId,
        'dossier.notes',
        async (dossier, repository, audited, tx) => {
          const caseId = await checkCase(tx, dossier, input.caseId);
          const row = await repository.insertNote({
            employerId: dossier.employerId,
            employeeId,
            caseId,
            contactDate: input.contactDate,
            contactType: input.contactType,
            text: input.text,
            authorUserId: actor.userId,
            authorName,
            createdAt: clock.now(),
          });
          await audited(
            'dossier.note_added',
            { type: 'dossier_note', id: row.id },
            { employeeId, contactType: row.contactType },
          );
          return toNote(row);
        },
      );
    },

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
      const uploadedByName = await nameOf(actor.userId);
      let written: string | null = null;
      try {
        const outcome = await inDossier(
          actor,
          employeeId,
          'dossier.documents',
          async (dossier, repository, audited, tx) => {
            if (upload.content.length === 0) throw dossierErrors.documentFileMissing();
            if (upload.content.length > deps.documentMaxBytes) {
              throw dossierErrors.documentTooLarge(deps.documentMaxBytes);
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
              uploadedByUserId: actor.userId,
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

    /** The company doctor's medical notes of the employee (medical.notes only). Audited. */
    async listMedicalNotes(actor: EmployerActor, employeeId: string): Promise<MedicalNote[]> {
      const rows = await inDossier(
        actor,
        employeeId,
        'medical.notes',
        async (dossier, repository, audited) => {
          const found = await repository.listMedicalNotes(dossier);
          await audited(
            'medical.notes_listed',
            { type: 'employee', id: employeeId },
            { count: found.length },
          );
          return found;
        },
      );
      return rows.map((row: MedicalNoteRow) => ({
        id: row.id,
        text: secretBox.decrypt(row.sealedText, medicalNoteContext(row.employerId, row.employeeId)),
        authorName: row.authorName,
        createdAt: row.createdAt.toISOString(),
      }));
    },

    /** A medical note, sealed before it reaches the database. Audited without the text. */
    async addMedicalNote(
      actor: EmployerActor,
      employeeId: string,
      text: string,
    ): Promise<MedicalNote> {
      const authorName = await nameOf(actor.userId);
      return inDossier(actor, employeeId, 'medical.notes', async (dossier, repository, audited) => {
        const row = await repository.insertMedicalNote({
          employerId: dossier.employerId,
          employeeId: dossier.employeeId,
          sealedText: secretBox.encrypt(
            text,
            medicalNoteContext(dossier.employerId, dossier.employeeId),
          ),
          authorUserId: actor.userId,
          authorName,
          createdAt: clock.now(),
        });
        await audited('medical.note_added', { type: 'medical_note', id: row.id }, { employeeId });
        return { id: row.id, text, authorName, createdAt: row.createdAt.toISOString() };
      });
    },

    /** The startup check of issue 16 for medical notes (dossier.seal-repair.ts). */
    repairSealContexts: createMedicalNoteSealRepair({ db, secretBox, audit }),
  };
}

export type DossierUseCases = ReturnType<typeof createDossierUseCases>;
