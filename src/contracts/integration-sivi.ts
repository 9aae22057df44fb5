import { z } from 'zod';
import { errorResponseSchema } from './common.js';

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

export const siviImportResults = ['applied', 'refused', 'repeated'] as const;
export const siviElementOutcomes = ['accepted', 'refused', 'repeated'] as const;

/** One element of an imported message in the processing log, with its reason when refused. */
export const siviImportElementSchema = z.object({
  path: z.string(),
  line: z.number().int(),
  /** VrzmgvlId and VrzmgvlVnrMld of a Vrzm; null for a refusal of the message as a whole. */
  absenceId: z.string().nullable(),
  sequence: z.number().int().nullable(),
  outcome: z.enum(siviElementOutcomes),
  code: z.string().nullable(),
  message: z.string().nullable(),
});

/** A message in the processing log: who sent it, when, the file, and the result. */
export const siviImportSummarySchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  reference: z.string().nullable(),
  result: z.enum(siviImportResults),
  /** The user's display name, or the API client's name. */
  by: z.string().nullable(),
  accepted: z.number().int(),
  refused: z.number().int(),
  repeated: z.number().int(),
});
export type SiviImportSummary = z.infer<typeof siviImportSummarySchema>;

export const siviImportSchema = siviImportSummarySchema.extend({
  elements: z.array(siviImportElementSchema),
});
export type SiviImport = z.infer<typeof siviImportSchema>;

/**
 * A refused message (422): its log entry, with the project's error shape beside it, so a client
 * that reads only `error.code` of every 4xx understands it too.
 */
export const siviImportRefusedSchema = siviImportSchema.extend(errorResponseSchema.shape);

export const siviImportListSchema = z.object({ imports: z.array(siviImportSummarySchema) });
export type SiviImportList = z.infer<typeof siviImportListSchema>;
