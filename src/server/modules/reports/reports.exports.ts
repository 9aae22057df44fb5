/**
 * Every report route answers the same way: `format=json` the report itself (the screen's
 * numbers), `xlsx` its Excel workbook, `pdf` its PDF document, each file as an attachment named
 * in the user's language after the report and its period.
 */
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReportFormat } from '../../../contracts/reports.js';
import type { Translate } from '../../platform/i18n/i18n.js';

/** What an export needs besides the report: the user's language and the moment of printing. */
export type ExportContext = { t: Translate; locale: string; printedAt: Date };

const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Sends `report` in the asked format; the JSON response schema applies to `format=json` only. */
export async function sendReport<Report>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: {
    format: ReportFormat;
    report: Report;
    /** Translated, without extension: "verzuimpercentage-per-maand-2025-01-01-2025-03-31". */
    fileName: string;
    /** A workbook in memory, or streamed as it is written (the long list reports). */
    workbook: (report: Report, context: ExportContext) => Promise<Buffer> | Readable;
    pdf: (report: Report, context: ExportContext) => Promise<Buffer>;
    /** The print date of a PDF. */
    now: Date;
  },
): Promise<Report | FastifyReply> {
  const { format, report } = options;
  if (format === 'json') return report;
  const context: ExportContext = { t: request.t, locale: request.locale, printedAt: options.now };
  const body =
    format === 'xlsx'
      ? await options.workbook(report, context)
      : await options.pdf(report, context);
  return (
    reply
      .header('content-type', contentTypes[format])
      .header('content-disposition', `attachment; filename="${options.fileName}.${format}"`)
      // A Buffer or a stream is sent as it is.
      .send(body as never)
  );
}
