import { z } from 'zod';
import { absenceStateSchema, nextDeadlineSchema } from './absence-state.js';
import { entityIdSchema, isoDateSchema } from './common.js';
import { hrIntegrationModeSchema } from './organisation.js';

/** m | f | x (x: not stated or non-binary). */
export const genders = ['m', 'f', 'x'] as const;
export const genderSchema = z.enum(genders);
export type Gender = z.infer<typeof genderSchema>;

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
  /** "Dienstverband <number>": fixed when the employment was created (the first is 1). */
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
  /** Absent where the role is not shown who is sick (cases.current); null when neither sick nor on leave. */
  absence: absenceStateSchema.optional(),
  /** The next poortwachter deadline; absent where the role does not work tasks (tasks.work). */
  nextDeadline: nextDeadlineSchema.optional(),
});
export type EmployeeDossier = z.infer<typeof employeeDossierSchema>;

export const employeeIdParamsSchema = z.object({ employeeId: entityIdSchema });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value === '' || value === undefined ? null : value));

/** Name parts, gender, date of birth, personnel number: kept in the employees table. */
export const personalDetailsSchema = z.object({
  firstName: z.string().trim().min(1).max(100),
  initials: optionalText(20),
  namePrefix: optionalText(30),
  lastName: z.string().trim().min(1).max(100),
  gender: genderSchema,
  dateOfBirth: isoDateSchema,
  personnelNumber: optionalText(30),
});
export type PersonalDetails = z.infer<typeof personalDetailsSchema>;

/** The terms of an employment, as entered when it is added or corrected. */
export const employmentTermsSchema = z.object({
  departmentId: entityIdSchema,
  functionGroup: optionalText(100),
  functionName: optionalText(100),
  employmentType: employmentTypeSchema,
  contractHoursPerWeek: z.number(),
  noRiskPolicy: z.boolean().default(false),
});

/** A new employment: its dates and its first terms. */
export const newEmploymentSchema = employmentTermsSchema.extend({
  startDate: isoDateSchema,
  contractStartDate: isoDateSchema.nullish(),
  endDate: isoDateSchema.nullish(),
});
export type NewEmploymentInput = z.infer<typeof newEmploymentSchema>;

/**
 * The contact part of "Werknemer toevoegen" (BSN, address, phone, private e-mail, letters by
 * e-mail). It belongs to the vault (datakluis): the server hands it to the vault module in the
 * transaction that adds the employee, and never stores it in the employees tables.
 */
export const vaultDetailsDraftSchema = z.object({
  bsn: optionalText(20),
  street: optionalText(100),
  houseNumber: z.number().int().nullish(),
  houseNumberAddition: optionalText(10),
  postcode: optionalText(10),
  city: optionalText(100),
  phone: optionalText(30),
  privateEmail: z
    .email()
    .nullish()
    .or(z.literal('').transform(() => null)),
  lettersByEmail: z.boolean().default(false),
});

export const addEmployeeRequestSchema = personalDetailsSchema.extend({
  /**
   * The Werkgever the form was filled in for (a user with linked employers chooses it): it must
   * be the employer the user acts for, so a switch in another tab never sends the employee to
   * another employer than the form showed.
   */
  employerId: entityIdSchema.optional(),
  /** One employment, or two when the employee starts with a second one at once. */
  employments: z.array(newEmploymentSchema).min(1).max(2),
  vault: vaultDetailsDraftSchema.optional(),
});
export type AddEmployeeRequest = z.input<typeof addEmployeeRequestSchema>;

export const createdEmployeeSchema = z.object({ id: z.string() });

/** "Corrigeren": the current version fixed in place; dates of the employment may be fixed too. */
export const correctEmploymentRequestSchema = employmentTermsSchema.partial().extend({
  startDate: isoDateSchema.optional(),
  contractStartDate: isoDateSchema.nullish(),
});
export type CorrectEmploymentRequest = z.input<typeof correctEmploymentRequestSchema>;

/** "Wijzigen" (het dienstverband gaat veranderen): new terms from a date, history kept. */
export const changeEmploymentRequestSchema = employmentTermsSchema.partial().extend({
  validFrom: isoDateSchema,
});
export type ChangeEmploymentRequest = z.input<typeof changeEmploymentRequestSchema>;

/** Ends one employment on `endDate` (inclusive); null opens it again. */
export const endEmploymentRequestSchema = z.object({ endDate: isoDateSchema.nullable() });

/** "Uit dienst melden": every employment ends on `date`; reporting again overwrites the date. */
export const outOfServiceRequestSchema = z.object({
  date: isoDateSchema,
  reason: endReasonSchema,
});

export const setManagerRequestSchema = z.object({ userId: entityIdSchema });

export const employmentParamsSchema = z.object({
  employeeId: entityIdSchema,
  employmentId: entityIdSchema,
});

export const employeeSearchQuerySchema = z.object({
  name: z.string().trim().max(100).optional(),
  includeOutOfService: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  personnelNumber: z.string().trim().max(30).optional(),
  dateOfBirth: isoDateSchema.optional(),
  firstName: z.string().trim().max(100).optional(),
  departmentId: entityIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type EmployeeSearchQuery = z.input<typeof employeeSearchQuerySchema>;

export const employeeSearchHitSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  initials: z.string().nullable(),
  namePrefix: z.string().nullable(),
  lastName: z.string(),
  personnelNumber: z.string().nullable(),
  dateOfBirth: z.string(),
  inService: z.boolean(),
  /** Of "Dienstverband 1" today (or the last employment of someone out of service). */
  departmentId: z.string().nullable(),
  functionName: z.string().nullable(),
  /** As the dossier's `absence`: absent where the role is not shown who is sick. */
  absence: absenceStateSchema.optional(),
});
export type EmployeeSearchHit = z.infer<typeof employeeSearchHitSchema>;

export const employeeSearchResponseSchema = z.object({
  items: z.array(employeeSearchHitSchema),
  total: z.number().int(),
  /** The actor may see no employee at all: the UI says why instead of "nothing found". */
  scopeEmpty: z.boolean(),
});
export type EmployeeSearchResponse = z.infer<typeof employeeSearchResponseSchema>;

/** Employees in service today per department (only those in the actor's scope). */
export const departmentCountsResponseSchema = z.object({
  counts: z.array(z.object({ departmentId: z.string(), employees: z.number().int() })),
  scopeEmpty: z.boolean(),
});
export type DepartmentCountsResponse = z.infer<typeof departmentCountsResponseSchema>;

export const recentDossiersResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      firstName: z.string(),
      namePrefix: z.string().nullable(),
      lastName: z.string(),
      visitedAt: z.string(),
    }),
  ),
});
export type RecentDossiers = z.infer<typeof recentDossiersResponseSchema>;
