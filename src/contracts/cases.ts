import { z } from 'zod';
import { entityIdSchema, isoDateSchema, storedDateSchema } from './common.js';
import { operatorRoles } from './permissions.js';

/**
 * Request and response shapes of absence cases (SPEC.md §2.5). The lists of values repeat those of
 * the server's cases.models.ts (which the web may not import); a server test checks they agree.
 */

export const classificationValues = [
  'illness',
  'work_accident',
  'private_accident',
  'third_party_accident',
  'pregnancy_related',
  'organ_donation',
  'no_risk_policy',
  'safety_net_unknown',
  'labour_conflict',
  'unknown',
] as const;
export const classificationSchema = z.enum(classificationValues);
export type ClassificationValue = z.infer<typeof classificationSchema>;

/**
 * What an employer role may choose: the safety-net kinds collapse into "vangnet (onbekend welke)",
 * because the employer may record only WHETHER a vangnet case applies (DOMAIN.md §5).
 */
export const employerClassificationValues = [
  'illness',
  'work_accident',
  'private_accident',
  'third_party_accident',
  'safety_net_unknown',
  'labour_conflict',
  'unknown',
] as const satisfies readonly ClassificationValue[];

/**
 * The classifications a role may choose, when reporting sick and when filtering a report: the
 * arbodienst's roles every one, an employer role those of `employerClassificationValues`.
 */
export function classificationChoicesFor(role: string): readonly ClassificationValue[] {
  return (operatorRoles as readonly string[]).includes(role)
    ? classificationValues
    : employerClassificationValues;
}

export const otherEndReasonValues = [
  'sick_out_of_service',
  'deceased',
  'end_of_waiting_time',
  'other',
] as const;
export const pregnancyOtherEndReasonValues = [
  'miscarriage',
  'abortion',
  'out_of_service',
  'other',
] as const;

/** Case flags for the insurer report (SPEC.md §2.5), each set on a date. */
export const caseFlagValues = [
  'work_accident',
  'private_accident',
  'third_party_liability',
  'labour_conflict',
  /** Vangnet category: the value is the safety-net kind; employer roles see only that it is set. */
  'safety_net',
  /** Start of therapeutic work (arbeidstherapeutische basis). */
  'therapeutic_work_start',
  /** Start of the work-resumption advice (werkhervattingsadvies). */
  'work_resumption_advice_start',
  /** Expected duration class; the value is one of `expectedDurationValues`. */
  'expected_duration',
] as const;
export const caseFlagSchema = z.enum(caseFlagValues);
export type CaseFlag = z.infer<typeof caseFlagSchema>;

export const safetyNetKindValues = [
  'pregnancy_related',
  'organ_donation',
  'no_risk_policy',
  'safety_net_unknown',
] as const;
export const expectedDurationValues = [
  'up_to_1_week',
  'up_to_6_weeks',
  'up_to_3_months',
  'over_3_months',
  'unknown',
] as const;

const note = z.string().trim().max(2000).optional();
/** 1–100, refused with its own code (not a generic too_big) so the message names the range. */
const percentage = z
  .number()
  .int()
  .refine((value) => value >= 1 && value <= 100, {
    params: { code: 'case_percentage_out_of_range' },
  });
const hours = z.number().min(0).max(80);

/** Percentage sick, or hours not worked per week that the server converts (not both). */
const percentageOrHours = {
  percentage: percentage.optional(),
  hoursNotWorked: hours.optional(),
};

export const reportSickRequestSchema = z.object({
  classification: classificationSchema,
  firstSickDay: isoDateSchema,
  ...percentageOrHours,
  note,
});
export type ReportSickRequest = z.infer<typeof reportSickRequestSchema>;

export const sickReportPreviewRequestSchema = z.object({
  firstSickDay: isoDateSchema,
  hoursNotWorked: hours.optional(),
});
export const sickReportPreviewResponseSchema = z.object({
  contractHoursPerWeek: z.number().nullable(),
  /** The hours converted with the contract hours of that date; null without hours. */
  percentage: z.number().int().nullable(),
  /** When the report would join an earlier case: its legal case's first sick day. */
  continuesLegalCaseFrom: storedDateSchema.nullable(),
  /** Sick days of that legal case before this report. */
  waitingDaysBefore: z.number().int(),
  /** The open sickness case the report would change the percentage of. */
  openCaseId: z.uuid().nullable(),
});
export type SickReportPreview = z.infer<typeof sickReportPreviewResponseSchema>;

export const changePercentageRequestSchema = z.object({
  from: isoDateSchema,
  ...percentageOrHours,
  note,
});
export const recoveryRequestSchema = z.object({ lastSickDay: isoDateSchema, note });
export const endCaseRequestSchema = z.object({
  lastSickDay: isoDateSchema,
  reason: z.enum(otherEndReasonValues),
  note,
});
/** Trajectmutatie: classification, first sick day, full/partial (the first percentage). */
export const correctCaseRequestSchema = z.object({
  classification: classificationSchema.optional(),
  firstSickDay: isoDateSchema.optional(),
  percentage: percentage.optional(),
});
export const setFlagRequestSchema = z.object({
  setOn: isoDateSchema,
  value: z.string().max(40).optional(),
});

export const reportPregnancyRequestSchema = z.object({
  expectedDelivery: isoDateSchema,
  multipleBirth: z.boolean(),
  /** Default: the latest allowed (S − 1 with S the latest start of the window). */
  lastWorkingDay: isoDateSchema.optional(),
  freeDayBetween: z.boolean().optional(),
  note,
});
export const correctPregnancyRequestSchema = z.object({
  expectedDelivery: isoDateSchema.optional(),
  multipleBirth: z.boolean().optional(),
  lastWorkingDay: isoDateSchema.optional(),
  freeDayBetween: z.boolean().optional(),
});
export const recordBirthRequestSchema = z.object({ actualDelivery: isoDateSchema });
export const endPregnancyRequestSchema = z.object({
  lastDay: isoDateSchema,
  reason: z.enum(pregnancyOtherEndReasonValues),
  note,
});

export const pregnancyPreviewRequestSchema = z.object({
  expectedDelivery: isoDateSchema,
  multipleBirth: z.boolean(),
  lastWorkingDay: isoDateSchema.optional(),
  freeDayBetween: z.boolean().optional(),
  actualDelivery: isoDateSchema.optional(),
});

const periodSchema = z.object({ first: storedDateSchema, last: storedDateSchema });
export const pregnancyLeaveSchema = z.object({
  /** The window for the last working day (S − 1). */
  lastWorkingDayWindow: z.object({ earliest: storedDateSchema, latest: storedDateSchema }),
  leaveStart: storedDateSchema,
  pregnancyLeave: periodSchema.nullable(),
  maternityLeave: periodSchema,
  shortfallDays: z.number().int(),
  totalDays: z.number().int(),
  provisional: z.boolean(),
});
export type PregnancyLeaveView = z.infer<typeof pregnancyLeaveSchema>;
export const pregnancyPreviewResponseSchema = z.object({
  leave: pregnancyLeaveSchema,
  /** False when the chosen last working day lies outside the window. */
  lastWorkingDayAllowed: z.boolean(),
});

export const caseSchema = z.object({
  id: z.uuid(),
  employeeId: z.uuid(),
  kind: z.enum(['sickness', 'pregnancy']),
  /** Null when hidden: a safety-net kind shown to an employer role ("vangnet: ja"). */
  classification: classificationSchema.nullable(),
  safetyNet: z.boolean(),
  firstDay: storedDateSchema,
  lastDay: storedDateSchema.nullable(),
  endReason: z.string().nullable(),
  open: z.boolean(),
  reportNote: z.string().nullable(),
  endNote: z.string().nullable(),
  segments: z.array(
    z.object({
      from: storedDateSchema,
      to: storedDateSchema.nullable(),
      percentage: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  /** Percentage sick today (0 outside the episode). */
  percentageToday: z.number().int(),
  /** A trajectmutatie is possible (no partial recovery registered). */
  mayCorrect: z.boolean(),
  /** Sickness: the legal case (wachttijd) this episode belongs to. */
  legalCase: z
    .object({
      firstSickDay: storedDateSchema,
      previousCaseId: z.uuid().nullable(),
      waitingDaysBefore: z.number().int(),
    })
    .nullable(),
  flags: z.array(
    z.object({ flag: caseFlagSchema, value: z.string().nullable(), setOn: storedDateSchema }),
  ),
  pregnancy: z
    .object({
      expectedDelivery: storedDateSchema,
      multipleBirth: z.boolean(),
      lastWorkingDay: storedDateSchema,
      freeDayBetween: z.boolean(),
      actualDelivery: storedDateSchema.nullable(),
      leave: pregnancyLeaveSchema,
    })
    .nullable(),
});
export type CaseView = z.infer<typeof caseSchema>;

export const caseListResponseSchema = z.object({ cases: z.array(caseSchema) });
export type CaseList = z.infer<typeof caseListResponseSchema>;

export const currentAbsenceResponseSchema = z.object({
  date: storedDateSchema,
  /** Employees in scope sick today (any percentage); pregnancy leave is not sickness. */
  sick: z.number().int(),
  /** Employees in scope employed today. */
  employed: z.number().int(),
  /** sick / employed × 100, one decimal; null with no one employed. */
  percentage: z.number().nullable(),
});
export type CurrentAbsence = z.infer<typeof currentAbsenceResponseSchema>;

export const caseParamsSchema = z.object({ caseId: entityIdSchema });
export const employeeCaseParamsSchema = z.object({ employeeId: entityIdSchema });
