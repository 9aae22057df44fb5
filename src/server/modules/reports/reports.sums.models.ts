/**
 * The sums the database takes for a report (reports.statistics.repository.ts) turned into the
 * period totals and monthly buckets the figures are ratios of (DOMAIN.md §4). Pure.
 */
import { daysBetweenInclusive } from '../../../contracts/civil-dates.js';
import type { PeriodTotals } from './reports.figures.models.js';
import type { AbsenceSums } from './reports.models.js';

/** The sums of one unit (null: all selected units together) over one period. */
export type PeriodSums = {
  unit: string | null;
  /** The index of the period in the list the sums were asked for. */
  period: number;
  employed: number;
  sickShort: number;
  sickMedium: number;
  sickLong: number;
  sickExtraLong: number;
  /** Σ over persons of the calendar days present in the unit (overlapping employments once). */
  presentDays: number;
  population: number;
  sickPersons: number;
  reports: number;
  durationDays: number;
  durations: number;
};

/** The totals of a period from its sums; nothing (no row) is a period nobody was employed in. */
export function periodTotalsOf(
  sums: PeriodSums | undefined,
  period: { from: string; to: string },
): PeriodTotals {
  const periodDays = daysBetweenInclusive(period.from, period.to);
  return {
    periodDays,
    employed: sums?.employed ?? 0,
    sickByClass: {
      short: sums?.sickShort ?? 0,
      medium: sums?.sickMedium ?? 0,
      long: sums?.sickLong ?? 0,
      extraLong: sums?.sickExtraLong ?? 0,
    },
    headcount: (sums?.presentDays ?? 0) / periodDays,
    population: sums?.population ?? 0,
    sickPersons: sums?.sickPersons ?? 0,
    reports: sums?.reports ?? 0,
    durationDays: sums?.durationDays ?? 0,
    durations: sums?.durations ?? 0,
  };
}

/** The sums by unit (null: the total), then by period index. */
export function sumsByUnit(
  rows: readonly PeriodSums[],
): Map<string | null, Map<number, PeriodSums>> {
  const byUnit = new Map<string | null, Map<number, PeriodSums>>();
  for (const row of rows) {
    const periods = byUnit.get(row.unit) ?? new Map<number, PeriodSums>();
    periods.set(row.period, row);
    byUnit.set(row.unit, periods);
  }
  return byUnit;
}

/**
 * The weighted employment and sick days of one unit (null: all together) before a boundary of
 * consecutive buckets, in hundredths of contract hours (sick: times the percentage).
 */
export type BoundarySums = {
  unit: string | null;
  boundary: number;
  employed: number;
  sick: number;
};

/**
 * The numerator and denominator per bucket of each unit: the difference of the sums at the
 * bucket's two boundaries, as part-time factor × days (`fullTimeHours` the employer's).
 */
export function bucketSums(
  rows: readonly BoundarySums[],
  bucketCount: number,
  fullTimeHours: number,
): Map<string | null, AbsenceSums> {
  const before = new Map<string | null, { employed: Float64Array; sick: Float64Array }>();
  const beforeOf = (unit: string | null) => {
    let found = before.get(unit);
    if (!found) {
      found = {
        employed: new Float64Array(bucketCount + 1),
        sick: new Float64Array(bucketCount + 1),
      };
      before.set(unit, found);
    }
    return found;
  };
  beforeOf(null);
  for (const row of rows) {
    const found = beforeOf(row.unit);
    found.employed[row.boundary] = row.employed;
    found.sick[row.boundary] = row.sick;
  }
  const result = new Map<string | null, AbsenceSums>();
  for (const [unit, sums] of before) {
    const employed = new Float64Array(bucketCount);
    const sick = new Float64Array(bucketCount);
    for (let index = 0; index < bucketCount; index += 1) {
      // Whole numbers below 2^53: the differences are exact, an empty bucket exactly 0.
      employed[index] =
        ((sums.employed[index + 1] as number) - (sums.employed[index] as number)) /
        (100 * fullTimeHours);
      sick[index] =
        ((sums.sick[index + 1] as number) - (sums.sick[index] as number)) /
        (100 * 100 * fullTimeHours);
    }
    result.set(unit, { employed, sick });
  }
  return result;
}
