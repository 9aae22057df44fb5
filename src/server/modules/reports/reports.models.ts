/**
 * Pure rules of the statistics (DOMAIN.md §4, CBS 1996 / Vernet): which days of whom count for
 * which unit, and the verzuimpercentage per month, cumulative and rolling. No database, no clock.
 *
 * Every employment day is weighted by the part-time factor (contract hours of the version valid
 * that day ÷ the employer's full-time hours, not capped; two employments add up) and every sick
 * day additionally by the percentage sick. Sums are taken over stretches of days at once, never
 * day by day, so a report over years of a large employer stays fast; the tests hold them to a
 * day-by-day count.
 */
import { maxDate, minDate } from '../../../contracts/civil-dates.js';
import type { AbsencePercentageReport, MonthFigures } from '../../../contracts/reports.js';
import {
  addOverBuckets,
  type Buckets,
  bucketsOf,
  earlier,
  later,
  monthEnd,
  monthOf,
  monthsOf,
  monthStart,
  sumOver,
} from './reports.periods.models.js';
import { figuresOf, type PeriodTotals, periodTotals } from './reports.figures.models.js';
import {
  type ReportDepartment,
  type ReportFilterInput,
  type ReportInput,
  reportHeader,
} from './reports.groups.models.js';
import {
  type AbsenceInput,
  inScope,
  placementsOf,
  sickStretches,
} from './reports.population.models.js';

export * from './reports.figures.models.js';
export * from './reports.groups.models.js';
export * from './reports.periods.models.js';
export * from './reports.population.models.js';

/**
 * The unit each department's days count for: the selected departments and everything below them
 * (the whole tree when none is selected), shown at `level` (1 = top departments). A department
 * above that level counts as itself. Departments outside the selection are absent.
 */
export function reportUnits(
  departments: readonly ReportDepartment[],
  selectedIds: readonly string[],
  level: number,
): Map<string, string> {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const pathOf = (id: string): string[] => {
    const path: string[] = [];
    const seen = new Set<string>();
    for (let at = byId.get(id); at && !seen.has(at.id); at = byId.get(at.parentId ?? '')) {
      seen.add(at.id);
      path.unshift(at.id);
    }
    return path;
  };
  const selected = new Set(selectedIds);
  const units = new Map<string, string>();
  for (const department of departments) {
    const path = pathOf(department.id);
    if (selected.size > 0 && !path.some((id) => selected.has(id))) continue;
    units.set(department.id, path[Math.min(level, path.length) - 1] as string);
  }
  return units;
}

/** Numerator (weighted sick days) and denominator (weighted employment days) per bucket. */
export type AbsenceSums = { sick: Float64Array; employed: Float64Array };

/** The sums per unit and in total (key `null`) over `buckets`. */
export function absenceSums(
  input: AbsenceInput,
  buckets: Buckets,
): Map<string | null, AbsenceSums> {
  const sums = new Map<string | null, AbsenceSums>();
  const sumsOf = (unit: string | null) => {
    let found = sums.get(unit);
    if (!found) {
      found = {
        sick: new Float64Array(buckets.starts.length),
        employed: new Float64Array(buckets.starts.length),
      };
      sums.set(unit, found);
    }
    return found;
  };
  sumsOf(null);
  // Each employee's sick stretches, made once: an employee has a placement per version.
  const stretchesOf = new Map<string, ReturnType<typeof sickStretches>>();
  for (const episode of input.episodes) {
    const stretches = sickStretches(episode, buckets.end);
    const list = stretchesOf.get(episode.employeeId);
    if (list) list.push(...stretches);
    else stretchesOf.set(episode.employeeId, stretches);
  }
  for (const employment of input.employments) {
    for (const placement of placementsOf(employment, input.fullTimeHours, buckets.end)) {
      const unit = input.units.get(placement.departmentId);
      if (unit === undefined || !inScope(input.scope, placement)) continue;
      const targets = [sumsOf(unit), sumsOf(null)];
      for (const target of targets) {
        addOverBuckets(
          target.employed,
          buckets,
          placement.first,
          placement.last,
          placement.factor,
          input.method,
        );
      }
      for (const stretch of stretchesOf.get(placement.employeeId) ?? []) {
        const first = later(stretch.first, placement.first);
        const last = earlier(stretch.last, placement.last);
        if (first > last) continue;
        for (const target of targets) {
          addOverBuckets(
            target.sick,
            buckets,
            first,
            last,
            placement.factor * stretch.factor,
            input.method,
          );
        }
      }
    }
  }
  return sums;
}

/** 100 × sick ÷ employed; null when nobody was employed. */
export function percentageOf(sick: number, employed: number): number | null {
  return employed > 0 ? (100 * sick) / employed : null;
}

/**
 * The days a monthly report reads: from 1 January of the first month's year, or the 12 months
 * ending with it when that is earlier (rolling VP), up to `to`.
 */
export function monthlyWindowStart(from: string): string {
  return minDate(`${from.slice(0, 4)}-01-01`, monthStart(from, -11));
}

/** The buckets a monthly report sums over: its months from `monthlyWindowStart`, cut at `from`. */
export function monthlyBuckets(from: string, to: string): Buckets {
  return bucketsOf([...monthsOf(monthlyWindowStart(from), to), from], to);
}

/** Verzuimpercentage per maand computed in memory from the input (a snapshot's). */
export function absencePercentageReport(
  input: ReportInput,
  departments: readonly ReportDepartment[],
): AbsencePercentageReport {
  const buckets = monthlyBuckets(input.from, input.to);
  return monthlyReportOf(
    input,
    departments,
    buckets,
    absenceSums(input, buckets),
    periodTotals(input, input.from, input.to),
  );
}

/**
 * Verzuimpercentage per maand (DOMAIN.md §4): for each month of `from`–`to` the VP of the month
 * (within the period), the cumulative VP (1 January up to the month's end) and the rolling VP
 * (the 12 months ending with the month), each a ratio of sums over `monthlyBuckets`; a month's
 * end is cut at `to`. The total also has the figures of the whole period (`total`).
 */
export function monthlyReportOf(
  filter: ReportFilterInput,
  departments: readonly ReportDepartment[],
  buckets: Buckets,
  sums: ReadonlyMap<string | null, AbsenceSums>,
  total: PeriodTotals,
): AbsencePercentageReport {
  const months = monthsOf(filter.from, filter.to);
  const ratio = (of: AbsenceSums, first: string, last: string) =>
    percentageOf(
      sumOver(of.sick, buckets, first, last),
      sumOver(of.employed, buckets, first, last),
    );
  const figures = (of: AbsenceSums): MonthFigures[] =>
    months.map((month) => {
      const last = minDate(monthEnd(month), filter.to);
      return {
        month: monthOf(month),
        vp: ratio(of, maxDate(month, filter.from), last),
        cumulativeVp: ratio(of, `${month.slice(0, 4)}-01-01`, last),
        rollingVp: ratio(of, monthStart(month, -11), last),
      };
    });
  const names = new Map(departments.map((department) => [department.id, department.name]));
  const units = [...sums.entries()]
    .filter(
      (entry): entry is [string, AbsenceSums] =>
        entry[0] !== null && entry[1].employed.some((days) => days > 0),
    )
    .map(([id, of]) => ({
      id,
      name: names.get(id) ?? id,
      vp: ratio(of, filter.from, filter.to),
      months: figures(of),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  return {
    ...reportHeader(filter, departments),
    units,
    total: { ...figuresOf(total), months: figures(sums.get(null) as AbsenceSums) },
  };
}
