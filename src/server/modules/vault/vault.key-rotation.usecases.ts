import type { PersonalData } from '../../../contracts/vault.js';
import { formerContexts, openUnderAny } from '../../platform/crypto/former-contexts.js';
import { sealContext } from './vault.models.js';
import { createVaultMaintenanceRepository } from './vault.repository.js';
import type { VaultContext } from './vault.context.js';

/** Key rotation and the startup check: sealed rows re-sealed under the current key and their canonical contexts. */
export function createKeyRotation(context: VaultContext) {
  const { db, secretBox, audit, personalDataOf, unseal, opensAsStored, reseal, walkSealedRows } =
    context;
  return {
    /**
     * After a new key became current: re-seals every vault row sealed with an older key, employer
     * by employer in batches. Old keys must stay configured until this reports 0 remaining.
     */
    async reencryptAll(): Promise<{ reencrypted: number; unreadable: number; remaining: number }> {
      const currentKeyId = secretBox.currentKeyId;
      let reencrypted = 0;
      let unreadable = 0;
      await walkSealedRows(currentKeyId, async (repository, row) => {
        let data: PersonalData;
        try {
          data = unseal(row);
        } catch {
          // Tampered with or copied from another row: left as it is, counted, reported.
          unreadable++;
          return;
        }
        await reseal(repository, row, data);
        reencrypted++;
      });
      return {
        reencrypted,
        unreadable,
        remaining: await createVaultMaintenanceRepository(db).countWithOtherKey(currentKeyId),
      };
    },
    /**
     * The startup check of issue 16: a row sealed under its employee id as a URL spelled it
     * (upper case) does not open under the stored ids. Each such row is opened under the former
     * spellings, re-sealed under the canonical context (and the current key) and audited in the
     * batch's transaction.
     */
    async repairSealContexts(): Promise<{ checked: number; repaired: number; unreadable: number }> {
      let checked = 0;
      let repaired = 0;
      let unreadable = 0;
      await walkSealedRows(undefined, async (repository, row, tx) => {
        checked++;
        if (opensAsStored(row)) return;
        const open = (field: 'bsn' | 'contact', sealed: string) =>
          openUnderAny(
            secretBox,
            sealed,
            formerContexts([row.employerId, row.employeeId], (employerId, employeeId) =>
              sealContext(field, employerId, employeeId),
            ),
          );
        const contact = open('contact', row.contactSealed);
        const bsn = row.bsnSealed === null ? null : open('bsn', row.bsnSealed);
        if (contact === undefined || bsn === undefined) {
          unreadable++;
          return;
        }
        await reseal(repository, row, personalDataOf(contact, bsn));
        // In the batch's transaction: the repair and its audit entry commit together.
        await audit.record(
          {
            employerId: row.employerId,
            action: 'vault.seal_context_repaired',
            subjectType: 'employee',
            subjectId: row.employeeId,
          },
          tx,
        );
        repaired++;
      });
      return { checked, repaired, unreadable };
    },
  };
}
