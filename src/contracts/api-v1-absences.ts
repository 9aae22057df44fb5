import { z } from 'zod';
import { classificationSchema } from './cases.js';
import { entityIdSchema, isoDateSchema, storedDateSchema } from './common.js';

/**
 * The absence writes of the REST API v1 (SPEC.md §2.10). An absence is addressed by our id or by
 * the HR system's own absence id; an employee by our id or its personnel number.
 */

/**
 * An id the HR system gives (personnel number, employment id, absence id): 1–100 printable ASCII
 * characters, no space at either end, so one id has one spelling (and no look-alike letters).
 */
export const hrIdSchema = z
  .string()
  .max(100)
  .refine((text) => /^[!-~](?:[ -~]*[!-~])?$/.test(text), { params: { code: 'invalid_hr_id' } });

const percentage = z
  .number()
  .int()
  .refine((value) => value >= 1 && value <= 100, {
    params: { code: 'case_percentage_out_of_range' },
  });

/** "Ziek melden" from the HR system: backdated reports are allowed, under the app's rules. */
export const apiReportSickSchema = z
  .object({
    /** Our id of the employee; or give `personnelNumber`. */
    employeeId: entityIdSchema.optional(),
    personnelNumber: hrIdSchema.optional(),
    /** The HR system's own id of this absence, unique within the employer. */
    hrAbsenceId: hrIdSchema.optional(),
    firstSickDay: isoDateSchema,
    /** Percentage sick from the first sick day: 1–100 (100). */
    percentage: percentage.default(100),
    classification: classificationSchema.default('illness'),
  })
  .strict()
  .refine((body) => (body.employeeId === undefined) !== (body.personnelNumber === undefined), {
    path: ['employeeId'],
    params: { code: 'api_employee_id_or_personnel_number' },
  });
export type ApiReportSick = z.output<typeof apiReportSickSchema>;

/** A higher or lower percentage from a date on (partial recovery, or sicker again). */
export const apiChangePercentageSchema = z.object({ from: isoDateSchema, percentage }).strict();
export type ApiChangePercentage = z.output<typeof apiChangePercentageSchema>;

/** Hersteld: the last sick day closes the absence. */
export const apiRecoverySchema = z.object({ lastSickDay: isoDateSchema }).strict();
export type ApiRecovery = z.output<typeof apiRecoverySchema>;

/**
 * A correction of the sick report (trajectmutatie): the first sick day, the first percentage
 * and the classification, each optional; only while no partial recovery is registered.
 */
export const apiCorrectionSchema = z
  .object({
    firstSickDay: isoDateSchema.optional(),
    percentage: percentage.optional(),
    classification: classificationSchema.optional(),
  })
  .strict()
  .refine(
    (body) =>
      body.firstSickDay !== undefined ||
      body.percentage !== undefined ||
      body.classification !== undefined,
    { path: ['firstSickDay'], params: { code: 'api_correction_empty' } },
  );
export type ApiCorrection = z.output<typeof apiCorrectionSchema>;

/** The withdrawal of a wrong sick report, with the reason the HR system gives (for the audit). */
export const apiWithdrawalSchema = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict();
export type ApiWithdrawal = z.output<typeof apiWithdrawalSchema>;

/** What is left of a withdrawn absence: the ids it was known by. */
export const apiAbsenceWithdrawnSchema = z.object({
  id: z.uuid(),
  hrAbsenceId: z.string().nullable(),
  employeeId: z.uuid(),
  withdrawn: z.literal(true),
});
export type ApiAbsenceWithdrawn = z.infer<typeof apiAbsenceWithdrawnSchema>;

/** The `Idempotency-Key` header of a POST: 1–255 printable ASCII characters. */
export const apiIdempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .refine((text) => /^[!-~]{1,255}$/.test(text), {
      params: { code: 'invalid_idempotency_key' },
    })
    .optional(),
});

/** An absence as a write answers it: its timeline and the legal case it belongs to. */
export const apiAbsenceWrittenSchema = z.object({
  id: z.uuid(),
  hrAbsenceId: z.string().nullable(),
  employeeId: z.uuid(),
  firstDay: storedDateSchema,
  lastDay: storedDateSchema.nullable(),
  percentages: z.array(z.object({ validFrom: storedDateSchema, percentage: z.number().int() })),
  /**
   * The legal case (wachttijd): a recurrence within 28 days of an earlier episode joins that
   * episode's legal case, so `firstSickDay` is then the earlier first day and
   * `previousAbsenceId` the episode it continues.
   */
  legalCase: z.object({
    firstSickDay: storedDateSchema,
    previousAbsenceId: z.uuid().nullable(),
    recurrence: z.boolean(),
    waitingDaysBefore: z.number().int(),
  }),
});
export type ApiAbsenceWritten = z.infer<typeof apiAbsenceWrittenSchema>;
