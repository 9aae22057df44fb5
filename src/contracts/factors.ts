import { z } from 'zod';
import { entityIdSchema } from './common.js';

/** Second factors as the security settings and the first-login enrolment see them. */
export const enrolledFactorKindSchema = z.enum(['totp', 'sms', 'webauthn']);
export type EnrolledFactorKind = z.infer<typeof enrolledFactorKindSchema>;

export const factorSummarySchema = z.object({
  id: z.string(),
  kind: enrolledFactorKindSchema,
  label: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type FactorSummary = z.infer<typeof factorSummarySchema>;

export const factorsResponseSchema = z.object({
  factors: z.array(factorSummarySchema),
  /** The verified mobile number, masked; null when there is none. */
  maskedPhone: z.string().nullable(),
  backupCodesRemaining: z.number().int(),
});
export type FactorsResponse = z.infer<typeof factorsResponseSchema>;

export const factorIdParamsSchema = z.object({ id: entityIdSchema });

const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

export const totpEnrolmentResponseSchema = z.object({ secret: z.string(), uri: z.string() });
export const confirmCodeRequestSchema = z.strictObject({ code: sixDigits });

export const smsEnrolmentRequestSchema = z.strictObject({
  phone: z.string().trim().min(8).max(30),
});
export const smsEnrolmentResponseSchema = z.object({ maskedPhone: z.string() });

/** PublicKeyCredentialCreationOptionsJSON for @simplewebauthn/browser. */
export const webauthnOptionsResponseSchema = z.object({
  options: z.record(z.string(), z.unknown()),
});
export const webauthnEnrolmentRequestSchema = z.strictObject({
  label: z.string().trim().min(1).max(60).optional(),
  response: z.record(z.string(), z.unknown()),
});

export const enrolmentResultSchema = z.object({
  factor: factorSummarySchema,
  /** New backup codes when this was the user's first factor (shown once), else null. */
  backupCodes: z.array(z.string()).nullable(),
});
export type EnrolmentResult = z.infer<typeof enrolmentResultSchema>;

export const backupCodesResponseSchema = z.object({ codes: z.array(z.string()) });

/** For the pending login: which factors to offer, and where an SMS would go. */
export const loginFactorOptionsResponseSchema = z.object({
  factors: z.array(z.enum(['totp', 'sms', 'webauthn', 'backup_code'])),
  maskedPhone: z.string().nullable(),
});
