import { z } from 'zod';
import { entityIdSchema, isoDateSchema } from './common.js';
import { countingMethodSchema, maxReportDays, maxReportLevel } from './reports.js';
import { daysBetweenInclusive, isDomainDate } from './civil-dates.js';
import { classificationSchema, classificationValues } from './cases.js';
import { caseProtocolCodes, caseStatuses, safetyNetChoices } from './report-lists.js';

/**
 * Report exports prepared in the background (issue 12): `POST /api/reports/exports` puts a
 * statistical report's Excel (or PDF) on the job queue; its progress is polled with `GET
 * /api/reports/exports`, and the file is downloadable by the requester for 7 days. The screen
 * offers it beside the direct download ("prepare in background"): a direct download of a large
 * selection keeps the browser waiting, the background export does not.
 */

/** The reports an export job can prepare: the figure reports and the list reports. */
export const exportableReports = [
  'verzuimpercentage-per-maand',
  'kwartaalrapportage',
  'verzuimanalyse-totaal',
  'verzuimsamenvatting-jaar',
  'verzuim-per-medewerker',
  'ziektetrajecten-per-verzekeraar',
  'trajecthistorie',
] as const;
export type ExportableReport = (typeof exportableReports)[number];

/** How long a prepared file stays downloadable. */
export const exportRetentionDays = 7;

export const exportRequestSchema = z
  .strictObject({
    report: z.enum(exportableReports),
    format: z.enum(['xlsx', 'pdf']),
    from: isoDateSchema,
    to: isoDateSchema,
    method: countingMethodSchema.default('calendar'),
    unitIds: z.array(entityIdSchema).max(1_000).default([]),
    level: z.number().int().min(1).max(maxReportLevel).default(1),
    /** OverzichtVerzuimPerMedewerker's own filters (other reports ignore them); none: all. */
    causes: z.array(classificationSchema).max(classificationValues.length).optional(),
    safetyNet: z.enum(safetyNetChoices).optional(),
    /** Trajecthistorie's own filters (other reports ignore them); none: every protocol, status. */
    protocols: z.array(z.enum(caseProtocolCodes)).max(caseProtocolCodes.length).optional(),
    status: z.enum(caseStatuses).optional(),
  })
  .refine((request) => request.from <= request.to, {
    path: ['to'],
    params: { code: 'report_period_reversed' },
  })
  .refine(
    (request) =>
      !isDomainDate(request.from) ||
      !isDomainDate(request.to) ||
      daysBetweenInclusive(request.from, request.to) <= maxReportDays,
    { path: ['to'], params: { code: 'report_period_too_long' } },
  )
  .refine(
    (request) =>
      request.report !== 'verzuimsamenvatting-jaar' ||
      request.from.slice(0, 4) === request.to.slice(0, 4),
    { path: ['to'], params: { code: 'report_period_one_year' } },
  );
export type ExportRequest = z.output<typeof exportRequestSchema>;

export const exportStatuses = ['queued', 'running', 'done', 'failed'] as const;

export const reportExportSchema = z.object({
  id: z.string(),
  report: z.enum(exportableReports),
  format: z.enum(['xlsx', 'pdf']),
  status: z.enum(exportStatuses),
  /** 0–100. */
  progress: z.number().int(),
  /** The file's name once it is ready. */
  fileName: z.string().nullable(),
  createdAt: z.string(),
  /** When the file is removed. */
  expiresAt: z.string(),
});
export type ReportExport = z.infer<typeof reportExportSchema>;

export const reportExportListSchema = z.object({ items: z.array(reportExportSchema) });
export type ReportExportList = z.infer<typeof reportExportListSchema>;

export const reportExportParamsSchema = z.object({ id: entityIdSchema });
