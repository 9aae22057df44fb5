import { z } from 'zod';
import { entityIdSchema, isoDateSchema } from './common.js';
import { employerRoles } from './permissions.js';

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

/** Gender as the manual's form asks it: man, vrouw, anders (x). */
export const userGenders = ['m', 'f', 'x'] as const;
export const userGenderSchema = z.enum(userGenders);
export type UserGender = z.infer<typeof userGenderSchema>;

const name = z.string().trim().min(1).max(100);
const email = z.email().trim().max(320);
/** Login names: letters, digits and `. _ @ -`; unique regardless of case (checked by the server). */
const loginName = z
  .string()
  .trim()
  .min(3)
  .max(100)
  .regex(/^[\p{L}\p{N}._@-]+$/u);

/**
 * Adding a user (SPEC.md §2.2). Only employer roles: operator roles are never handed out here.
 * `inheritScope` is the manual's "autorisatie-overname": yes gives the whole employer, no
 * starts with no employees until "Dossiertoegang beheren" sets them. 2FA is always on and is
 * not a field. The validity period is optional; both days count (Amsterdam dates).
 */
export const createUserRequestSchema = z.strictObject({
  firstName: name,
  lastName: name,
  gender: userGenderSchema,
  email,
  role: z.enum(employerRoles),
  loginName,
  validFrom: isoDateSchema.nullable().optional(),
  validUntil: isoDateSchema.nullable().optional(),
  inheritScope: z.boolean(),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/** Editing: every field optional; a validity day set to null removes that limit. */
export const updateUserRequestSchema = z.strictObject({
  firstName: name.optional(),
  lastName: name.optional(),
  gender: userGenderSchema.optional(),
  email: email.optional(),
  role: z.enum(employerRoles).optional(),
  loginName: loginName.optional(),
  validFrom: isoDateSchema.nullable().optional(),
  validUntil: isoDateSchema.nullable().optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

/** One account as its detail page in Gebruikersbeheer shows it. */
export const userDetailSchema = z.object({
  id: z.string(),
  loginName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  gender: userGenderSchema.nullable(),
  email: z.string(),
  role: z.string(),
  status: userStatusSchema,
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** When "meteen deactiveren" was used (ISO timestamp), else null. */
  deactivatedAt: z.string().nullable(),
  /** Whether the actor is looking at their own account (no deactivating oneself). */
  isSelf: z.boolean(),
  scopeMode: z.enum(['inherited', 'explicit']),
});
export type UserDetail = z.infer<typeof userDetailSchema>;
export const userDetailResponseSchema = z.object({ user: userDetailSchema });
export type UserDetailResponse = z.infer<typeof userDetailResponseSchema>;

export const scopeModes = ['inherited', 'explicit'] as const;

/**
 * "Dossiertoegang beheren": which employees the user sees. `inherited` (autorisatie-overname)
 * is the whole employer; `explicit` is the whole employer when `wholeEmployer`, else the listed
 * departments (with their sub-departments, also later ones) and employees.
 */
export const userScopeRequestSchema = z.strictObject({
  mode: z.enum(scopeModes),
  wholeEmployer: z.boolean(),
  departmentIds: z.array(entityIdSchema).max(1000),
  employeeIds: z.array(entityIdSchema).max(5000),
});
export type UserScopeRequest = z.infer<typeof userScopeRequestSchema>;

/** An employee as the scope tree shows them. */
export const scopeEmployeeSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The department the employee belongs to today (or last did). */
  departmentId: z.string().nullable(),
});
export type ScopeEmployee = z.infer<typeof scopeEmployeeSchema>;

export const userScopeResponseSchema = z.object({
  mode: z.enum(scopeModes),
  wholeEmployer: z.boolean(),
  departmentIds: z.array(z.string()),
  /** The selected employees with name and department, so the tree can show them unexpanded. */
  employees: z.array(scopeEmployeeSchema),
});
export type UserScopeResponse = z.infer<typeof userScopeResponseSchema>;

export const scopeEmployeesResponseSchema = z.object({ employees: z.array(scopeEmployeeSchema) });
export type ScopeEmployeesResponse = z.infer<typeof scopeEmployeesResponseSchema>;
