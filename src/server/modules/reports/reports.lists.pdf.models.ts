/**
 * The list reports as PDF documents (landscape, their rows are wide): the filters used, the
 * screen's tables, and what the rows and their columns mean, in the user's language.
 */
import { formatDate } from '../../../contracts/formats.js';
import type {
  AbsencePerEmployeeReport,
  CaseHistoryReport,
  InsurerCasesReport,
} from '../../../contracts/report-lists.js';
import { reportFormatters } from '../../../contracts/report-charts.js';
import { type PdfBlock, type PdfReportDocument, renderPdf } from '../../platform/pdf/pdf.js';
import type { ExportContext } from './reports.exports.js';
import {
  absencePerEmployeeFilterLines,
  caseHistoryFilterLines,
  causeLabel,
} from './reports.lists.workbook.models.js';
import { documentFrame, explanation, filterLines } from './reports.pdf.models.js';

function listDocument(
  report: Pick<AbsencePerEmployeeReport, 'from' | 'to' | 'method' | 'level' | 'selectedUnits'>,
  context: ExportContext,
  content: {
    title: string;
    description: string;
    extraFilters?: PdfReportDocument['filters'];
    blocks: PdfBlock[];
    /** What the rows are, then the meaning of some columns. */
    explained: { term?: string; text: string }[];
  },
): Promise<Buffer> {
  const { t } = context;
  return renderPdf({
    title: content.title,
    description: content.description,
    filters: [...filterLines(report, context), ...(content.extraFilters ?? [])],
    landscape: true,
    blocks: content.blocks,
    explanation: {
      title: t('reports.explanation.title'),
      paragraphs: [...content.explained, ...explanation([], report.method, t).paragraphs],
    },
    ...documentFrame(context),
  });
}

export function absencePerEmployeePdf(
  report: AbsencePerEmployeeReport,
  context: ExportContext,
): Promise<Buffer> {
  const { t, locale } = context;
  const format = reportFormatters(locale);
  const date = (value: string | null) =>
    value === null ? t('reportLists.open') : formatDate(value, locale, 'short');
  return listDocument(report, context, {
    title: t('reportLists.absencePerEmployee.title'),
    description: t('reportLists.absencePerEmployee.description'),
    extraFilters: absencePerEmployeeFilterLines(report, t),
    blocks: [
      {
        kind: 'table',
        caption: t('reportLists.absencePerEmployee.caption'),
        columns: [
          { header: t('reportLists.columns.department') },
          { header: t('reportLists.columns.employee') },
          { header: t('reportLists.columns.personnelNumber') },
          { header: t('reportLists.columns.firstSickDay') },
          { header: t('reportLists.columns.lastSickDay') },
          { header: t('reportLists.columns.daysInPeriod'), numeric: true },
          { header: t('reportLists.columns.absenceDaysInPeriod'), numeric: true },
          { header: t('reportLists.columns.percentage'), numeric: true },
          { header: t('reportLists.columns.cause') },
        ],
        rows: report.rows.map((row) => [
          row.department,
          row.employeeName,
          row.personnelNumber ?? '',
          date(row.firstSickDay),
          date(row.lastSickDay),
          String(row.daysInPeriod),
          format.decimal(row.absenceDaysInPeriod),
          `${row.percentage}%`,
          causeLabel(row.cause, t),
        ]),
      },
    ],
    explained: [
      { text: t('reportLists.explanation.absencePerEmployee') },
      {
        term: t('reportLists.columns.daysInPeriod'),
        text: t('reportLists.explanation.daysInPeriod'),
      },
      {
        term: t('reportLists.columns.absenceDaysInPeriod'),
        text: t('reportLists.explanation.absenceDaysInPeriod'),
      },
      { term: t('reportLists.columns.cause'), text: t('reportLists.explanation.cause') },
    ],
  });
}

export function insurerCasesPdf(
  report: InsurerCasesReport,
  context: ExportContext,
): Promise<Buffer> {
  const { t, locale } = context;
  const date = (value: string | null) => (value === null ? '' : formatDate(value, locale, 'short'));
  const yes = (value: boolean) => (value ? t('reportLists.yes') : t('reportLists.no'));
  return listDocument(report, context, {
    title: t('reportLists.insurerCases.title'),
    description: t('reportLists.insurerCases.description'),
    blocks: report.insurers.map((group): PdfBlock => ({
      kind: 'table',
      caption: t('reportLists.insurerCases.caption', {
        insurer: group.insurer ?? t('reportLists.insurerCases.noInsurer'),
      }),
      columns: [
        { header: t('reportLists.columns.employee') },
        { header: t('reportLists.columns.department') },
        { header: t('reportLists.columns.reportDate') },
        { header: t('reportLists.columns.firstSickDay') },
        { header: t('reportLists.columns.lastSickDay') },
        { header: t('reportLists.columns.initialPercentage'), numeric: true },
        { header: t('reportLists.columns.partialRecoveryStart') },
        { header: t('reportLists.columns.workResumptionAdviceStart') },
        { header: t('reportLists.columns.therapeuticWorkStart') },
        { header: t('reportLists.columns.privateAccident') },
        { header: t('reportLists.columns.workAccident') },
        { header: t('reportLists.columns.thirdPartyLiability') },
        { header: t('reportLists.columns.labourConflict') },
        { header: t('reportLists.columns.safetyNet') },
      ],
      rows: group.rows.map((row) => [
        row.employeeName,
        row.department,
        date(row.reportDate),
        date(row.firstSickDay),
        row.lastSickDay === null ? t('reportLists.open') : date(row.lastSickDay),
        `${row.initialPercentage}%`,
        date(row.partialRecoveryStart),
        date(row.workResumptionAdviceStart),
        date(row.therapeuticWorkStart),
        yes(row.privateAccident),
        yes(row.workAccident),
        yes(row.thirdPartyLiability),
        yes(row.labourConflict),
        yes(row.safetyNet),
      ]),
    })),
    explained: [
      { text: t('reportLists.explanation.insurerCases') },
      {
        term: t('reportLists.columns.partialRecoveryStart'),
        text: t('reportLists.explanation.partialRecoveryStart'),
      },
    ],
  });
}

export function caseHistoryPdf(report: CaseHistoryReport, context: ExportContext): Promise<Buffer> {
  const { t, locale } = context;
  const date = (value: string | null) =>
    value === null ? t('reportLists.open') : formatDate(value, locale, 'short');
  const blocks: PdfBlock[] = [
    {
      kind: 'table',
      caption: t('reportLists.caseHistory.caption'),
      columns: [
        { header: t('reportLists.columns.department') },
        { header: t('reportLists.columns.employee') },
        { header: t('reportLists.columns.personnelNumber') },
        { header: t('reportLists.columns.protocol') },
        { header: t('reportLists.columns.status') },
        { header: t('reportLists.columns.cause') },
        { header: t('reportLists.columns.firstDay') },
        { header: t('reportLists.columns.lastDay') },
        { header: t('reportLists.caseHistory.history') },
      ],
      rows: report.cases.map((row) => [
        row.department,
        row.employeeName,
        row.personnelNumber ?? '',
        row.protocol,
        t(`reportLists.statuses.${row.status}`),
        row.kind === 'pregnancy' ? t('reportLists.pregnancy') : causeLabel(row.classification, t),
        date(row.firstDay),
        date(row.lastDay),
        row.history
          .map((step) => `${date(step.from)} – ${date(step.to)}: ${step.percentage}%`)
          .join('\n'),
      ]),
    },
  ];
  if (report.notesIncluded) {
    blocks.push({
      kind: 'table',
      caption: t('reportLists.caseHistory.notes'),
      columns: [
        { header: t('reportLists.columns.employee') },
        { header: t('reportLists.columns.firstDay') },
        { header: t('reportLists.columns.contactDate') },
        { header: t('reportLists.columns.contactType') },
        { header: t('reportLists.columns.author') },
        { header: t('reportLists.columns.note') },
      ],
      rows: report.cases.flatMap((row) =>
        row.notes.map((note) => [
          row.employeeName,
          date(row.firstDay),
          date(note.contactDate),
          t(`dossier.contactTypes.${note.contactType}`),
          note.authorName,
          note.text,
        ]),
      ),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: t('reportLists.caseHistory.notesHidden') });
  }
  return listDocument(report, context, {
    title: `${t('reportLists.caseHistory.title')}: ${report.employer}`,
    description: t('reportLists.caseHistory.description'),
    extraFilters: caseHistoryFilterLines(report, t),
    blocks,
    explained: [
      { text: t('reportLists.explanation.caseHistory') },
      { term: t('reportLists.caseHistory.history'), text: t('reportLists.explanation.history') },
    ],
  });
}
