import { z } from 'zod';

/**
 * How an account stands, as Gebruikersbeheer shows it: `expired` (deactivated or past its
 * validity), `blocked` (repeated failed logins, until unblocked), `invited` (first login not
 * completed) or `active`.
 */
export const userStatuses = ['active', 'blocked', 'expired', 'invited'] as const;
export const userStatusSchema = z.enum(userStatuses);
export type UserStatus = z.infer<typeof userStatusSchema>;

/** One account of the employer in the user list; `role` is the role at that employer. */
export const userSummarySchema = z.object({
  id: z.string(),
  loginName: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: z.string(),
  status: userStatusSchema,
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListResponseSchema = z.object({ users: z.array(userSummarySchema) });
export type UserListResponse = z.infer<typeof userListResponseSchema>;
