/**
 * The use cases of the cases module, one file per subject (cases.<subject>.usecases.ts).
 * Every use case opens one tenant transaction and writes its audit entry in it
 * (`inCasesTransaction`, cases.context.ts).
 */
import type { TenantDb } from '../../db/tenancy.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { CasesDependencies } from './cases.context.js';

export type { CasesDependencies } from './cases.context.js';
export type { RetentionCaseRow } from './cases.retention.usecases.js';
import { flagUseCases } from './cases.flags.usecases.js';
import { pregnancyUseCases } from './cases.pregnancy.usecases.js';
import { caseReadUseCases } from './cases.reads.usecases.js';
import { caseRetentionUseCases } from './cases.retention.usecases.js';
import { caseSubjectAccessUseCases } from './cases.subject-access.usecases.js';
import { caseSignalUseCases } from './cases.signals.usecases.js';
import { caseStatisticsUseCases } from './cases.statistics.usecases.js';
import { sickReportUseCases } from './cases.sick-report.usecases.js';
import { sickTodayUseCases } from './cases.sick-today.usecases.js';
import { sicknessChangeUseCases } from './cases.sickness.usecases.js';
import { caseTaskUseCases } from './cases.tasks.usecases.js';
import { caseWithdrawalUseCases } from './cases.withdrawal.usecases.js';
export type { SubjectAccessCases } from './cases.subject-access.usecases.js';

function casesUseCasesOn(dependencies: CasesDependencies) {
  const context = { ...dependencies, today: () => amsterdamDateOf(dependencies.clock.now()) };
  return {
    ...sickReportUseCases(context),
    ...sicknessChangeUseCases(context),
    ...caseWithdrawalUseCases(context),
    ...flagUseCases(context),
    ...pregnancyUseCases(context),
    ...caseReadUseCases(context),
    ...sickTodayUseCases(context),
    ...caseSignalUseCases(),
    ...caseStatisticsUseCases(),
    ...caseTaskUseCases(context),
    ...caseRetentionUseCases(),
    ...caseSubjectAccessUseCases(),
  };
}

export function createCasesUseCases(dependencies: CasesDependencies) {
  return {
    ...casesUseCasesOn(dependencies),
    /**
     * The same use cases inside a tenant transaction another use case holds (each then runs in
     * a savepoint of it), so that several changes succeed or fail together: a SIVI message is
     * applied all-or-nothing.
     */
    within(tx: TenantDb) {
      return casesUseCasesOn({ ...dependencies, db: tx });
    },
  };
}

export type CasesUseCases = ReturnType<typeof createCasesUseCases>;
