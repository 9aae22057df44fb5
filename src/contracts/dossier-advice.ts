import { z } from 'zod';
import { entityIdSchema, isoDateSchema, storedDateSchema } from './common.js';

/**
 * What the arbodienst places in the employee's dossier for the employer (DOMAIN.md §5): the
 * company doctor's functional advice (what work is possible, expected duration, adjustments;
 * never a diagnosis) and the terugkoppeling after a consultation (casemanager or company doctor).
 * Both are read by the roles that read the dossier (`dossier.notes`); the medical file stays apart.
 */

export const adviceTextMaxLength = 4_000;
export const adviceDurationMaxLength = 500;
export const feedbackTextMaxLength = 10_000;

/** How the employee received the advice: by e-mail to the private address, or printed. */
export const adviceDeliveries = ['email', 'print'] as const;
export const adviceDeliverySchema = z.enum(adviceDeliveries);
export type AdviceDelivery = z.infer<typeof adviceDeliverySchema>;

export const newFunctionalAdviceSchema = z.strictObject({
  workPossible: z.string().trim().min(1).max(adviceTextMaxLength),
  expectedDuration: z.string().trim().min(1).max(adviceDurationMaxLength),
  adjustments: z.string().trim().max(adviceTextMaxLength).default(''),
  caseId: entityIdSchema.nullable().optional(),
});
export type NewFunctionalAdvice = z.infer<typeof newFunctionalAdviceSchema>;

export const functionalAdviceSchema = z.object({
  id: z.string(),
  workPossible: z.string(),
  expectedDuration: z.string(),
  adjustments: z.string(),
  caseId: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
  delivery: adviceDeliverySchema,
});
export type FunctionalAdvice = z.infer<typeof functionalAdviceSchema>;

export const functionalAdviceListResponseSchema = z.object({
  advices: z.array(functionalAdviceSchema),
});
export type FunctionalAdviceListResponse = z.infer<typeof functionalAdviceListResponseSchema>;

export const newFeedbackSchema = z.strictObject({
  consultationDate: isoDateSchema,
  text: z.string().trim().min(1).max(feedbackTextMaxLength),
  caseId: entityIdSchema.nullable().optional(),
});
export type NewFeedback = z.infer<typeof newFeedbackSchema>;

export const feedbackSchema = z.object({
  id: z.string(),
  consultationDate: storedDateSchema,
  text: z.string(),
  caseId: z.string().nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackListResponseSchema = z.object({ feedback: z.array(feedbackSchema) });
export type FeedbackListResponse = z.infer<typeof feedbackListResponseSchema>;
