import { z } from 'zod';
import { locales } from './locales.js';
import { employerRequestSchema, employerSchema } from './organisation.js';
import type { EmployerRole } from './permissions.js';
import { createUserRequestSchema } from './users.js';

/** The roles the first account of a new employer may have: the super users (SPEC.md §1). */
export const onboardingSuperUserRoles = [
  'super_user',
  'super_user_no_signals',
  'super_user_integration',
  'super_user_integration_no_signals',
  'super_user_integration_sick_only',
] as const satisfies readonly EmployerRole[];

/** One of the first departments; `parent` is the index of an earlier one in the list, or null. */
export const onboardingDepartmentSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  parent: z.number().int().min(0).max(99).nullable(),
});

const caseless = (name: string) => name.trim().toLocaleLowerCase('nl');

/** Required here, and 8 digits (the Handelsregister's). */
const kvkNumber = z
  .string()
  .trim()
  .superRefine((value, context) => {
    if (value === '') context.addIssue({ code: 'custom', params: { code: 'required' } });
    else if (!/^\d{8}$/.test(value)) {
      context.addIssue({ code: 'custom', params: { code: 'invalid_kvk_number' } });
    }
  });

/** At least one; a parent comes before its sub-departments; no name twice in one place. */
const departments = z
  .array(onboardingDepartmentSchema)
  .max(100)
  .superRefine((list, context) => {
    const problem = (path: (string | number)[], code: string) =>
      context.addIssue({ code: 'custom', path, params: { code } });
    if (list.length === 0) problem([], 'departments_required');
    const seen = new Set<string>();
    list.forEach((department, index) => {
      if (department.parent !== null && department.parent >= index) {
        problem([index, 'parent'], 'department_parent_unknown');
      }
      const key = `${department.parent ?? '-'}/${caseless(department.name)}`;
      if (seen.has(key)) problem([index, 'name'], 'department_name_duplicate');
      seen.add(key);
    });
  });

/**
 * "Werkgever aansluiten" (issue 14): the employer with its settings, its first departments (a
 * tree: a parent comes before its sub-departments) and its first super user, invited by e-mail.
 * What the form can check itself is checked here, on the fields, with the codes the server
 * answers (`errors.field.*`); a name in use is the server's to tell.
 */
export const onboardEmployerRequestSchema = z.strictObject({
  employer: employerRequestSchema.extend({ kvkNumber }),
  departments,
  superUser: createUserRequestSchema
    .pick({ firstName: true, lastName: true, gender: true, email: true, loginName: true })
    .extend({ role: z.enum(onboardingSuperUserRoles), locale: z.enum(locales) }),
});
export type OnboardEmployerRequest = z.input<typeof onboardEmployerRequestSchema>;
export type OnboardEmployer = z.output<typeof onboardEmployerRequestSchema>;

export const onboardEmployerResponseSchema = z.object({
  employer: employerSchema,
  departments: z.array(
    z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable() }),
  ),
  superUser: z.object({ id: z.string(), loginName: z.string(), email: z.string() }),
  /** False when the mail server refused the invitation: send it again from Gebruikersbeheer. */
  invitationSent: z.boolean(),
});
export type OnboardEmployerResponse = z.infer<typeof onboardEmployerResponseSchema>;
