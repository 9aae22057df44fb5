/**
 * The use cases of the cases module, one file per operation or close group (cases.usecases.*.ts).
 * Every use case opens one tenant transaction and writes its audit entry in it
 * (`inCasesTransaction`, cases.usecases.context.ts).
 */
import { amsterdamDateOf } from '../../platform/dates.js';
import type { CasesDependencies } from './cases.usecases.context.js';
import { flagUseCases } from './cases.usecases.flags.js';
import { pregnancyUseCases } from './cases.usecases.pregnancy.js';
import { caseReadUseCases } from './cases.usecases.reads.js';
import { sickReportUseCases } from './cases.usecases.report-sick.js';
import { sicknessChangeUseCases } from './cases.usecases.sickness.js';

export function createCasesUseCases(dependencies: CasesDependencies) {
  const context = { ...dependencies, today: () => amsterdamDateOf(dependencies.clock.now()) };
  return {
    ...sickReportUseCases(context),
    ...sicknessChangeUseCases(context),
    ...flagUseCases(context),
    ...pregnancyUseCases(context),
    ...caseReadUseCases(context),
  };
}

export type CasesUseCases = ReturnType<typeof createCasesUseCases>;
