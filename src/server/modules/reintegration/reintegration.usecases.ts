/**
 * Re-integration and UWV documents from templates (issue 14), one transaction per use case:
 * made for a sickness case from its template (prefilled from the dossier and linked to the open
 * poortwachter task of its kind), edited as a draft (every save is the next version, all kept),
 * made final (its PDF filed in the dossier as a UWV document, the linked task done), and signed
 * off by employer and employee.
 */
import { employerRoles, type EmployerRole, type Role } from '../../../contracts/permissions.js';
import {
  type NewReintegrationDocument,
  type ReintegrationDocument,
  type SaveReintegrationDocument,
  type SignOffParty,
  reintegrationKindKeys,
  reintegrationTemplates,
} from '../../../contracts/reintegration.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import { renderPdf } from '../../platform/pdf/pdf.js';
import type { EmployerActor } from '../users/users.policies.js';
import {
  createReintegrationContext,
  type ReintegrationDependencies,
  toView,
} from './reintegration.context.js';
import { reintegrationErrors } from './reintegration.errors.js';
import { deleteReintegrationDocuments } from './reintegration.repository.js';
import {
  mergedFields,
  pdfFileName,
  prefilledFields,
  reintegrationPdf,
  unknownSections,
} from './reintegration.models.js';

export type { ReintegrationDependencies } from './reintegration.context.js';

/** UWV documents are written in Dutch, whatever the language of the one who makes them final. */
const documentLocale = 'nl' as const;

const isEmployerRole = (role: Role): role is EmployerRole =>
  (employerRoles as readonly string[]).includes(role);

export function createReintegrationUseCases(deps: ReintegrationDependencies) {
  const context = createReintegrationContext(deps);
  const { clock, inDocuments, documentOr404, nameOf } = context;
  const today = () => amsterdamDateOf(clock.now());

  return {
    /**
     * For the retention clean-up, in its transaction and before the dossier's rows (a final
     * document names its PDF): the employee's documents (`caseIds` null: all) with their versions.
     */
    eraseReintegrationDocumentsIn: (
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      caseIds: readonly string[] | null,
    ): Promise<number> => deleteReintegrationDocuments(tx, employerId, employeeId, caseIds),

    /** The employee's documents with their versions, newest first. Audited. */
    listReintegrationDocuments(
      actor: EmployerActor,
      employeeId: string,
    ): Promise<ReintegrationDocument[]> {
      return inDocuments(actor, employeeId, async (_tx, repository, employee, audited) => {
        const rows = await repository.listDocuments(employee);
        const versions = await repository.versionsOf(rows.map((row) => row.id));
        await audited('reintegration.documents_listed', employee, { count: rows.length });
        return rows.map((row) => toView(row, versions));
      });
    },

    /**
     * A draft of `kind` for the employee's sickness case, version 1: the employee's name and the
     * first sick day as facts, the sections prefilled (the company doctor's latest functional
     * advice for a probleemanalyse), linked to the case's pending task of the template's kind.
     */
    async createReintegrationDocument(
      actor: EmployerActor,
      employeeId: string,
      input: NewReintegrationDocument,
    ): Promise<ReintegrationDocument> {
      const byName = await nameOf(actor.userId);
      return inDocuments(actor, employeeId, async (tx, repository, employee, audited) => {
        const { legalCases } = await deps.cases.casesForTasksIn(tx, actor, employee);
        const legalCase = legalCases.find((found) => found.caseId === input.caseId);
        const firstSickDay = legalCase?.episodes[0]?.firstSickDay;
        if (legalCase === undefined || firstSickDay === undefined) {
          throw reintegrationErrors.caseUnknown();
        }
        const [name] = await deps.employees.findEmployeeNamesIn(tx, [employee], today());
        const advice =
          input.kind === 'problem_analysis'
            ? await deps.dossier.latestFunctionalAdviceIn(tx, actor, employee)
            : null;
        const { items } = await deps.tasks
          .inTransaction(tx)
          .employeeTasks(actor, employee, documentLocale);
        const task = items
          .filter(
            (item) =>
              item.caseId === legalCase.caseId &&
              item.code === reintegrationTemplates[input.kind].taskCode &&
              (item.status === 'open' || item.status === 'postponed'),
          )
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
        const now = clock.now();
        const fields = prefilledFields(input.kind, advice);
        const row = await repository.insertDocument({
          employeeId: employee,
          caseId: legalCase.caseId,
          kind: input.kind,
          taskId: task?.id ?? null,
          status: 'draft',
          version: 1,
          facts: { employeeName: name?.name ?? '', firstSickDay },
          fields,
          createdByUserId: actor.userId,
          createdByName: byName,
          createdAt: now,
          updatedByUserId: actor.userId,
          updatedByName: byName,
          updatedAt: now,
        });
        const version = await repository.insertVersion({
          documentId: row.id,
          version: 1,
          fields,
          savedByUserId: actor.userId,
          savedByName: byName,
          savedAt: now,
        });
        await audited('reintegration.document_created', row.id, {
          kind: row.kind,
          caseId: row.caseId,
          taskId: row.taskId,
        });
        return toView(row, [version]);
      });
    },

    /**
     * Saves the draft's sections as the next version (sections left out keep their text). Refused
     * for a final document, a section the template lacks, or an edit of an older version.
     */
    async saveReintegrationDocument(
      actor: EmployerActor,
      employeeId: string,
      documentId: string,
      input: SaveReintegrationDocument,
    ): Promise<ReintegrationDocument> {
      const byName = await nameOf(actor.userId);
      return inDocuments(actor, employeeId, async (_tx, repository, employee, audited) => {
        const existing = await documentOr404(repository, employee, documentId);
        if (existing.status !== 'draft') throw reintegrationErrors.documentFinal();
        if (existing.version !== input.version) throw reintegrationErrors.versionConflict();
        const kind = toView(existing, []).kind;
        const [unknown] = unknownSections(kind, input.fields);
        if (unknown !== undefined) throw reintegrationErrors.sectionUnknown(unknown);
        const fields = mergedFields(kind, existing.fields, input.fields);
        const now = clock.now();
        const row = await repository.updateDocument(existing.id, {
          fields,
          version: existing.version + 1,
          updatedByUserId: actor.userId,
          updatedByName: byName,
          updatedAt: now,
        });
        await repository.insertVersion({
          documentId: row.id,
          version: row.version,
          fields,
          savedByUserId: actor.userId,
          savedByName: byName,
          savedAt: now,
        });
        await audited('reintegration.document_saved', row.id, { version: row.version });
        return toView(row, await repository.versionsOf([row.id]));
      });
    },

    /**
     * Makes the draft final: its PDF (the current version, in Dutch) is filed in the dossier as a
     * document of category UWV — which the UWV-documents signal reports — and the linked task,
     * when still open or postponed, is marked done today. All in one transaction; the PDF's bytes
     * are removed again when it fails.
     */
    async finalizeReintegrationDocument(
      actor: EmployerActor,
      employeeId: string,
      documentId: string,
    ): Promise<ReintegrationDocument> {
      const byName = await nameOf(actor.userId);
      return inDocuments(actor, employeeId, async (tx, repository, employee, audited) => {
        const existing = await documentOr404(repository, employee, documentId);
        if (existing.status !== 'draft') throw reintegrationErrors.documentFinal();
        const view = toView(existing, []);
        const t = translator(documentLocale);
        const finalizedAt = clock.now();
        const pdf = await renderPdf(
          reintegrationPdf(
            {
              kind: view.kind,
              version: existing.version,
              facts: existing.facts,
              fields: existing.fields,
              finalizedAt,
              finalizedByName: byName,
            },
            t,
            'nl-NL',
          ),
        );
        const filed = await deps.dossier.fileGeneratedDocumentIn(tx, actor, employee, {
          category: 'uwv',
          caseId: existing.caseId,
          fileName: pdfFileName(
            t(reintegrationKindKeys[view.kind]),
            existing.facts.employeeName,
            existing.version,
          ),
          content: pdf,
          byName,
        });
        try {
          let taskDone = false;
          if (existing.taskId !== null) {
            const tasks = deps.tasks.inTransaction(tx);
            const { items } = await tasks.employeeTasks(actor, employee, documentLocale);
            const task = items.find((item) => item.id === existing.taskId);
            if (task && (task.status === 'open' || task.status === 'postponed')) {
              await tasks.markTaskDone(
                actor,
                task.id,
                { doneOn: today(), note: filed.document.fileName },
                documentLocale,
              );
              taskDone = true;
            }
          }
          const row = await repository.updateDocument(existing.id, {
            status: 'final',
            dossierDocumentId: filed.document.id,
            finalizedByUserId: actor.userId,
            finalizedByName: byName,
            finalizedAt,
          });
          await audited('reintegration.document_finalized', row.id, {
            version: row.version,
            dossierDocumentId: filed.document.id,
            taskId: row.taskId,
            taskDone,
          });
          return toView(row, await repository.versionsOf([row.id]));
        } catch (error) {
          await filed.discard();
          throw error;
        }
      });
    },

    /**
     * Records a sign-off of the final document, with who and when: the employer's by an
     * employer-side user (403 for the arbodienst's roles); the employee's — employees have no
     * login — as confirmed to, and recorded by, the acting user. Each once.
     */
    async signOffReintegrationDocument(
      actor: EmployerActor,
      employeeId: string,
      documentId: string,
      party: SignOffParty,
    ): Promise<ReintegrationDocument> {
      if (party === 'employer' && !isEmployerRole(actor.role)) throw errors.forbidden();
      const byName = await nameOf(actor.userId);
      return inDocuments(actor, employeeId, async (_tx, repository, employee, audited) => {
        const existing = await documentOr404(repository, employee, documentId);
        if (existing.status !== 'final') throw reintegrationErrors.notFinal();
        const signedAlready =
          party === 'employer' ? existing.employerSignedAt : existing.employeeSignedAt;
        if (signedAlready !== null) throw reintegrationErrors.alreadySigned();
        const now = clock.now();
        const row = await repository.updateDocument(
          existing.id,
          party === 'employer'
            ? {
                employerSignedByUserId: actor.userId,
                employerSignedByName: byName,
                employerSignedAt: now,
              }
            : {
                employeeSignRecordedByUserId: actor.userId,
                employeeSignRecordedByName: byName,
                employeeSignedAt: now,
              },
        );
        await audited('reintegration.document_signed', row.id, { party });
        return toView(row, await repository.versionsOf([row.id]));
      });
    },
  };
}

export type ReintegrationUseCases = ReturnType<typeof createReintegrationUseCases>;
