/**
 * Verzuimanalyse totaal (SPEC.md §2.8, DOMAIN.md §4): absolute absence (weighted sick days) and
 * relative absence (VP), each by duration class, with nulverzuim, for the whole period, by
 * gender, by age class, per month and per unit at the chosen level. Pure.
 */
import { maxDate, minDate } from '../../../contracts/civil-dates.js';
import { type Gender, genders } from '../../../contracts/employees.js';
import {
  type AbsenceAnalysisReport,
  type AgeClass,
  ageClasses,
  type AnalysisFigures,
} from '../../../contracts/reports.js';
import { figuresOf, periodTotals, sickDaysOf } from './reports.figures.models.js';
import {
  forEmployees,
  perUnit,
  type ReportDepartment,
  type ReportInput,
  reportHeader,
} from './reports.groups.models.js';
import { monthEnd, monthOf, monthsOf } from './reports.periods.models.js';
import type { AbsenceInput } from './reports.population.models.js';

/** What the analysis knows of a person besides the employments: gender and date of birth. */
export type EmployeeProfile = { gender: Gender; dateOfBirth: string };

/** The age in whole years on `day`; a 29 February birthday comes on 1 March in other years. */
export function ageOn(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** DOMAIN.md §4: < 25, 25–34, 35–44, 45–54, 55 and older. */
export function ageClassOf(age: number): AgeClass {
  if (age < 25) return 'under25';
  if (age < 35) return 'from25to34';
  if (age < 45) return 'from35to44';
  if (age < 55) return 'from45to54';
  return 'from55';
}

/** The figures of `from`–`to` with the absolute sick and employment days behind them. */
export function analysisFigures(input: AbsenceInput, from: string, to: string): AnalysisFigures {
  const totals = periodTotals(input, from, to);
  return {
    ...figuresOf(totals),
    sickDays: sickDaysOf(totals),
    employedDays: totals.employed,
    sickDaysByDurationClass: { ...totals.sickByClass },
  };
}

export function absenceAnalysisReport(
  input: ReportInput & { profiles: ReadonlyMap<string, EmployeeProfile> },
  departments: readonly ReportDepartment[],
): AbsenceAnalysisReport {
  const whole = (of: AbsenceInput) => analysisFigures(of, input.from, input.to);
  const profileOf = (employeeId: string) => input.profiles.get(employeeId);
  // The age on the period end (DOMAIN.md §4) puts a person in one class for the whole period.
  const ageClassOfEmployee = (employeeId: string) => {
    const profile = profileOf(employeeId);
    return profile ? ageClassOf(ageOn(profile.dateOfBirth, input.to)) : undefined;
  };
  return {
    ...reportHeader(input, departments),
    total: whole(input),
    byGender: genders.map((gender) => ({
      gender,
      ...whole(forEmployees(input, (employeeId) => profileOf(employeeId)?.gender === gender)),
    })),
    byAgeClass: ageClasses.map((ageClass) => ({
      ageClass,
      ...whole(forEmployees(input, (employeeId) => ageClassOfEmployee(employeeId) === ageClass)),
    })),
    months: monthsOf(input.from, input.to).map((month) => ({
      month: monthOf(month),
      ...analysisFigures(input, maxDate(month, input.from), minDate(monthEnd(month), input.to)),
    })),
    units: perUnit(input, departments, whole, (unit) => unit.averageHeadcount > 0),
  };
}
