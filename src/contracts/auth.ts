import { z } from 'zod';
import { localeSchema } from './common.js';

export const loginRequestSchema = z.strictObject({
  loginName: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const secondFactorKindSchema = z.enum(['totp']);

export const loginResponseSchema = z.object({
  status: z.literal('second_factor_required'),
  factors: z.array(secondFactorKindSchema),
});

export const secondFactorRequestSchema = z.strictObject({
  kind: secondFactorKindSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
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
