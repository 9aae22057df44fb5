import { z } from 'zod';
import { caseFlagSchema, classificationSchema } from './cases.js';
import { contactTypeSchema } from './dossier.js';
import { countingMethodSchema, reportFilterSchema } from './reports.js';

/**
 * The list reports of Statistieken (SPEC.md §2.8): OverzichtVerzuimPerMedewerker, Ziektetrajecten
 * per verzekeraar and Trajecthistorie. Rows of cases, not figures; the filters are those of every
 * report; OverzichtVerzuimPerMedewerker adds causes and vangnet, Trajecthistorie protocol and
 * case status.
 */

/** A comma-separated query value as a list of allowed values; absent or empty: no choice. */
function commaSeparated<Value extends z.ZodType<string, string>>(value: Value, maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .transform((text) => text.split(',').filter((item) => item.trim() !== ''))
    .pipe(z.array(value))
    .optional();
}

/** What every list report repeats of its filters. */
const listHeader = {
  from: z.string(),
  to: z.string(),
  method: countingMethodSchema,
  level: z.number().int(),
  /** The departments the filter selected (their sub-departments included); empty: all. */
  selectedUnits: z.array(z.object({ id: z.string(), name: z.string() })),
};

/** Who a row is about: the employee and the department the row counts for. */
const employeeColumns = {
  caseId: z.string(),
  employeeId: z.string(),
  /** "Last, first prefix", as the lists sort by last name. */
  employeeName: z.string(),
  personnelNumber: z.string().nullable(),
  departmentId: z.string(),
  department: z.string(),
};

/**
 * Verzuimoorzaak: the classification of the episode, or another cause its flags record (a work
 * accident flagged on an episode classified as illness). Null: a safety-net kind the role is
 * shown only as "vangnet" (DOMAIN.md §5).
 */
const causeSchema = classificationSchema.nullable();

export const absencePerEmployeeRowSchema = z.object({
  ...employeeColumns,
  firstSickDay: z.string(),
  /** Last sick day, inclusive; null while the episode runs. */
  lastSickDay: z.string().nullable(),
  /** The episode's days within the period, by the counting method. */
  daysInPeriod: z.number().int(),
  /** Those days weighted by the percentage sick (two days at 50 % are one day). */
  absenceDaysInPeriod: z.number(),
  /** The percentage sick on the episode's last day within the period. */
  percentage: z.number().int(),
  cause: causeSchema,
  safetyNet: z.boolean(),
});
export type AbsencePerEmployeeRow = z.infer<typeof absencePerEmployeeRowSchema>;

/** The manual's "vangnetsituatie": only rows with a vangnet, or only rows without. */
export const safetyNetChoices = ['yes', 'no'] as const;
export const safetyNetChoiceLabels = {
  yes: 'reportLists.yes',
  no: 'reportLists.no',
} as const satisfies Record<(typeof safetyNetChoices)[number], string>;

/**
 * OverzichtVerzuimPerMedewerker's filters: those of every report, the causes of absence (rows
 * whose cause is one of them) and the vangnet situation. A role that sees a vangnet only as
 * "vangnet" chooses it as `safety_net_unknown`, and may not choose the kinds it is not shown.
 */
export const absencePerEmployeeFilterSchema = reportFilterSchema.safeExtend({
  causes: commaSeparated(classificationSchema, 400),
  safetyNet: z.enum(safetyNetChoices).optional(),
});
export type AbsencePerEmployeeFilter = z.output<typeof absencePerEmployeeFilterSchema>;

/** OverzichtVerzuimPerMedewerker: by department, last name, first sick day; a row per cause. */
export const absencePerEmployeeReportSchema = z.object({
  ...listHeader,
  /** The causes chosen; empty: every cause. */
  causes: z.array(classificationSchema),
  safetyNet: z.enum(safetyNetChoices).nullable(),
  rows: z.array(absencePerEmployeeRowSchema),
});
export type AbsencePerEmployeeReport = z.infer<typeof absencePerEmployeeReportSchema>;

export const insurerCaseRowSchema = z.object({
  ...employeeColumns,
  /** Melddatum: the day the sick report was recorded. */
  reportDate: z.string(),
  firstSickDay: z.string(),
  lastSickDay: z.string().nullable(),
  initialPercentage: z.number().int(),
  /** The first day at a lower percentage than the initial one; null without partial recovery. */
  partialRecoveryStart: z.string().nullable(),
  workResumptionAdviceStart: z.string().nullable(),
  /** Start of work on a therapeutic basis (arbeidstherapeutische basis, AT). */
  therapeuticWorkStart: z.string().nullable(),
  privateAccident: z.boolean(),
  workAccident: z.boolean(),
  thirdPartyLiability: z.boolean(),
  labourConflict: z.boolean(),
  safetyNet: z.boolean(),
});
export type InsurerCaseRow = z.infer<typeof insurerCaseRowSchema>;

/**
 * Ziektetrajecten per verzekeraar: a row per sickness episode overlapping the period, grouped by
 * the absence insurer. The insurer is an employer setting, so a report has one group: the
 * employer's verzuimverzekeraar, or `null` ("not recorded") while none is recorded.
 */
export const insurerCasesReportSchema = z.object({
  ...listHeader,
  insurers: z.array(
    z.object({ insurer: z.string().nullable(), rows: z.array(insurerCaseRowSchema) }),
  ),
});
export type InsurerCasesReport = z.infer<typeof insurerCasesReportSchema>;

/** The protocols a case follows: the WVP for sickness, WAZO for a pregnancy (DOMAIN.md §2–3). */
export const caseProtocolCodes = ['WVP', 'WAZO'] as const;
export const caseStatuses = ['open', 'closed'] as const;

/** The catalogue keys of the protocols, statuses and insurer flags, written out once. */
export const caseProtocolLabels = {
  WVP: 'reportLists.protocols.WVP',
  WAZO: 'reportLists.protocols.WAZO',
} as const satisfies Record<(typeof caseProtocolCodes)[number], string>;
export const caseStatusLabels = {
  open: 'reportLists.statuses.open',
  closed: 'reportLists.statuses.closed',
} as const satisfies Record<(typeof caseStatuses)[number], string>;
export const insurerFlagLabels = {
  privateAccident: 'reportLists.columns.privateAccident',
  workAccident: 'reportLists.columns.workAccident',
  thirdPartyLiability: 'reportLists.columns.thirdPartyLiability',
  labourConflict: 'reportLists.columns.labourConflict',
  safetyNet: 'reportLists.columns.safetyNet',
} as const;

/** Trajecthistorie's filters: those of every report, and protocols and case status. */
export const caseHistoryFilterSchema = reportFilterSchema.safeExtend({
  /** Comma-separated protocol codes; absent or empty: every protocol. */
  protocols: commaSeparated(z.enum(caseProtocolCodes), 100),
  status: z.enum(caseStatuses).optional(),
});
export type CaseHistoryFilter = z.output<typeof caseHistoryFilterSchema>;

export const caseHistoryRowSchema = z.object({
  ...employeeColumns,
  protocol: z.enum(caseProtocolCodes),
  kind: z.enum(['sickness', 'pregnancy']),
  status: z.enum(caseStatuses),
  /** Null for a pregnancy, and for a safety-net kind the role is shown only as "vangnet". */
  classification: classificationSchema.nullable(),
  safetyNet: z.boolean(),
  firstDay: z.string(),
  lastDay: z.string().nullable(),
  endReason: z.string().nullable(),
  /** The verloop: the percentage from a day until the next row (sickness only). */
  history: z.array(
    z.object({ from: z.string(), to: z.string().nullable(), percentage: z.number().int() }),
  ),
  flags: z.array(z.object({ flag: caseFlagSchema, setOn: z.string() })),
  /** The notes about the case: linked to it, or unlinked with a contact date within it. */
  notes: z.array(
    z.object({
      contactDate: z.string(),
      contactType: contactTypeSchema,
      text: z.string(),
      authorName: z.string(),
    }),
  ),
});
export type CaseHistoryRow = z.infer<typeof caseHistoryRowSchema>;

/** Trajecthistorie: employer, employee, the case's history and (for roles that may) notes. */
export const caseHistoryReportSchema = z.object({
  ...listHeader,
  employer: z.string(),
  protocols: z.array(z.enum(caseProtocolCodes)),
  status: z.enum(caseStatuses).nullable(),
  /** False when the role may not read notes: every row's `notes` is then empty. */
  notesIncluded: z.boolean(),
  cases: z.array(caseHistoryRowSchema),
});
export type CaseHistoryReport = z.infer<typeof caseHistoryReportSchema>;
