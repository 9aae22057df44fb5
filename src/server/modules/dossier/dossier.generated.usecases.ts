import { randomUUID } from 'node:crypto';
import type { DocumentCategory, DossierDocument } from '../../../contracts/dossier.js';
import type { FunctionalAdvice } from '../../../contracts/dossier-advice.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { auditBy } from '../../platform/audit/audit.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { EmployerActor } from '../users/users.policies.js';
import { createAdviceRepository } from './dossier.advice.repository.js';
import { type DossierContext, toDocument } from './dossier.context.js';
import type { DossierOf } from './dossier.repository.js';
import { createDossierRepository } from './dossier.repository.js';

/** A PDF the app made from dossier data (a re-integration or UWV document), to be filed. */
export type GeneratedDocument = {
  category: DocumentCategory;
  caseId: string;
  fileName: string;
  content: Buffer;
  /** The actor's name as the document list shows it (read before the transaction). */
  byName: string;
};

/**
 * For the modules above the dossier that make documents from its data (reintegration), in their
 * own transaction: the dossier of an employee the actor may see (404 otherwise, as `inDossier`),
 * its latest functional advice, and filing a generated PDF among its documents. The caller checks
 * the permission; every piece is audited in `tx`.
 */
export function generatedDocumentsUseCases(context: DossierContext) {
  const { clock, files, employees, audit, checkCase } = context;

  async function dossierIn(tx: TenantDb, actor: EmployerActor, employeeId: string) {
    const today = amsterdamDateOf(clock.now());
    const dossier: DossierOf = {
      employerId: actor.employerId,
      employeeId: await employees.scopedEmployeeIn(tx, actor, employeeId),
      inScope: (column) => employees.scopeCondition(actor.scope, column, today),
    };
    return dossier;
  }

  return {
    /** The company doctor's newest functional advice (no medical note), or null. */
    async latestFunctionalAdviceIn(
      tx: TenantDb,
      actor: EmployerActor,
      employeeId: string,
    ): Promise<Pick<FunctionalAdvice, 'workPossible' | 'expectedDuration' | 'adjustments'> | null> {
      const dossier = await dossierIn(tx, actor, employeeId);
      const [latest] = await createAdviceRepository(tx).listAdvices(dossier);
      if (latest === undefined) return null;
      await auditBy(audit, actor).record(
        {
          action: 'dossier.functional_advice_listed',
          subjectType: 'employee',
          subjectId: dossier.employeeId,
          details: { count: 1 },
        },
        tx,
      );
      return {
        workPossible: latest.workPossible,
        expectedDuration: latest.expectedDuration,
        adjustments: latest.adjustments,
      };
    },

    /**
     * Files a generated PDF as a document of the dossier (so the documents signals see it, the
     * UWV one for category `uwv`). The bytes are written first; when `tx` does not commit, the
     * caller's `discard` removes them again.
     */
    async fileGeneratedDocumentIn(
      tx: TenantDb,
      actor: EmployerActor,
      employeeId: string,
      generated: GeneratedDocument,
    ): Promise<{ document: DossierDocument; discard: () => Promise<void> }> {
      const dossier = await dossierIn(tx, actor, employeeId);
      const caseId = await checkCase(tx, dossier, generated.caseId);
      const id = randomUUID();
      const storageKey = `dossier/${dossier.employerId}/${id}`;
      const stored = await files.put(storageKey, generated.content);
      const discard = () => files.delete(storageKey);
      try {
        const row = await createDossierRepository(tx).insertDocument({
          id,
          employerId: dossier.employerId,
          employeeId: dossier.employeeId,
          caseId,
          category: generated.category,
          fileName: generated.fileName,
          kind: 'pdf',
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey,
          uploadedByUserId: actor.userId,
          uploadedByName: generated.byName,
          uploadedAt: clock.now(),
        });
        await auditBy(audit, actor).record(
          {
            action: 'dossier.document_uploaded',
            subjectType: 'dossier_document',
            subjectId: id,
            details: {
              employeeId: dossier.employeeId,
              category: row.category,
              kind: row.kind,
              sizeBytes: row.sizeBytes,
              sha256: row.sha256,
              generated: true,
            },
          },
          tx,
        );
        return { document: toDocument(row), discard };
      } catch (error) {
        await discard();
        throw error;
      }
    },
  };
}
