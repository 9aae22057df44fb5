import { z } from 'zod';
import { entityIdSchema, storedDateSchema } from './common.js';

/**
 * Werklijst (issue 14): what a casemanager or bedrijfsarts has to do across the employers
 * assigned to them — new sick reports, open cases by duration, late and due tasks. Documents
 * waiting for sign-off are not in it: documents have no such state yet.
 */

/** A sick report is new while its first sick day lies this many days back or less. */
export const newSickReportDays = 7;

export const worklistShows = ['all', 'new', 'cases', 'late', 'due'] as const;
export const worklistSorts = ['urgency', 'employer', 'name', 'date', '-duration'] as const;

export const worklistQuerySchema = z.object({
  show: z.enum(worklistShows).default('all'),
  employerId: entityIdSchema.optional(),
  sort: z.enum(worklistSorts).default('urgency'),
});
export type WorklistQuery = z.input<typeof worklistQuerySchema>;
export type WorklistFilter = z.infer<typeof worklistQuerySchema>;

const itemBase = {
  employerId: z.string(),
  employerName: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
};

export const worklistItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('case'),
    ...itemBase,
    firstSickDay: storedDateSchema,
    durationDays: z.number().int(),
    percentage: z.number(),
    /** The first sick day lies at most `newSickReportDays` back. */
    isNew: z.boolean(),
  }),
  z.object({
    kind: z.literal('task'),
    ...itemBase,
    taskId: z.string(),
    taskName: z.string(),
    dueDate: storedDateSchema,
    /** Due before today. */
    late: z.boolean(),
  }),
]);
export type WorklistItem = z.infer<typeof worklistItemSchema>;

export const worklistResponseSchema = z.object({
  date: storedDateSchema,
  /** The employers assigned to the user, for the filter (empty: nothing assigned yet). */
  employers: z.array(z.object({ id: z.string(), name: z.string() })),
  items: z.array(worklistItemSchema),
});
export type Worklist = z.infer<typeof worklistResponseSchema>;
