import { z } from 'zod';
import { localeSchema } from './common.js';

export const loginRequestSchema = z.strictObject({
  loginName: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** What a user can log in with after the password. Backup codes are always a fallback. */
export const secondFactorKindSchema = z.enum(['totp', 'sms', 'webauthn', 'backup_code']);
export type SecondFactorKind = z.infer<typeof secondFactorKindSchema>;

export const loginResponseSchema = z.object({
  status: z.literal('second_factor_required'),
  factors: z.array(secondFactorKindSchema),
});

const sixDigits = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

/** The proof of the second step; WebAuthn carries the browser's assertion JSON. */
export const secondFactorProofSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('totp'), code: sixDigits }),
  z.strictObject({ kind: z.literal('sms'), code: sixDigits }),
  z.strictObject({ kind: z.literal('backup_code'), code: z.string().trim().min(8).max(64) }),
  z.strictObject({ kind: z.literal('webauthn'), response: z.record(z.string(), z.unknown()) }),
]);
export type SecondFactorProof = z.infer<typeof secondFactorProofSchema>;
export const secondFactorRequestSchema = secondFactorProofSchema;

/** Ask for an SMS code to be sent, or for WebAuthn options, for the pending login. */
export const secondFactorChallengeRequestSchema = z.strictObject({
  kind: z.enum(['sms', 'webauthn']),
});
export const secondFactorChallengeResponseSchema = z.object({
  kind: z.enum(['sms', 'webauthn']),
  /** SMS: the last digits of the number the code went to. */
  maskedPhone: z.string().optional(),
  /** WebAuthn: PublicKeyCredentialRequestOptionsJSON for @simplewebauthn/browser. */
  options: z.record(z.string(), z.unknown()).optional(),
});

export const currentUserSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  employer: z.object({ id: z.string(), name: z.string() }).nullable(),
  role: z.string(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const meResponseSchema = z.object({ user: currentUserSchema });

export const preferencesRequestSchema = z.strictObject({ locale: localeSchema });
