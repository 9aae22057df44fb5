import { z } from 'zod';

/** m | f | x (x: not stated or non-binary). */
export const genders = ['m', 'f', 'x'] as const;
export const genderSchema = z.enum(genders);

/** Type of an employment (employment_versions.employment_type). */
export const employmentTypeSchema = z.enum([
  'permanent',
  'fixed_term',
  'on_call',
  'temporary_agency',
  'other',
]);
export type EmploymentTypeValue = z.infer<typeof employmentTypeSchema>;

/** Reason given when an employee is reported out of service ("Uit dienst melden"). */
export const endReasonSchema = z.enum(['none', 'deceased']);
export type EndReason = z.infer<typeof endReasonSchema>;

/** How an employer's master data is maintained: in Verzuim, or by its HR system (koppeling). */
export const hrIntegrationModeSchema = z.enum(['none', 'full', 'absence_only']);
export type HrIntegrationMode = z.infer<typeof hrIntegrationModeSchema>;

/** The terms of an employment from `validFrom` up to and including `validUntil`. */
export const employmentVersionSchema = z.object({
  id: z.string(),
  validFrom: z.string(),
  /** The day before the next version starts; null for the latest version. */
  validUntil: z.string().nullable(),
  departmentId: z.string(),
  contractHoursPerWeek: z.number(),
  functionName: z.string().nullable(),
  functionGroup: z.string().nullable(),
  employmentType: z.string(),
  noRiskPolicy: z.boolean(),
});
export type EmploymentVersionView = z.infer<typeof employmentVersionSchema>;

/** current: employed today; future: starts later; ended: the end date has passed. */
export const employmentStatusSchema = z.enum(['current', 'future', 'ended']);
export type EmploymentStatusValue = z.infer<typeof employmentStatusSchema>;

export const employmentViewSchema = z.object({
  id: z.string(),
  /** "Dienstverband 1" is the current one; then later ones, then ended ones, newest first. */
  number: z.number().int().min(1),
  startDate: z.string(),
  contractStartDate: z.string().nullable(),
  endDate: z.string().nullable(),
  endReason: endReasonSchema.nullable(),
  status: employmentStatusSchema,
  /** Newest first: the first is the version in force now (or the latest one). */
  versions: z.array(employmentVersionSchema),
});
export type EmploymentView = z.infer<typeof employmentViewSchema>;

export const employeeDossierSchema = z.object({
  id: z.string(),
  personnelNumber: z.string().nullable(),
  firstName: z.string(),
  initials: z.string().nullable(),
  namePrefix: z.string().nullable(),
  lastName: z.string(),
  gender: genderSchema,
  dateOfBirth: z.string(),
  /** In service: at least one employment that has not ended (current or starting later). */
  inService: z.boolean(),
  managerUserId: z.string().nullable(),
  /** For employers whose HR system owns this data: the UI shows it read-only, the API refuses. */
  hrIntegrationMode: hrIntegrationModeSchema,
  employments: z.array(employmentViewSchema),
});
export type EmployeeDossier = z.infer<typeof employeeDossierSchema>;

export const employeeIdParamsSchema = z.object({ employeeId: z.uuid() });
