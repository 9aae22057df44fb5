import { z } from 'zod';

/**
 * The check of an uploaded SIVI Verzuimmeldingen (issue 13): what the message holds, or every
 * refusal with the line and element it concerns. Nothing of the file is stored.
 */
export const siviCheckResponseSchema = z.object({
  valid: z.boolean(),
  employees: z.number().int(),
  cases: z.number().int(),
  refusals: z.array(
    z.object({
      line: z.number().int(),
      element: z.string(),
      code: z.string(),
      message: z.string(),
    }),
  ),
});
export type SiviCheckResponse = z.infer<typeof siviCheckResponseSchema>;
