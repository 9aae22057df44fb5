import type { ReintegrationDocument, ReintegrationKind } from '../../../contracts/reintegration.js';
import type { AuditAction } from '../../../contracts/audit.js';
import type { Db } from '../../db/connection.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { errors } from '../../platform/errors.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { DossierUseCases } from '../dossier/dossier.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';
import { actorMay, type EmployerActor } from '../users/users.policies.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import {
  createReintegrationRepository,
  type ReintegrationDocumentRow,
  type ReintegrationRepository,
  type ReintegrationVersionRow,
} from './reintegration.repository.js';

export type ReintegrationDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  users: Pick<UsersUseCases, 'findById'>;
  employees: Pick<EmployeesUseCases, 'scopedEmployeeIn' | 'findEmployeeNamesIn'>;
  cases: Pick<CasesUseCases, 'casesForTasksIn'>;
  dossier: Pick<DossierUseCases, 'latestFunctionalAdviceIn' | 'fileGeneratedDocumentIn'>;
  /** Its `inTransaction`: the tasks' reads and actions over the caller's transaction. */
  tasks: Pick<TasksUseCases, 'inTransaction'>;
};

export type Audited = (
  action: AuditAction,
  subjectId: string,
  details: Record<string, unknown>,
) => Promise<void>;

/** The document as the API shows it, with its versions. */
export function toView(
  row: ReintegrationDocumentRow,
  versions: readonly ReintegrationVersionRow[],
): ReintegrationDocument {
  const byAt = (name: string | null, at: Date | null) =>
    name !== null && at !== null ? { byName: name, at: at.toISOString() } : null;
  return {
    id: row.id,
    employeeId: row.employeeId,
    caseId: row.caseId,
    kind: row.kind as ReintegrationKind,
    status: row.status as ReintegrationDocument['status'],
    version: row.version,
    facts: row.facts,
    fields: row.fields,
    taskId: row.taskId,
    dossierDocumentId: row.dossierDocumentId,
    created: { byName: row.createdByName, at: row.createdAt.toISOString() },
    updated: { byName: row.updatedByName, at: row.updatedAt.toISOString() },
    finalized: byAt(row.finalizedByName, row.finalizedAt),
    employerSignOff: byAt(row.employerSignedByName, row.employerSignedAt),
    employeeSignOff: byAt(row.employeeSignRecordedByName, row.employeeSignedAt),
    versions: versions
      .filter((version) => version.documentId === row.id)
      .map((version) => ({
        version: version.version,
        savedByName: version.savedByName,
        savedAt: version.savedAt.toISOString(),
      })),
  };
}

/**
 * What the use cases share: the one tenant transaction on an employee's documents (403 without
 * `dossier.documents`, the dossier's own permission for documents; 404 when the employee is
 * another employer's or outside the actor's scope), and the actor's name.
 */
export function createReintegrationContext(deps: ReintegrationDependencies) {
  function inDocuments<T>(
    actor: EmployerActor,
    employeeId: string,
    work: (
      tx: TenantDb,
      repository: ReintegrationRepository,
      employee: string,
      audited: Audited,
    ) => Promise<T>,
  ): Promise<T> {
    if (!actorMay(actor, 'dossier.documents')) throw errors.forbidden();
    return inTenant(deps.db, actor.employerId, async (tx) => {
      const employee = await deps.employees.scopedEmployeeIn(tx, actor, employeeId);
      const audited: Audited = (action, subjectId, details) =>
        auditBy(deps.audit, actor).record(
          {
            action,
            subjectType: 'reintegration_document',
            subjectId,
            details: { employeeId: employee, ...details },
          },
          tx,
        );
      return work(tx, createReintegrationRepository(tx, actor.employerId), employee, audited);
    });
  }

  /** A document of the employee, locked for the change, or 404. */
  async function documentOr404(
    repository: ReintegrationRepository,
    employee: string,
    documentId: string,
  ): Promise<ReintegrationDocumentRow> {
    const row = await repository.findDocumentForUpdate(employee, documentId);
    if (row === undefined) throw errors.notFound();
    return row;
  }

  /** The actor's name as the documents show it (accounts are no tenant data). */
  async function nameOf(userId: string): Promise<string> {
    const user = await deps.users.findById(userId);
    return user ? `${user.firstName} ${user.lastName}` : '';
  }

  return { ...deps, inDocuments, documentOr404, nameOf };
}

export type ReintegrationContext = ReturnType<typeof createReintegrationContext>;
