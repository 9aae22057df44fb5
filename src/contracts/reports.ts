import { z } from 'zod';
import { daysBetweenInclusive, isDomainDate } from './civil-dates.js';
import { entityIdSchema, isoDateSchema } from './common.js';
import { genderSchema } from './employees.js';

/** Statistieken (SPEC.md §2.8, DOMAIN.md §4): the reports' filters and answers. */

/** Calendar days, or Monday–Friday only (public holidays are not removed). */
export const countingMethods = ['calendar', 'working'] as const;
export const countingMethodSchema = z.enum(countingMethods);
export type CountingMethod = z.infer<typeof countingMethodSchema>;

/** The longest period a report covers: ten years, far beyond any board's question. */
export const maxReportDays = 3_660;
/** The deepest level of the department tree a report shows its units at. */
export const maxReportLevel = 10;

/** What a report route answers with: the screen's JSON, an Excel workbook or a PDF document. */
export const reportFormats = ['json', 'xlsx', 'pdf'] as const;
export const reportFormatSchema = z.enum(reportFormats);
export type ReportFormat = z.infer<typeof reportFormatSchema>;

/** `unitIds` as the query carries it: comma-separated department ids; empty: the whole employer. */
const unitIdsSchema = z
  .string()
  .max(37 * 1_000)
  .transform((value) => value.split(',').filter((id) => id.trim() !== ''))
  .pipe(z.array(entityIdSchema));

/** The filters every statistical report takes (the manual's "Filters"). */
export const reportFilterSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    method: countingMethodSchema.default('calendar'),
    /** Departments (sub-departments included); absent or empty: the whole employer. */
    unitIds: unitIdsSchema.optional(),
    /** The depth of the department tree the units are shown at: 1 = the top departments. */
    level: z.coerce.number().int().min(1).max(maxReportLevel).default(1),
    format: reportFormatSchema.default('json'),
  })
  .refine((filter) => filter.from <= filter.to, {
    path: ['to'],
    params: { code: 'report_period_reversed' },
  })
  .refine(
    // A date that is not one has its own issue already; the length is asked of real dates only.
    (filter) =>
      !isDomainDate(filter.from) ||
      !isDomainDate(filter.to) ||
      daysBetweenInclusive(filter.from, filter.to) <= maxReportDays,
    {
      path: ['to'],
      params: { code: 'report_period_too_long' },
    },
  );
export type ReportFilterQuery = z.input<typeof reportFilterSchema>;
export type ReportFilter = z.output<typeof reportFilterSchema>;

/**
 * A unit the report filters offer (`GET /api/reports/units`): a department in the user's dossier
 * scope. `parentId` is null at the top of the offered tree (also for a scoped department whose
 * parent lies outside the scope); `level` is its depth in the employer's tree, 1 = top.
 */
export const reportUnitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  level: z.number().int().min(1),
});
export type ReportUnit = z.infer<typeof reportUnitSchema>;
export const reportUnitsResponseSchema = z.object({ units: z.array(reportUnitSchema) });

/** Percentages as numbers, unrounded; null when nobody was employed in the period. */
const percentage = z.number().nullable();

export const monthFiguresSchema = z.object({
  /** YYYY-MM */
  month: z.string(),
  /** VP of the month (within the period). */
  vp: percentage,
  /** VP from 1 January up to the end of the month (ratio of sums, DOMAIN.md §4). */
  cumulativeVp: percentage,
  /** VP of the 12 months ending with the month. */
  rollingVp: percentage,
});
export type MonthFigures = z.infer<typeof monthFiguresSchema>;

export const absencePercentageUnitSchema = z.object({
  /** A department at the chosen level (its sub-departments included). */
  id: z.string(),
  name: z.string(),
  vp: percentage,
  months: z.array(monthFiguresSchema),
});
export type AbsencePercentageUnit = z.infer<typeof absencePercentageUnitSchema>;

/** The figures of the whole selected period (DOMAIN.md §4); every statistical report has them. */
export const periodFiguresSchema = z.object({
  vp: percentage,
  /** Meldingsfrequentie: reports per average employee per year. */
  mf: z.number().nullable(),
  /** Gemiddelde verzuimduur in calendar days of the episodes that ended in the period. */
  meanDuration: z.number().nullable(),
  /** Nulverzuim: the percentage of the population with no sick day in the period. */
  zeroAbsencePct: percentage,
  averageHeadcount: z.number(),
  /** The part of the VP from episodes of each duration class. */
  vpByDurationClass: z.object({
    short: percentage,
    medium: percentage,
    long: percentage,
    extraLong: percentage,
  }),
});
export type PeriodFigures = z.infer<typeof periodFiguresSchema>;

/** The filters a report answers with. */
export const reportHeaderSchema = z.object({
  from: z.string(),
  to: z.string(),
  method: countingMethodSchema,
  level: z.number().int(),
  /** The departments the filter selected (their sub-departments included); empty: all. */
  selectedUnits: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReportHeader = z.infer<typeof reportHeaderSchema>;

/** Verzuimpercentage per maand: per month VP, cumulative and rolling VP, per unit and in total. */
export const absencePercentageReportSchema = reportHeaderSchema.extend({
  units: z.array(absencePercentageUnitSchema),
  total: periodFiguresSchema.extend({ months: z.array(monthFiguresSchema) }),
});
export type AbsencePercentageReport = z.infer<typeof absencePercentageReportSchema>;

/** The key figures of a period in the order the screen and the export list them. */
export const periodFigureKeys = [
  'vp',
  'mf',
  'meanDuration',
  'zeroAbsence',
  'averageHeadcount',
  'short',
  'medium',
  'long',
  'extraLong',
] as const;
export type PeriodFigureKey = (typeof periodFigureKeys)[number];

/** Each key figure's value and whether it is a percentage. */
export function periodFigureRows(
  figures: PeriodFigures,
): { key: PeriodFigureKey; value: number | null; percentage: boolean }[] {
  const values: Record<PeriodFigureKey, number | null> = {
    vp: figures.vp,
    mf: figures.mf,
    meanDuration: figures.meanDuration,
    zeroAbsence: figures.zeroAbsencePct,
    averageHeadcount: figures.averageHeadcount,
    ...figures.vpByDurationClass,
  };
  return periodFigureKeys.map((key) => ({
    key,
    value: values[key],
    percentage: !['mf', 'meanDuration', 'averageHeadcount'].includes(key),
  }));
}

/** A calendar quarter cut to the period: `quarter` is YYYY-Qn, `from`–`to` its days within. */
export const quarterFiguresSchema = periodFiguresSchema.extend({
  quarter: z.string(),
  from: z.string(),
  to: z.string(),
});
export type QuarterFigures = z.infer<typeof quarterFiguresSchema>;

/** Kwartaalrapportage verzuim: the key figures per quarter, per unit and in total. */
export const quarterlyReportSchema = reportHeaderSchema.extend({
  units: z.array(
    periodFiguresSchema.extend({
      id: z.string(),
      name: z.string(),
      quarters: z.array(quarterFiguresSchema),
    }),
  ),
  total: periodFiguresSchema.extend({ quarters: z.array(quarterFiguresSchema) }),
});
export type QuarterlyReport = z.infer<typeof quarterlyReportSchema>;

export const durationClasses = ['short', 'medium', 'long', 'extraLong'] as const;

/** The period figures with the absolute days they are ratios of. */
export const analysisFiguresSchema = periodFiguresSchema.extend({
  /** Absolute absence: Σ part-time factor × percentage sick over the counted sick days. */
  sickDays: z.number(),
  /** Σ part-time factor over the counted employment days: the VP's denominator. */
  employedDays: z.number(),
  sickDaysByDurationClass: z.object({
    short: z.number(),
    medium: z.number(),
    long: z.number(),
    extraLong: z.number(),
  }),
});
export type AnalysisFigures = z.infer<typeof analysisFiguresSchema>;

/** Age classes of DOMAIN.md §4, by the age on the period end. */
export const ageClasses = ['under25', 'from25to34', 'from35to44', 'from45to54', 'from55'] as const;
export type AgeClass = (typeof ageClasses)[number];
/** The i18n key of each age class's name, spelled out so the catalogue test finds them. */
export const ageClassLabels = {
  under25: 'reports.ageClasses.under25',
  from25to34: 'reports.ageClasses.from25to34',
  from35to44: 'reports.ageClasses.from35to44',
  from45to54: 'reports.ageClasses.from45to54',
  from55: 'reports.ageClasses.from55',
} as const satisfies Record<AgeClass, string>;

/** Verzuimanalyse totaal: absolute and relative absence by class, gender, age, month and unit. */
export const absenceAnalysisReportSchema = reportHeaderSchema.extend({
  total: analysisFiguresSchema,
  byGender: z.array(analysisFiguresSchema.extend({ gender: genderSchema })),
  byAgeClass: z.array(analysisFiguresSchema.extend({ ageClass: z.enum(ageClasses) })),
  /** YYYY-MM; a month is cut to the period. */
  months: z.array(analysisFiguresSchema.extend({ month: z.string() })),
  units: z.array(analysisFiguresSchema.extend({ id: z.string(), name: z.string() })),
});
export type AbsenceAnalysisReport = z.infer<typeof absenceAnalysisReportSchema>;
