import { z } from 'zod';
import { entityIdSchema, isoDateSchema } from './common.js';

/** Filters of the audit log viewer (operator admin); dates are Amsterdam days, both inclusive. */
export const auditFilterSchema = z.object({
  employerId: entityIdSchema.optional(),
  /** The acting user's login name (exact, any case). */
  loginName: z.string().trim().min(1).max(200).optional(),
  /** An action or the start of one: `departments.` finds every department action. */
  action: z.string().trim().min(1).max(100).optional(),
  subjectType: z.string().trim().min(1).max(100).optional(),
  subjectId: z.string().trim().min(1).max(200).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditPageQuerySchema = auditFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const auditEntrySchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  employerId: z.string().nullable(),
  employerName: z.string().nullable(),
  userId: z.string().nullable(),
  loginName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditPageResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  hasMore: z.boolean(),
});
export type AuditPage = z.infer<typeof auditPageResponseSchema>;
