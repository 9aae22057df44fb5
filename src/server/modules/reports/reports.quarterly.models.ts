/**
 * Kwartaalrapportage verzuim (SPEC.md §2.8, DOMAIN.md §4): the key figures of each calendar
 * quarter within the period, per unit at the chosen level and in total, from the sums the
 * database takes (reports.statistics.repository.ts). Pure.
 */
import { addDays, maxDate, minDate } from '../../../contracts/civil-dates.js';
import type { QuarterFigures, QuarterlyReport } from '../../../contracts/reports.js';
import { figuresOf, type PeriodTotals } from './reports.figures.models.js';
import {
  type ReportDepartment,
  type ReportFilterInput,
  reportHeader,
} from './reports.groups.models.js';
import { monthStart } from './reports.periods.models.js';

/** The calendar quarters touching `from`–`to`, each cut to the period. */
export function quartersOf(
  from: string,
  to: string,
): { quarter: string; from: string; to: string }[] {
  const quarters = [];
  const firstMonth = Math.floor((Number(from.slice(5, 7)) - 1) / 3) * 3 + 1;
  for (
    let start = `${from.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
    start <= to;
    start = monthStart(start, 3)
  ) {
    quarters.push({
      quarter: `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`,
      from: maxDate(start, from),
      to: minDate(addDays(monthStart(start, 3), -1), to),
    });
  }
  return quarters;
}

/** The periods a kwartaalrapportage sums over: the whole period first, then each quarter. */
export function quarterlyPeriods(from: string, to: string): { from: string; to: string }[] {
  return [{ from, to }, ...quartersOf(from, to)];
}

/**
 * The report from the totals of each unit at the chosen level (null: the total) over each of
 * `quarterlyPeriods` (by index); a unit nobody was present in is left out.
 */
export function quarterlyReportOf(
  filter: ReportFilterInput,
  departments: readonly ReportDepartment[],
  unitIds: Iterable<string>,
  totalsOf: (unit: string | null, period: number) => PeriodTotals,
): QuarterlyReport {
  const quarters = quartersOf(filter.from, filter.to);
  const figures = (unit: string | null) => ({
    ...figuresOf(totalsOf(unit, 0)),
    quarters: quarters.map((quarter, index): QuarterFigures => ({
      ...quarter,
      ...figuresOf(totalsOf(unit, index + 1)),
    })),
  });
  const names = new Map(departments.map((department) => [department.id, department.name]));
  return {
    ...reportHeader(filter, departments),
    units: [...new Set(unitIds)]
      .map((id) => ({ id, name: names.get(id) ?? id, ...figures(id) }))
      .filter((unit) => unit.averageHeadcount > 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)),
    total: figures(null),
  };
}
