import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { DossierContext } from './dossier.context.js';
import {
  subjectAccessDossier,
  type SubjectAccessDossier,
} from './dossier.subject-access.repository.js';

export type { SubjectAccessDossier } from './dossier.subject-access.repository.js';

/**
 * The inzage (AVG art. 15) of the retention module: the dossier's rows in its tenant
 * transaction (it audits), and the stored bytes of a document it read there.
 */
export function dossierSubjectAccessUseCases({ files }: Pick<DossierContext, 'files'>) {
  return {
    subjectAccessDossierIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<SubjectAccessDossier> {
      return subjectAccessDossier(tx, employerId, employeeId);
    },

    /** The bytes stored under a document's key (one the caller read with its row). */
    async storedDocumentBytes(storageKey: string): Promise<Buffer> {
      const chunks: Buffer[] = [];
      for await (const chunk of await files.get(storageKey)) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
      }
      return Buffer.concat(chunks);
    },
  };
}
