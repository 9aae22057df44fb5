import type { Modules } from './modules.js';
import type { Db } from './db/connection.js';
import { type AuditWriter, queryAuditEntries } from './platform/audit/audit.js';

export type SealContextsReport = {
  vault: { checked: number; repaired: number; unreadable: number };
  medicalNotes: { checked: number; repaired: number; unreadable: number };
};

/** The audit entry that says the check has found everything readable once. */
const checkedEntry = {
  action: 'maintenance.seal_contexts_checked',
  subjectType: 'maintenance',
  subjectId: 'seal_contexts',
} as const;

/**
 * The startup check of issue 16 (docs/decisions/007-canonical-ids-and-seal-contexts.md): until
 * ids were canonical, a vault record or medical note could be sealed under an employee id as a
 * URL spelled it, and then opened for nobody. Each start repairs what it finds, until a run
 * leaves nothing unreadable; that run is recorded in the audit log and later starts skip the
 * walk (no write can reach a wrong context any more). Returns undefined when skipped.
 */
export async function checkSealContexts(
  db: Db,
  audit: AuditWriter,
  modules: Pick<Modules, 'vault' | 'dossier'>,
  log: Record<'info' | 'warn', (details: object, message: string) => void>,
): Promise<SealContextsReport | undefined> {
  const [done] = await queryAuditEntries(db, checkedEntry, { limit: 1 });
  if (done) return undefined;
  const report = {
    vault: await modules.vault.repairSealContexts(),
    medicalNotes: await modules.dossier.repairSealContexts(),
  };
  const unreadable = report.vault.unreadable + report.medicalNotes.unreadable;
  if (unreadable > 0) {
    log.warn(
      { sealContexts: report },
      `${unreadable} sealed values open under no spelling of their ids: left as they are; checked again at the next start`,
    );
  } else {
    log.info({ sealContexts: report }, 'seal contexts checked');
    await audit.record({ ...checkedEntry, details: report });
  }
  return report;
}
