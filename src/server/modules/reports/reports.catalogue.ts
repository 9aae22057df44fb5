/**
 * What each statistical report is made of: its computation, its workbook and its PDF. One list
 * serves the report routes (`reports.routes.ts`) and the background exports
 * (`reports.exportjobs.usecases.ts`), so a report is made the same way on both paths.
 */
import type { ExportableReport } from '../../../contracts/report-exports.js';
import type { ReportFilter } from '../../../contracts/reports.js';
import type { ExportContext } from './reports.exports.js';
import { absenceAnalysisPdf, quarterlyPdf } from './reports.figures.pdf.models.js';
import { absenceAnalysisWorkbook, quarterlyWorkbook } from './reports.figures.workbook.models.js';
import { absencePercentagePdf } from './reports.pdf.models.js';
import { annualSummaryPdf } from './reports.snapshots.pdf.models.js';
import type { SnapshotActor, SnapshotsUseCases } from './reports.snapshots.usecases.js';
import { annualSummaryWorkbook } from './reports.snapshots.workbook.models.js';
import type { ReportsUseCases } from './reports.usecases.js';
import { absencePercentageWorkbook } from './reports.workbook.models.js';

export type ReportMakerFilter = Omit<ReportFilter, 'format'>;

// Method syntax on purpose: each report's own type stays checked where it is listed below, and
// the list as a whole can be read as makers of some report.
export type ReportMaker<Report> = {
  /** The i18n key of the file name. */
  fileName: string;
  compute(actor: SnapshotActor, filter: ReportMakerFilter): Promise<Report>;
  workbook(report: Report, context: ExportContext): Promise<Buffer>;
  pdf(report: Report, context: ExportContext): Promise<Buffer>;
};

const maker = <Report>(definition: ReportMaker<Report>) => definition;

export function reportMakers(
  reports: Pick<ReportsUseCases, 'absencePercentage' | 'quarterly' | 'absenceAnalysis'>,
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
  } satisfies Record<ExportableReport, ReportMaker<unknown>>;
}
