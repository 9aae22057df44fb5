import { z } from 'zod';
import { storedDateSchema } from './common.js';

/**
 * Where an employee's absence stands today, as the dossier header and the search results show it
 * (issue 18): "Ziek 50% sinds 3 november, dag 80, week 12 van 104", "Zwangerschapsverlof tot …",
 * or null when neither sick nor on leave. Pregnancy and maternity leave end dates are computed by
 * the cases module from the pregnancy's dates.
 */
export const absenceStateSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('sick'),
      /** Percentage sick today, 1–100. */
      percentage: z.number().int(),
      /** The first sick day of the current episode. */
      since: storedDateSchema,
      /** Today's sick-day number in the legal case (recurrences joined), and its week. */
      sickDay: z.number().int(),
      week: z.number().int(),
      ofWeeks: z.number().int(),
    }),
    z.object({
      kind: z.enum(['pregnancy_leave', 'maternity_leave']),
      /** The last day of the leave. */
      until: storedDateSchema,
    }),
  ])
  .nullable();
export type AbsenceState = z.infer<typeof absenceStateSchema>;

/** The next deadline of an open (or postponed) poortwachter task: its date and name. */
export const nextDeadlineSchema = z
  .object({
    dueDate: storedDateSchema,
    /** In the reader's language. */
    name: z.string(),
  })
  .nullable();
export type NextDeadline = z.infer<typeof nextDeadlineSchema>;
