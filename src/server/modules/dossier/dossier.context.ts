import type { AuditAction } from '../../../contracts/audit.js';
import type {
  DocumentCategory,
  DocumentKind,
  DossierDocument,
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
import type { Mailer } from '../../platform/mail/mailer.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { actorMay, type EmployerActor } from '../users/users.policies.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import { dossierErrors } from './dossier.errors.js';
import {
  createDossierRepository,
  type DocumentRow,
  type DossierOf,
  type DossierRepository,
  type NoteRow,
} from './dossier.repository.js';

/** Whether a case id is a case of this employee, asked in the caller's transaction (cases module). */
export type CaseLookup = (
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  caseId: string,
) => Promise<boolean>;

/**
 * The employee's private e-mail address from the datakluis, in the caller's transaction and
 * audited there (vault module, wired in createModules); null when none is recorded.
 */
export type EmployeeMailAddress = (
  tx: TenantDb,
  actor: EmployerActor,
  employeeId: string,
) => Promise<string | null>;

export type DossierDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  files: FileStorage;
  secretBox: SecretBox;
  mailer: Mailer;
  employees: Pick<
    EmployeesUseCases,
    'scopedEmployeeIn' | 'scopeCondition' | 'employeeNamesInScopeIn'
  >;
  users: Pick<UsersUseCases, 'findById'>;
  documentMaxBytes: number;
  cases?: CaseLookup;
  employeeMailAddress?: EmployeeMailAddress;
};

export type DocumentUpload = {
  category: DocumentCategory;
  caseId: string | null;
  /** The name the uploader's computer gave the file: shown (cleaned), never used as a key. */
  uploadedName: string;
  content: Buffer;
  /**
   * The employer's API client that sends it through `/api/v1` (the actor's `userId` is then the
   * client's id, no user's): recorded as the uploader with its name instead of a user.
   */
  uploadedBy?: { apiClientId: string; name: string } | undefined;
};

/** A note as the API shows it. */
export function toNote(row: NoteRow): Note {
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

/** A document as the API shows it, with its withdrawal when withdrawn. */
export function toDocument(row: DocumentRow): DossierDocument {
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
export type Audited = (
  action: AuditAction,
  subject: { type: string; id: string },
  details: Record<string, unknown>,
) => Promise<void>;

/**
 * What every use-case file of this module shares: the dependencies, the one tenant transaction
 * of a use case on a case file (`inDossier`), the actor's name, and the checks of a case link and
 * a document id.
 */
export function createDossierContext(deps: DossierDependencies) {
  const { db, clock, audit, employees, users } = deps;

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

  /** The case a note or document is linked to: one of this employee's, else refused. */
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

  /** A document of this dossier, or 404 (also for an id that is no UUID). */
  async function findDocumentOr404(
    repository: DossierRepository,
    dossier: DossierOf,
    documentId: string,
  ): Promise<DocumentRow> {
    const row = isUuid(documentId) ? await repository.findDocument(dossier, documentId) : undefined;
    if (!row) throw errors.notFound();
    return row;
  }

  return { ...deps, inDossier, nameOf, checkCase, findDocumentOr404 };
}

export type DossierContext = ReturnType<typeof createDossierContext>;
