import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenantBatches, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { formerContexts, openUnderAny } from '../../platform/crypto/former-contexts.js';
import type { SecretBox } from '../../platform/crypto/secret-box.js';
import { medicalNoteContext } from './dossier.models.js';
import {
  createDossierMaintenanceRepository,
  createDossierRepository,
  type MedicalNoteRow,
} from './dossier.repository.js';

/** Medical notes per transaction when the startup check repairs their seal contexts. */
const repairBatchSize = 200;

type SealMaintenanceDeps = { db: Db; secretBox: SecretBox; audit: AuditWriter };

/** Every medical note, employer by employer in batches of a transaction each. */
async function walkMedicalNotes(
  db: Db,
  visit: (
    repository: ReturnType<typeof createDossierRepository>,
    row: MedicalNoteRow,
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
  ) => Promise<void>,
): Promise<void> {
  await inTenantBatches(
    db,
    await createDossierMaintenanceRepository(db).employersWithMedicalNotes(),
    { size: repairBatchSize, cursorOf: (row: MedicalNoteRow) => row.id },
    async (tx, employerId, after, limit) => {
      const repository = createDossierRepository(tx);
      const rows = await repository.listMedicalNotesAfter(employerId, after, limit);
      for (const row of rows) await visit(repository, row, tx, employerId);
      return rows;
    },
  );
}

/**
 * The startup check of issue 16 for medical notes (decision 007): a note sealed under its
 * employee id as a URL spelled it (upper case) does not open under the stored ids. Each such note
 * is opened under the former spellings, re-sealed under the canonical context and audited; a note
 * that opens under none is left as it is and counted.
 */
export function createMedicalNoteSealRepair(
  deps: SealMaintenanceDeps,
): () => Promise<{ checked: number; repaired: number; unreadable: number }> {
  const { db, secretBox, audit } = deps;
  return async () => {
    let checked = 0;
    let repaired = 0;
    let unreadable = 0;
    await walkMedicalNotes(db, async (repository, row, tx, employerId) => {
      checked++;
      const [canonical = '', ...former] = formerContexts(
        [row.employerId, row.employeeId],
        medicalNoteContext,
      );
      if (openUnderAny(secretBox, row.sealedText, [canonical]) !== undefined) return;
      const text = openUnderAny(secretBox, row.sealedText, former);
      if (text === undefined) {
        unreadable++;
        return;
      }
      await repository.resealMedicalNote(employerId, row.id, secretBox.encrypt(text, canonical));
      // In the batch's transaction: the repair and its audit entry commit together.
      await audit.record(
        {
          employerId: row.employerId,
          action: 'medical.seal_context_repaired',
          subjectType: 'medical_note',
          subjectId: row.id,
          details: { employeeId: row.employeeId },
        },
        tx,
      );
      repaired++;
    });
    return { checked, repaired, unreadable };
  };
}

/**
 * Key rotation (`npm run vault:rotate-keys`): every medical note sealed under an older key is
 * re-sealed under the current one, so the old key can be removed; a note that does not open is
 * left as it is and counted.
 */
export function createMedicalNoteReencryption(
  deps: SealMaintenanceDeps,
): () => Promise<{ reencrypted: number; unreadable: number }> {
  const { db, secretBox } = deps;
  return async () => {
    let reencrypted = 0;
    let unreadable = 0;
    await walkMedicalNotes(db, async (repository, row, _tx, employerId) => {
      if (!secretBox.needsReencryption(row.sealedText)) return;
      const context = medicalNoteContext(row.employerId, row.employeeId);
      let text: string;
      try {
        text = secretBox.decrypt(row.sealedText, context);
      } catch {
        unreadable++;
        return;
      }
      await repository.resealMedicalNote(employerId, row.id, secretBox.encrypt(text, context));
      reencrypted++;
    });
    return { reencrypted, unreadable };
  };
}
