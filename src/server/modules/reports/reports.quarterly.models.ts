/**
 * Kwartaalrapportage verzuim (SPEC.md §2.8, DOMAIN.md §4): the key figures of each calendar
 * quarter within the period, per unit at the chosen level and in total. Pure.
 */
import { addDays, maxDate, minDate } from '../../../contracts/civil-dates.js';
import type { QuarterFigures, QuarterlyReport } from '../../../contracts/reports.js';
import { periodFigures } from './reports.figures.models.js';
import {
  perUnit,
  type ReportDepartment,
  type ReportInput,
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

export function quarterlyReport(
  input: ReportInput,
  departments: readonly ReportDepartment[],
): QuarterlyReport {
  const quarters = quartersOf(input.from, input.to);
  const figures = (of: ReportInput) => ({
    ...periodFigures(of, of.from, of.to),
    quarters: quarters.map((quarter): QuarterFigures => ({
      ...quarter,
      ...periodFigures(of, quarter.from, quarter.to),
    })),
  });
  return {
    ...reportHeader(input, departments),
    units: perUnit(input, departments, figures, (unit) => unit.averageHeadcount > 0),
    total: figures(input),
  };
}
