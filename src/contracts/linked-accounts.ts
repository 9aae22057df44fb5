import { z } from 'zod';
import { entityIdSchema } from './common.js';
import { employerRoles } from './permissions.js';

/**
 * Linked accounts (SPEC.md §2.1): one login serving several employers, with a role (and dossier
 * scope) per employer; the user switches employer in the header.
 */

/** An employer the user may switch to; `role` is the user's role there (null for operators). */
export const employerChoiceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
});
export type EmployerChoice = z.infer<typeof employerChoiceSchema>;

export const myEmployersResponseSchema = z.object({
  employers: z.array(employerChoiceSchema),
  /** Operators see every employer: the list is cut at this many, narrow it with `search`. */
  truncated: z.boolean(),
});
export type MyEmployers = z.infer<typeof myEmployersResponseSchema>;

export const myEmployersQuerySchema = z.object({
  search: z.string().trim().max(200).optional(),
});

export const switchEmployerRequestSchema = z.strictObject({ employerId: entityIdSchema });

/** An account linked to an employer (Werkgevers > Gekoppelde accounts). */
export const employerMemberSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  role: z.string(),
  /** How many employers the login is linked to; the last link cannot be removed. */
  employerCount: z.number().int(),
});
export type EmployerMember = z.infer<typeof employerMemberSchema>;
export const employerMembersResponseSchema = z.object({ members: z.array(employerMemberSchema) });

export const linkAccountRequestSchema = z.strictObject({
  loginName: z.string().trim().min(1).max(200),
  role: z.enum(employerRoles),
});
export type LinkAccountRequest = z.infer<typeof linkAccountRequestSchema>;
