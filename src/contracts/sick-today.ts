import { z } from 'zod';
import { nextDeadlineSchema } from './absence-state.js';
import { classificationSchema } from './cases.js';
import { entityIdSchema, storedDateSchema } from './common.js';

/** Actueel verzuim (issue 18): who in the user's scope is sick today, as a sortable, paged list. */

export const sickTodaySortKeys = [
  'name',
  'department',
  'firstSickDay',
  'percentage',
  'duration',
  'sickDay',
  'week',
  'nextDeadline',
] as const;
export type SickTodaySortKey = (typeof sickTodaySortKeys)[number];

/** `firstSickDay` sorts ascending, `-firstSickDay` descending. */
export const sickTodaySortSchema = z.enum([
  'name',
  '-name',
  'department',
  '-department',
  'firstSickDay',
  '-firstSickDay',
  'percentage',
  '-percentage',
  'duration',
  '-duration',
  'sickDay',
  '-sickDay',
  'week',
  '-week',
  'nextDeadline',
  '-nextDeadline',
]);
export type SickTodaySort = z.infer<typeof sickTodaySortSchema>;

/** The filter and order of the list and of its export. */
export const sickTodayFilterSchema = z.object({
  sort: sickTodaySortSchema.default('firstSickDay'),
  /** Only employees of this department and the departments below it. */
  department: entityIdSchema.optional(),
});

export const sickTodayQuerySchema = sickTodayFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SickTodayQuery = z.input<typeof sickTodayQuerySchema>;

export const sickTodayRowSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  firstSickDay: storedDateSchema,
  /** Percentage sick today, 1–100. */
  percentage: z.number().int(),
  /** Calendar days from the first sick day up to and including today. */
  durationDays: z.number().int(),
  /** Today's sick-day of the legal case (recurrences joined) and its week of `ofWeeks` (104). */
  sickDay: z.number().int(),
  week: z.number().int(),
  ofWeeks: z.number().int(),
  /** The next open task's deadline; null when none, or when the role does not work tasks. */
  nextDeadline: nextDeadlineSchema,
  /** Null when the role may not see it (or sees only "vangnet: ja"). */
  classification: classificationSchema.nullable(),
  safetyNet: z.boolean(),
});
export type SickTodayRow = z.infer<typeof sickTodayRowSchema>;

export const sickTodayResponseSchema = z.object({
  date: storedDateSchema,
  items: z.array(sickTodayRowSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Whether the role is shown classifications at all (the column is left out otherwise). */
  showsClassification: z.boolean(),
  /** Whether the role is shown the tasks' deadlines (tasks.work; the column is left out otherwise). */
  showsDeadlines: z.boolean(),
});
export type SickTodayResponse = z.infer<typeof sickTodayResponseSchema>;
