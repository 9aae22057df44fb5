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

/** After the password: the second factor, or (no factor enrolled yet) the first-login setup. */
export const loginResponseSchema = z.object({
  status: z.enum(['second_factor_required', 'setup_required']),
  factors: z.array(secondFactorKindSchema),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

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
  employer: z
    .object({
      id: z.string(),
      name: z.string(),
      /** none | full | absence_only: fields the HR system owns are read-only in the UI. */
      hrIntegrationMode: z.string(),
    })
    .nullable(),
  role: z.string(),
  /** Linked to more than one employer, or an operator: the header offers the employer switch. */
  canSwitchEmployer: z.boolean(),
  /** An explicit dossier scope that names nobody: the UI says the user sees no employees. */
  seesNoEmployees: z.boolean(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const meResponseSchema = z.object({ user: currentUserSchema });

export const preferencesRequestSchema = z.strictObject({ locale: localeSchema });

/** A new password: the server checks the policy (12–1000 characters, not common, not the login name). */
const newPassword = z.string().min(1).max(1000);
const linkToken = z.string().trim().min(20).max(200);

/** Recovery: the same answer whether or not an account exists. */
export const forgotLoginNameRequestSchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
});
export const forgotPasswordRequestSchema = z.strictObject({
  loginName: z.string().trim().min(1).max(200),
});
export const recoveryResponseSchema = z.object({ status: z.literal('sent_if_known') });

export const linkCheckRequestSchema = z.strictObject({ token: linkToken });
export const linkCheckResponseSchema = z.object({
  purpose: z.enum(['reset_password', 'set_password', 'confirm_email']),
});
export const setPasswordWithLinkRequestSchema = z.strictObject({
  token: linkToken,
  password: newPassword,
});
export const setPasswordWithLinkResponseSchema = z.object({
  status: z.enum(['password_set', 'setup_required']),
});
export const confirmEmailRequestSchema = z.strictObject({ token: linkToken });

/** Step-up before security settings: the password, then a second factor. */
export const stepUpPasswordRequestSchema = z.strictObject({
  password: z.string().min(1).max(1000),
});
export const stepUpPasswordResponseSchema = z.object({
  factors: z.array(secondFactorKindSchema),
});
export const stepUpStatusResponseSchema = z.object({
  fresh: z.boolean(),
  /** ISO time until which the step-up holds. */
  until: z.string().nullable(),
});

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1000),
  newPassword,
});
export const changeEmailRequestSchema = z.strictObject({
  email: z.email().max(320),
});

export const sessionInfoSchema = z.object({
  id: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionInfoSchema) });
export const endSessionsResponseSchema = z.object({ ended: z.number().int() });
