import { and, eq, isNotNull } from 'drizzle-orm';
import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { FileStorage } from '../../platform/files/files.js';
import { reportExports, reportSnapshots } from './reports.table.js';

/**
 * Offboarding (issue 14): the employer's Verzuimsamenvatting snapshots and report exports; the
 * exports' files go after the caller's transaction committed (`eraseExportFiles`).
 */
export function reportOffboardingUseCases(files: FileStorage) {
  return {
    async eraseEmployerReportRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<{ counts: Record<string, number>; fileKeys: string[] }> {
      const keyed = await tx
        .select({ fileKey: reportExports.fileKey })
        .from(reportExports)
        .where(and(eq(reportExports.employerId, employerId), isNotNull(reportExports.fileKey)));
      return {
        counts: {
          reportSnapshots: await deleteEmployerRows(tx, reportSnapshots, employerId),
          reportExports: await deleteEmployerRows(tx, reportExports, employerId),
        },
        fileKeys: keyed.flatMap((row) => (row.fileKey === null ? [] : [row.fileKey])),
      };
    },

    /** Deletes the files of erased exports; a missing file is no error. */
    async eraseExportFiles(fileKeys: readonly string[]): Promise<void> {
      for (const key of fileKeys) await files.delete(key);
    },
  };
}
