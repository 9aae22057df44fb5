import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * Offboarding an employer (issue 14): the operator admin downloads everything of the employer,
 * then erases it (AVG), confirming with the employer's name; refused while a dossier carries
 * "lopende rechtszaak".
 */
export const offboardingEraseRequestSchema = z.object({
  /** The employer's name as stored, typed by the operator admin (compared as given, trimmed). */
  confirmName: z.string().max(500),
});
export type OffboardingEraseRequest = z.infer<typeof offboardingEraseRequestSchema>;

/** The erasure report: how many rows of each kind went (never content), and the files. */
export const offboardingReportSchema = z.object({
  employerId: entityIdSchema,
  erasedAt: z.string(),
  /** Rows per kind: employees, cases, documents, departments, users, sessions… */
  erased: z.record(z.string(), z.number().int().min(0)),
  /** Stored files deleted after the erasure committed (documents and report exports). */
  files: z.number().int().min(0),
});
export type OffboardingReport = z.infer<typeof offboardingReportSchema>;
