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
  /** Σ over persons of the calendar days present (overlapping employments once). */
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

/** The numerator and denominator per bucket of each unit, from sums whose periods are buckets. */
export function bucketSums(
  byUnit: ReadonlyMap<string | null, ReadonlyMap<number, PeriodSums>>,
  bucketCount: number,
): Map<string | null, AbsenceSums> {
  const result = new Map<string | null, AbsenceSums>();
  for (const unit of new Set([null, ...byUnit.keys()])) {
    const sums = { sick: new Float64Array(bucketCount), employed: new Float64Array(bucketCount) };
    for (const [period, row] of byUnit.get(unit) ?? []) {
      if (period >= bucketCount) continue;
      sums.employed[period] = row.employed;
      sums.sick[period] = row.sickShort + row.sickMedium + row.sickLong + row.sickExtraLong;
    }
    result.set(unit, sums);
  }
  return result;
}
