import { z } from 'zod';
import { entityIdSchema, isoDateSchema } from './common.js';
import {
  absencePercentageReportSchema,
  absencePercentageUnitSchema,
  countingMethodSchema,
  maxReportLevel,
  periodFiguresSchema,
  reportFilterSchema,
  reportFormatSchema,
} from './reports.js';

/**
 * Verzuimsamenvatting jaar (SPEC.md §2.8, issue 12): the main figures of a year, computed from a
 * snapshot of the data. `GET /api/reports/verzuimsamenvatting-jaar` computes them from the data
 * of now without keeping it (a GET changes nothing); `POST /api/reports/snapshots` records the
 * snapshot and answers the same report with its id; `GET /api/reports/snapshots/:id` opens it
 * again, with the same numbers whatever changed since.
 */

const withinOneYear = (filter: { from: string; to: string }) =>
  filter.from.slice(0, 4) === filter.to.slice(0, 4);
const oneYear = { path: ['to'], params: { code: 'report_period_one_year' } };

/** The report's filters: those of every report, within one calendar year. */
export const annualSummaryFilterSchema = reportFilterSchema.refine(withinOneYear, oneYear);
export type AnnualSummaryFilter = z.output<typeof annualSummaryFilterSchema>;

/** What `POST /api/reports/snapshots` takes: the query's filters as JSON. */
export const snapshotRequestSchema = z
  .strictObject({
    from: isoDateSchema,
    to: isoDateSchema,
    method: countingMethodSchema.default('calendar'),
    /** Departments (sub-departments included); empty: the whole employer. */
    unitIds: z.array(entityIdSchema).max(1_000).default([]),
    level: z.number().int().min(1).max(maxReportLevel).default(1),
  })
  .refine((filter) => filter.from <= filter.to, {
    path: ['to'],
    params: { code: 'report_period_reversed' },
  })
  .refine(withinOneYear, oneYear);
export type SnapshotRequest = z.output<typeof snapshotRequestSchema>;

export const annualSummaryUnitSchema = absencePercentageUnitSchema.extend({
  /** The unit's figures over the period (DOMAIN.md §4). */
  figures: periodFiguresSchema,
});

export const snapshotInfoSchema = z.object({
  id: z.string(),
  /** When the data was recorded (ISO timestamp). */
  createdAt: z.string(),
  from: z.string(),
  to: z.string(),
  method: countingMethodSchema,
  level: z.number().int(),
  unitIds: z.array(z.string()),
  /** Whether the current user recorded it. */
  mine: z.boolean(),
});
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;

export const annualSummaryReportSchema = absencePercentageReportSchema.extend({
  units: z.array(annualSummaryUnitSchema),
  /** The snapshot the figures come from; null when computed from the data of now, unrecorded. */
  snapshot: snapshotInfoSchema.nullable(),
});
export type AnnualSummaryReport = z.infer<typeof annualSummaryReportSchema>;

export const snapshotListSchema = z.object({ items: z.array(snapshotInfoSchema) });
export type SnapshotList = z.infer<typeof snapshotListSchema>;

export const snapshotParamsSchema = z.object({ id: entityIdSchema });
export const snapshotQuerySchema = z.object({ format: reportFormatSchema.default('json') });
