import { z } from 'zod';
import { entityIdSchema } from './common.js';

/**
 * Assignments of the arbodienst's casemanagers and bedrijfsartsen to employers, or to one
 * department of an employer (issue 14): the operator admin keeps them in Werkgevers; a care role's
 * work list reads the assigned employers only.
 */

/** The operator roles that are assigned to employers. */
export const careRoles = ['case_manager', 'company_doctor'] as const;
export type CareRole = (typeof careRoles)[number];

export const careAssignmentSchema = z.object({
  id: z.string(),
  userId: z.string(),
  displayName: z.string(),
  loginName: z.string(),
  role: z.enum(careRoles),
  /** Null: the whole employer. */
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
});
export type CareAssignment = z.infer<typeof careAssignmentSchema>;

/** A casemanager or bedrijfsarts who can be assigned (an active operator account). */
export const careCandidateSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.enum(careRoles),
});
export type CareCandidate = z.infer<typeof careCandidateSchema>;

export const careAssignmentsResponseSchema = z.object({
  assignments: z.array(careAssignmentSchema),
  candidates: z.array(careCandidateSchema),
  /** The employer's open departments, to assign to one of them. */
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type CareAssignments = z.infer<typeof careAssignmentsResponseSchema>;

export const assignCareRequestSchema = z.strictObject({
  userId: entityIdSchema,
  departmentId: entityIdSchema.nullable(),
});
export type AssignCareRequest = z.infer<typeof assignCareRequestSchema>;
