/**
 * What each statistical report is made of: its computation, its workbook and its PDF. One list
 * serves the report routes (`reports.routes.ts`) and the background exports
 * (`reports.exportjobs.usecases.ts`), so a report is made the same way on both paths.
 */
import type { Readable } from 'node:stream';
import type {
  AbsencePerEmployeeFilter,
  CaseHistoryFilter,
} from '../../../contracts/report-lists.js';
import type { ExportableReport } from '../../../contracts/report-exports.js';
import type { ExportContext } from './reports.exports.js';
import { absenceAnalysisPdf, quarterlyPdf } from './reports.figures.pdf.models.js';
import { absenceAnalysisWorkbook, quarterlyWorkbook } from './reports.figures.workbook.models.js';
import {
  absencePerEmployeePdf,
  caseHistoryPdf,
  insurerCasesPdf,
} from './reports.lists.pdf.models.js';
import type { ListActor } from './reports.lists.usecases.js';
import {
  absencePerEmployeeWorkbook,
  caseHistoryWorkbook,
  insurerCasesWorkbook,
} from './reports.lists.workbook.models.js';
import { absencePercentagePdf } from './reports.pdf.models.js';
import { annualSummaryPdf } from './reports.snapshots.pdf.models.js';
import type { SnapshotActor, SnapshotsUseCases } from './reports.snapshots.usecases.js';
import { annualSummaryWorkbook } from './reports.snapshots.workbook.models.js';
import type { ReportsUseCases } from './reports.usecases.js';
import { absencePercentageWorkbook } from './reports.workbook.models.js';

/**
 * Every report's filter, with the lists' own: OverzichtVerzuimPerMedewerker's causes and vangnet,
 * Trajecthistorie's protocols and status (each report ignores the others').
 */
export type ReportMakerFilter = Omit<CaseHistoryFilter & AbsencePerEmployeeFilter, 'format'>;
/** Who a report is made for: their scope, and for the lists their role and request (audit). */
export type ReportMakerActor = SnapshotActor & ListActor;

// Method syntax on purpose: each report's own type stays checked where it is listed below, and
// the list as a whole can be read as makers of some report.
export type ReportMaker<Report> = {
  /** The i18n key of the file name. */
  fileName: string;
  compute(actor: ReportMakerActor, filter: ReportMakerFilter): Promise<Report>;
  /** A workbook in memory, or streamed as it is written (the long list reports). */
  workbook(report: Report, context: ExportContext): Promise<Buffer> | Readable;
  pdf(report: Report, context: ExportContext): Promise<Buffer>;
};

const maker = <Report>(definition: ReportMaker<Report>) => definition;

export function reportMakers(
  reports: Pick<
    ReportsUseCases,
    | 'absencePercentage'
    | 'quarterly'
    | 'absenceAnalysis'
    | 'absencePerEmployee'
    | 'insurerCases'
    | 'caseHistory'
  >,
  snapshots: Pick<SnapshotsUseCases, 'annualSummary'>,
) {
  return {
    'verzuimpercentage-per-maand': maker({
      fileName: 'reports.absencePercentage.fileName',
      compute: reports.absencePercentage,
      workbook: absencePercentageWorkbook,
      pdf: absencePercentagePdf,
    }),
    kwartaalrapportage: maker({
      fileName: 'reports.quarterly.fileName',
      compute: reports.quarterly,
      workbook: quarterlyWorkbook,
      pdf: quarterlyPdf,
    }),
    'verzuimanalyse-totaal': maker({
      fileName: 'reports.analysis.fileName',
      compute: reports.absenceAnalysis,
      workbook: absenceAnalysisWorkbook,
      pdf: absenceAnalysisPdf,
    }),
    'verzuimsamenvatting-jaar': maker({
      fileName: 'reports.annualSummary.fileName',
      compute: snapshots.annualSummary,
      workbook: annualSummaryWorkbook,
      pdf: annualSummaryPdf,
    }),
    'verzuim-per-medewerker': maker({
      fileName: 'reportLists.absencePerEmployee.fileName',
      compute: reports.absencePerEmployee,
      workbook: absencePerEmployeeWorkbook,
      pdf: absencePerEmployeePdf,
    }),
    'ziektetrajecten-per-verzekeraar': maker({
      fileName: 'reportLists.insurerCases.fileName',
      compute: reports.insurerCases,
      workbook: insurerCasesWorkbook,
      pdf: insurerCasesPdf,
    }),
    trajecthistorie: maker({
      fileName: 'reportLists.caseHistory.fileName',
      compute: reports.caseHistory,
      workbook: caseHistoryWorkbook,
      pdf: caseHistoryPdf,
    }),
  } satisfies Record<ExportableReport, ReportMaker<unknown>>;
}
