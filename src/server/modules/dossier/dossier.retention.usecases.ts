import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierContext } from './dossier.context.js';
import { deleteDossierRows, type ErasedDossierRows } from './dossier.retention.repository.js';

/**
 * The retention clean-up's part of the case file (DOMAIN.md §5), in the caller's tenant
 * transaction; the stored files go after it committed (`eraseStoredFiles`), so a rolled-back
 * erasure never loses a file its row still names.
 */
export function dossierRetentionUseCases({ files }: Pick<DossierContext, 'files'>) {
  return {
    /** The notes and documents of the employee (null: all, with the medical notes) or of cases. */
    eraseDossierRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      caseIds: readonly string[] | null,
    ): Promise<ErasedDossierRows> {
      return deleteDossierRows(tx, employerId, employeeId, caseIds);
    },

    /** Deletes the files of erased documents; a missing file is no error. */
    async eraseStoredFiles(storageKeys: readonly string[]): Promise<void> {
      for (const key of storageKeys) await files.delete(key);
    },
  };
}
