import { z } from 'zod';
import { hrIdSchema } from './api-v1-absences.js';
import { isoDateSchema } from './common.js';
import { employmentTermsSchema, personalDetailsSchema } from './employees.js';

/**
 * The employee write of the REST API v1 (SPEC.md §2.10): `PUT /api/v1/employees/{employee}`
 * upserts the employee as the HR system holds it, with its employments (by the HR system's own
 * `hrEmploymentId`) and each employment's versions (terms valid from a date, oldest first).
 */

/** The terms of an employment from `validFrom` on (a version of its history). */
export const apiEmploymentVersionSchema = employmentTermsSchema
  .extend({ validFrom: isoDateSchema })
  .strict();

export const apiEmploymentUpsertSchema = z
  .object({
    /** The HR system's own id of the employment, unique within the employer. */
    hrEmploymentId: hrIdSchema,
    startDate: isoDateSchema,
    contractStartDate: isoDateSchema.nullable().default(null),
    /** The last day employed; null while it lasts. */
    endDate: isoDateSchema.nullable().default(null),
    /** The whole history, oldest first: the first from `startDate`, each later on a later day. */
    versions: z.array(apiEmploymentVersionSchema).min(1).max(100),
  })
  .strict()
  .superRefine((employment, context) => {
    if (employment.versions[0]?.validFrom !== employment.startDate) {
      context.addIssue({
        code: 'custom',
        path: ['versions', 0, 'validFrom'],
        params: { code: 'api_first_version_not_at_start' },
      });
    }
    employment.versions.forEach((version, index) => {
      const previous = employment.versions[index - 1];
      if (previous && version.validFrom <= previous.validFrom) {
        context.addIssue({
          code: 'custom',
          path: ['versions', index, 'validFrom'],
          params: { code: 'api_versions_out_of_order' },
        });
      }
      if (employment.endDate !== null && version.validFrom > employment.endDate) {
        context.addIssue({
          code: 'custom',
          path: ['versions', index, 'validFrom'],
          params: { code: 'end_before_change' },
        });
      }
    });
    if (employment.endDate !== null && employment.endDate < employment.startDate) {
      context.addIssue({
        code: 'custom',
        path: ['endDate'],
        params: { code: 'end_before_start' },
      });
    }
  });
export type ApiEmploymentUpsert = z.output<typeof apiEmploymentUpsertSchema>;

/** A personnel number as the app keeps it: an HR id of at most 30 characters. */
export const personnelNumberSchema = hrIdSchema.max(30);

export const apiEmployeeUpsertSchema = personalDetailsSchema
  .omit({ personnelNumber: true })
  .extend({
    /**
     * The personnel number; when the path addresses the employee by personnel number it may be
     * left out, and if given must be that number.
     */
    personnelNumber: personnelNumberSchema.optional(),
    /** The employee's employments as the HR system knows them (others are left as they are). */
    employments: z.array(apiEmploymentUpsertSchema).min(1).max(20),
  })
  .strict()
  .superRefine((employee, context) => {
    const seen = new Set<string>();
    employee.employments.forEach((employment, index) => {
      if (seen.has(employment.hrEmploymentId)) {
        context.addIssue({
          code: 'custom',
          path: ['employments', index, 'hrEmploymentId'],
          params: { code: 'api_hr_employment_id_repeated' },
        });
      }
      seen.add(employment.hrEmploymentId);
    });
  });
export type ApiEmployeeUpsert = z.output<typeof apiEmployeeUpsertSchema>;
