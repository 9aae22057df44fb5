import { createHash } from 'node:crypto';
import type {
  SiviImport,
  SiviImportList,
  SiviImportSummary,
} from '../../../../contracts/integration-sivi.js';
import { inTenant, type TenantDb } from '../../../db/tenancy.js';
import { auditBy } from '../../../platform/audit/audit.js';
import { errors } from '../../../platform/errors.js';
import type { Translate } from '../../../platform/i18n/i18n.js';
import type { EmployerActor } from '../../users/users.policies.js';
import { applyVerzuimmeldingen } from './integration.sivi.apply.usecases.js';
import { readUpload, type SiviDependencies } from './integration.sivi.context.js';
import { siviErrors } from './integration.sivi.errors.js';
import {
  createSiviRepository,
  type NewSiviElement,
  type SiviElementRow,
  type SiviImportRow,
} from './integration.sivi.repository.js';

/** A message refused while applying: its transaction is rolled back, its refusals are logged. */
class MessageRefused extends Error {
  constructor(readonly elements: NewSiviElement[]) {
    super('sivi_message_refused');
  }
}

/** How many messages the log list shows, the latest first. */
const logListLength = 100;

export type SiviUpload = { fileName: string; bytes: Uint8Array };

function summaryOf(
  row: SiviImportRow,
  counts: Record<string, number> | undefined,
  by: string | null,
): SiviImportSummary {
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    reference: row.reference,
    result: row.result as SiviImportSummary['result'],
    by,
    accepted: counts?.accepted ?? 0,
    refused: counts?.refused ?? 0,
    repeated: counts?.repeated ?? 0,
  };
}

function elementOf(row: SiviElementRow, t: Translate): SiviImport['elements'][number] {
  const detail = (row.detail as { detail?: string } | null)?.detail ?? '';
  return {
    path: row.path,
    line: row.line,
    absenceId: row.absenceId,
    sequence: row.sequence,
    outcome: row.outcome as SiviImport['elements'][number]['outcome'],
    code: row.code,
    message: row.code === null ? null : t(`errors.${row.code}`, { detail }),
  };
}

/** The SIVI import (issue 13): a message applied all-or-nothing, and its processing log. */
export function siviImportUseCases(dependencies: SiviDependencies) {
  const { db, clock, audit, users } = dependencies;

  async function detailIn(
    tx: TenantDb,
    actor: EmployerActor,
    row: SiviImportRow,
    t: Translate,
  ): Promise<SiviImport> {
    const repository = createSiviRepository(tx, actor.employerId);
    const elements = await repository.elementsOf([row.id]);
    const counts = await repository.outcomeCounts([row.id]);
    const names = row.userId ? await users.displayNamesOf([row.userId], tx) : new Map();
    return {
      ...summaryOf(row, counts.get(row.id), names.get(row.userId ?? '') ?? null),
      elements: elements.map((element) => elementOf(element, t)),
    };
  }

  /** Writes the message's log entry and its audit entry (counts only, no personal data). */
  async function record(
    tx: TenantDb,
    actor: EmployerActor,
    upload: SiviUpload & { sha256: string; reference: string | null },
    result: SiviImportSummary['result'],
    elements: readonly NewSiviElement[],
    t: Translate,
  ): Promise<SiviImport> {
    const row = await createSiviRepository(tx, actor.employerId).insertImport(
      {
        userId: actor.userId,
        apiClientId: null,
        fileName: upload.fileName,
        fileSha256: upload.sha256,
        reference: upload.reference,
        result,
        createdAt: clock.now(),
      },
      elements,
    );
    await auditBy(audit, actor).record(
      {
        action: 'integration.sivi_imported',
        subjectType: 'employer',
        subjectId: actor.employerId,
        details: {
          importId: row.id,
          result,
          accepted: elements.filter((element) => element.outcome === 'accepted').length,
          refused: elements.filter((element) => element.outcome === 'refused').length,
        },
      },
      tx,
    );
    return detailIn(tx, actor, row, t);
  }

  return {
    /**
     * Imports a Verzuimmeldingen: read and checked (XSD and chain rules), then applied in one
     * tenant transaction through the employees and cases use cases. Any refused element refuses
     * the message: nothing of it is applied, and the log holds every refusal with its reason.
     * Reports applied by an earlier message are recognised and not applied twice. The whole
     * employer only (a message may name any employee).
     */
    async importVerzuimmeldingen(
      actor: EmployerActor,
      upload: SiviUpload,
      t: Translate,
    ): Promise<SiviImport> {
      if (actor.scope.kind !== 'employer') throw siviErrors.wholeEmployerOnly();
      const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
      const reading = readUpload(upload.bytes);
      if (!reading.ok) {
        const refusals = reading.refusals.map((refusal): NewSiviElement => ({
          path: refusal.path ?? refusal.element,
          line: refusal.line,
          absenceId: null,
          sequence: null,
          outcome: 'refused',
          code: refusal.code,
          detail: refusal.detail === undefined ? null : { detail: refusal.detail },
        }));
        return inTenant(db, actor.employerId, (tx) =>
          record(tx, actor, { ...upload, sha256, reference: null }, 'refused', refusals, t),
        );
      }
      const { message } = reading;
      const logged = { ...upload, sha256, reference: message.reference };
      try {
        return await inTenant(db, actor.employerId, async (tx) => {
          const ids = message.employees.flatMap((person) =>
            person.employments.flatMap((job) => job.cases.map((sickness) => sickness.id)),
          );
          const accepted = await createSiviRepository(tx, actor.employerId).acceptedSequences(ids);
          const elements = await applyVerzuimmeldingen(dependencies, tx, actor, message, accepted);
          const refused = elements.filter((element) => element.outcome === 'refused');
          if (refused.length > 0) throw new MessageRefused(refused);
          const result = elements.every((element) => element.outcome === 'repeated')
            ? 'repeated'
            : 'applied';
          return record(tx, actor, logged, result, elements, t);
        });
      } catch (error) {
        if (!(error instanceof MessageRefused)) throw error;
        return inTenant(db, actor.employerId, (tx) =>
          record(tx, actor, logged, 'refused', error.elements, t),
        );
      }
    },

    /** The processing log: the latest messages with who sent them and their counts. */
    listSiviImports(actor: EmployerActor): Promise<SiviImportList> {
      return inTenant(db, actor.employerId, async (tx) => {
        const repository = createSiviRepository(tx, actor.employerId);
        const rows = await repository.list(logListLength);
        const counts = await repository.outcomeCounts(rows.map((row) => row.id));
        const userIds = [...new Set(rows.flatMap((row) => (row.userId ? [row.userId] : [])))];
        const names = await users.displayNamesOf(userIds, tx);
        return {
          imports: rows.map((row) =>
            summaryOf(row, counts.get(row.id), names.get(row.userId ?? '') ?? null),
          ),
        };
      });
    },

    /** One message of the log with every element's outcome and reason. */
    getSiviImport(actor: EmployerActor, id: string, t: Translate): Promise<SiviImport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const row = await createSiviRepository(tx, actor.employerId).find(id);
        if (!row) throw errors.notFound();
        return detailIn(tx, actor, row, t);
      });
    },
  };
}
