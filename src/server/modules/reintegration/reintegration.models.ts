/**
 * Pure rules of the re-integration documents (issue 14): a template's fields prefilled from the
 * dossier, the check of an edit against its template, and the PDF of a final document as the
 * neutral document of platform/pdf. No database, no clock. Never a medical note: the only dossier
 * data read are the employee's name, the first sick day and the functional advice (which the
 * company doctor writes for the employer).
 */
import { formatDate, formatDateTime } from '../../../contracts/formats.js';
import {
  type ReintegrationFields,
  type ReintegrationKind,
  type ReintegrationSection,
  reintegrationKindKeys,
  reintegrationSectionKeys,
  reintegrationTemplates,
} from '../../../contracts/reintegration.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import type { PdfBlock, PdfReportDocument } from '../../platform/pdf/pdf.js';

export type FunctionalAdviceFacts = {
  workPossible: string;
  expectedDuration: string;
  adjustments: string;
} | null;

export const sectionsOf = (kind: ReintegrationKind): readonly ReintegrationSection[] =>
  reintegrationTemplates[kind].sections;

/** A new draft's fields: every section of the template, prefilled where the dossier knows it. */
export function prefilledFields(
  kind: ReintegrationKind,
  advice: FunctionalAdviceFacts,
): ReintegrationFields {
  const known: Record<string, string> =
    kind === 'problem_analysis' && advice !== null
      ? {
          workPossible: advice.workPossible,
          expectedDuration: advice.expectedDuration,
          adjustments: advice.adjustments,
        }
      : {};
  return Object.fromEntries(sectionsOf(kind).map((section) => [section, known[section] ?? '']));
}

/** The sections of an edit that its template does not have (refused), none when it fits. */
export function unknownSections(kind: ReintegrationKind, fields: ReintegrationFields): string[] {
  const sections = new Set<string>(sectionsOf(kind));
  return Object.keys(fields).filter((key) => !sections.has(key));
}

/** The edit over the stored fields: sections left out keep their text. */
export function mergedFields(
  kind: ReintegrationKind,
  stored: ReintegrationFields,
  edit: ReintegrationFields,
): ReintegrationFields {
  return Object.fromEntries(
    sectionsOf(kind).map((section) => [section, (edit[section] ?? stored[section] ?? '').trim()]),
  );
}

/** The file name of the PDF in the dossier: kind, employee and version, safe characters only. */
export function pdfFileName(title: string, employeeName: string, version: number): string {
  const safe = `${title} ${employeeName} v${version}`
    .normalize('NFKD')
    .replace(/[^\w .-]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${safe}.pdf`;
}

export type PdfInput = {
  kind: ReintegrationKind;
  version: number;
  facts: { employeeName: string; firstSickDay: string };
  fields: ReintegrationFields;
  finalizedAt: Date;
  finalizedByName: string;
};

/** The final document as platform/pdf's document, in the language of `t` (`language`, BCP 47). */
export function reintegrationPdf(
  input: PdfInput,
  t: Translate,
  language: string,
): PdfReportDocument {
  const blocks: PdfBlock[] = sectionsOf(input.kind).flatMap((section): PdfBlock[] => [
    { kind: 'heading', text: t(reintegrationSectionKeys[section]) },
    { kind: 'paragraph', text: input.fields[section]?.trim() || '—' },
  ]);
  return {
    title: t(reintegrationKindKeys[input.kind]),
    description: input.facts.employeeName,
    filters: [
      { label: t('reintegration.pdf.employee'), value: input.facts.employeeName },
      {
        label: t('reintegration.pdf.firstSickDay'),
        value: formatDate(input.facts.firstSickDay, language),
      },
      { label: t('reintegration.pdf.version'), value: String(input.version) },
      {
        label: t('reintegration.pdf.finalized'),
        value: `${formatDateTime(input.finalizedAt, language)}, ${input.finalizedByName}`,
      },
    ],
    blocks,
    explanation: {
      title: t('reintegration.pdf.explanationTitle'),
      paragraphs: [
        { text: t('reintegration.pdf.signOff') },
        { text: t('reintegration.pdf.noMedical') },
      ],
    },
    printedAt: input.finalizedAt,
    language,
    labels: {
      filters: t('reintegration.pdf.facts'),
      printed: t('reintegration.pdf.printed', {
        date: formatDateTime(input.finalizedAt, language),
      }),
      page: (current, total) => t('reintegration.pdf.page', { current, total }),
    },
  };
}
