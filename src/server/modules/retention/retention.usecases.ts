import type {
  ExpiredDossier,
  RetentionEraseResult,
  RetentionPreview,
} from '../../../contracts/retention.js';
import { inTenant, trustEmployerId } from '../../db/tenancy.js';
import type { AuditActor } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import {
  createRetentionContext,
  expiredDossiersIn,
  type RetainingEmployer,
  type RetentionDependencies,
} from './retention.context.js';
import { offboardingUseCases } from './retention.offboarding.usecases.js';
import { subjectAccessUseCases } from './retention.subject-access.usecases.js';

export type { RetentionDependencies } from './retention.context.js';

/** Who erases: an operator admin ("Nu opschonen") or, null, the scheduled clean-up. */
export type RetentionActor = Pick<AuditActor, 'userId' | 'ip' | 'requestId'> | null;

const noneErased: RetentionEraseResult = { erasedDossiers: 0, erasedCases: 0 };
const add = (a: RetentionEraseResult, b: RetentionEraseResult): RetentionEraseResult => ({
  erasedDossiers: a.erasedDossiers + b.erasedDossiers,
  erasedCases: a.erasedCases + b.erasedCases,
});

/**
 * Bewaartermijnen (DOMAIN.md §5): the preview of what is expired at every employer, and the
 * erasure — one tenant transaction per dossier, which decides again on the data of that moment,
 * erases through the owning modules and records one audit entry (kinds, counts and ids, never
 * content); the documents' files go after it committed.
 */
export function createRetentionUseCases(dependencies: RetentionDependencies) {
  const context = createRetentionContext(dependencies);
  const { db, audit, organisation, employees, cases, tasks, dossier, vault, users, reintegration } =
    context;

  async function eraseDossier(
    employer: RetainingEmployer,
    employeeId: string,
    today: string,
    actor: RetentionActor,
  ): Promise<RetentionEraseResult> {
    const employerId = trustEmployerId(employer.id);
    const done = await inTenant(db, employerId, async (tx) => {
      if (!(await employees.lockEmployeeIn(tx, employerId, employeeId))) return null;
      const [decision] = await expiredDossiersIn(context, tx, employer, today, employeeId);
      if (!decision || decision.tags.length > 0) return null;
      const whole = decision.scope === 'employee';
      // Before the dossier's rows: a final re-integration document names its PDF.
      const reintegrationDocuments = await reintegration.eraseReintegrationDocumentsIn(
        tx,
        employerId,
        employeeId,
        whole ? null : decision.caseIds,
      );
      const files = await dossier.eraseDossierRowsIn(
        tx,
        employerId,
        employeeId,
        whole ? null : decision.caseIds,
      );
      const erased: Record<string, number> = {
        ...files.counts,
        reintegrationDocuments,
        tasks: await tasks.eraseTasksOfCasesIn(tx, employerId, decision.caseIds),
        ...(await cases.eraseCasesIn(tx, employerId, decision.caseIds)),
      };
      if (whole) {
        erased.vaultEntries = await vault.erasePersonalDataIn(tx, employerId, employeeId);
        erased.scopeEntries = await users.forgetScopeEmployeeIn(tx, employeeId);
        Object.assign(erased, await employees.eraseEmployeeIn(tx, employerId, employeeId));
      }
      await audit.record(
        {
          employerId,
          userId: actor?.userId ?? null,
          ...(actor ? { ip: actor.ip, requestId: actor.requestId } : {}),
          action: 'retention.erased',
          subjectType: 'employee',
          subjectId: employeeId,
          details: {
            scope: decision.scope,
            trigger: actor ? 'manual' : 'scheduled',
            expiredSince: decision.expiredSince,
            caseIds: decision.caseIds,
            erased,
          },
        },
        tx,
      );
      return { storageKeys: files.storageKeys, cases: decision.caseIds.length };
    });
    if (!done) return noneErased;
    await dossier.eraseStoredFiles(done.storageKeys);
    return { erasedDossiers: 1, erasedCases: done.cases };
  }

  async function expiredAt(employer: RetainingEmployer, today: string): Promise<ExpiredDossier[]> {
    return inTenant(db, trustEmployerId(employer.id), (tx) =>
      expiredDossiersIn(context, tx, employer, today),
    );
  }

  async function eraseExpired(
    employer: RetainingEmployer,
    actor: RetentionActor,
  ): Promise<RetentionEraseResult> {
    const today = context.today();
    let total = noneErased;
    for (const expired of await expiredAt(employer, today)) {
      if (expired.tags.length > 0) continue;
      total = add(total, await eraseDossier(employer, expired.employeeId, today, actor));
    }
    return total;
  }

  return {
    ...subjectAccessUseCases(context),
    ...offboardingUseCases(context),

    /** The operator admin's preview: per employer what is expired, and what a tag keeps. */
    async retentionPreview(): Promise<RetentionPreview> {
      const today = context.today();
      const employers = [];
      for (const employer of await organisation.listEmployers()) {
        const found = await expiredAt(employer, today);
        employers.push({
          employerId: employer.id,
          employerName: employer.name,
          absenceRetentionYears: employer.absenceRetentionYears,
          caseRetentionYears: employer.caseRetentionYears,
          expired: found.filter((entry) => entry.tags.length === 0),
          exempt: found.filter((entry) => entry.tags.length > 0),
        });
      }
      return { date: today, employers };
    },

    /** "Nu opschonen": what is expired at the employer now (or of one of its dossiers). */
    async eraseNow(
      actor: NonNullable<RetentionActor>,
      request: { employerId: string; employeeId?: string | undefined },
    ): Promise<RetentionEraseResult> {
      const employer = await organisation.getEmployer(request.employerId);
      if (!employer) throw errors.notFound();
      return request.employeeId === undefined
        ? eraseExpired(employer, actor)
        : eraseDossier(employer, request.employeeId, context.today(), actor);
    },

    /** The scheduled clean-up (job `retention-cleanup`): every employer's expired data. */
    async cleanup(): Promise<RetentionEraseResult> {
      let total = noneErased;
      for (const employer of await organisation.listEmployers()) {
        total = add(total, await eraseExpired(employer, null));
      }
      return total;
    },
  };
}

export type RetentionUseCases = ReturnType<typeof createRetentionUseCases>;
