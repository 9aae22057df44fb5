/**
 * Pure rules of employees and employments: the employment terms on a date, the dossier order of
 * employments, plausible dates and contract hours; name search is employees.search.models.ts,
 * re-exported here. No database, no clock. (The BSN and address rules live in
 * contracts/dutch-personal-data.ts.)
 */

import { addDays, isCivilDate } from '../../../contracts/civil-dates.js';

export * from './employees.search.models.js';

// ---------------------------------------------------------------------------------------------
// Employment on a date
// ---------------------------------------------------------------------------------------------

/** permanent | fixed_term | on_call | temporary_agency | other (employment_versions). */
export const employmentTypes = [
  'permanent',
  'fixed_term',
  'on_call',
  'temporary_agency',
  'other',
] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export function isEmploymentType(value: string): value is EmploymentType {
  return (employmentTypes as readonly string[]).includes(value);
}

/** The terms of an employment from `validFrom` until the next version's `validFrom`. */
export type EmploymentVersionTerms = {
  validFrom: string;
  departmentId: string;
  contractHoursPerWeek: number;
  employmentType: string;
  functionName: string | null;
};

export type EmploymentHistory<Version extends { validFrom: string }> = {
  startDate: string;
  /** Last day employed, inclusive; null while open-ended. */
  endDate: string | null;
  versions: readonly Version[];
};

export type EmploymentStatus = 'employed' | 'not_employed';

export type EmploymentOnDate<Version> = {
  status: EmploymentStatus;
  /**
   * The version in force on the date: the one with the latest `validFrom` on or before it
   * (versions are unique per `validFrom`). Given also outside the employment period (after the
   * end date the last terms stay in force, for reports about leavers); null only before the
   * first version.
   */
  version: Version | null;
};

/**
 * Status and terms of an employment on `date` (DOMAIN.md §4: each day belongs to the unit of
 * the version valid that day; days outside employment count nowhere). Employed when
 * start ≤ date ≤ end, end inclusive and null meaning open-ended. Civil dates compared as strings.
 */
export function employmentOnDate<Version extends { validFrom: string }>(
  employment: EmploymentHistory<Version>,
  date: string,
): EmploymentOnDate<Version> {
  let version: Version | null = null;
  for (const candidate of employment.versions) {
    if (
      candidate.validFrom <= date &&
      (version === null || candidate.validFrom > version.validFrom)
    ) {
      version = candidate;
    }
  }
  const employed =
    employment.startDate <= date && (employment.endDate === null || date <= employment.endDate);
  return { status: employed ? 'employed' : 'not_employed', version };
}

/** The employer's full-time hours per week when the setting is not changed (DOMAIN.md §4). */
export const defaultFullTimeHoursPerWeek = 40;

/**
 * Part-time factor on a day = contract hours per week of the employment that day ÷ the
 * employer's full-time hours per week (DOMAIN.md §4). Not capped: 45 h on a 40 h week is 1.125.
 */
export function partTimeFactor(
  contractHoursPerWeek: number,
  fullTimeHoursPerWeek: number = defaultFullTimeHoursPerWeek,
): number {
  if (!Number.isFinite(contractHoursPerWeek) || contractHoursPerWeek < 0) {
    throw new RangeError(`contract hours must be a number ≥ 0, got ${contractHoursPerWeek}`);
  }
  if (!Number.isFinite(fullTimeHoursPerWeek) || fullTimeHoursPerWeek <= 0) {
    throw new RangeError(`full-time hours must be a number > 0, got ${fullTimeHoursPerWeek}`);
  }
  return contractHoursPerWeek / fullTimeHoursPerWeek;
}

// ---------------------------------------------------------------------------------------------
// Employments in the dossier: status, "Dienstverband 1", version periods
// ---------------------------------------------------------------------------------------------

export type EmploymentPeriod = { startDate: string; endDate: string | null };

/** current: employed on `today`; future: starts after it; ended: ended before it. */
export function employmentStatusOn(
  employment: EmploymentPeriod,
  today: string,
): 'current' | 'future' | 'ended' {
  if (employment.startDate > today) return 'future';
  if (employment.endDate !== null && employment.endDate < today) return 'ended';
  return 'current';
}

const statusOrder = { current: 0, future: 1, ended: 2 } as const;

/**
 * The employments in dossier order, each with its status: the current one first; with several
 * current ones the latest started first; then employments that start later (soonest first),
 * then ended ones (latest end first). Their numbers are stored, fixed when each was created:
 * a later employment never renumbers the others.
 */
export function orderEmployments<T extends EmploymentPeriod>(
  employments: readonly T[],
  today: string,
): (T & { status: 'current' | 'future' | 'ended' })[] {
  return employments
    .map((employment) => ({ employment, status: employmentStatusOn(employment, today) }))
    .sort((a, b) => {
      if (a.status !== b.status) return statusOrder[a.status] - statusOrder[b.status];
      if (a.status === 'future')
        return a.employment.startDate.localeCompare(b.employment.startDate);
      if (a.status === 'ended') {
        return (b.employment.endDate ?? '').localeCompare(a.employment.endDate ?? '');
      }
      return b.employment.startDate.localeCompare(a.employment.startDate);
    })
    .map(({ employment, status }) => ({ ...employment, status }));
}

/** True while the employee has an employment that has not ended (current or starting later). */
export function isInService(employments: readonly EmploymentPeriod[], today: string): boolean {
  return employments.some((employment) => employmentStatusOn(employment, today) !== 'ended');
}

/**
 * The versions newest first, each with `validUntil`: the day before the next version starts,
 * null for the latest (which lasts as long as the employment).
 */
export function versionPeriods<Version extends { validFrom: string }>(
  versions: readonly Version[],
): (Version & { validUntil: string | null })[] {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted
    .map((version, index) => {
      const next = sorted[index + 1];
      return { ...version, validUntil: next ? addDays(next.validFrom, -1) : null };
    })
    .reverse();
}

// ---------------------------------------------------------------------------------------------
// Plausible dates and contract hours
// ---------------------------------------------------------------------------------------------

/** The same day `years` years later (earlier when negative); 29 February becomes 28 February. */
export function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/**
 * The dates a person can plausibly enter, relative to today (the product's choice):
 * - date of birth: at least 13 years ago (the youngest age at which light work is allowed in
 *   the Netherlands) and at most 100 years ago;
 * - start, change and end dates of an employment: from 60 years ago (the longest working life)
 *   up to 2 years ahead (contracts are signed months, not years, in advance); an end date, which
 *   a fixed-term contract knows from the start, up to 10 years ahead.
 */
export function plausibleDateBounds(today: string) {
  return {
    dateOfBirth: { min: shiftYears(today, -100), max: shiftYears(today, -13) },
    employmentDate: { min: shiftYears(today, -60), max: shiftYears(today, 2) },
    endDate: { min: shiftYears(today, -60), max: shiftYears(today, 10) },
  } as const;
}
export type DateBoundKind = keyof ReturnType<typeof plausibleDateBounds>;

/** null when the date is a real date within the bounds of its kind, else the reason. */
export function checkPlausibleDate(
  date: string,
  kind: DateBoundKind,
  today: string,
): 'invalid_format' | 'date_too_early' | 'date_too_late' | null {
  if (!isCivilDate(date)) return 'invalid_format';
  const { min, max } = plausibleDateBounds(today)[kind];
  if (date < min) return 'date_too_early';
  if (date > max) return 'date_too_late';
  return null;
}

/** Contract hours per week: 0–80 in steps of 0.01 (numeric(5,2) and its check constraint). */
export function checkContractHours(
  hours: number,
): 'invalid_format' | 'too_small' | 'too_big' | null {
  if (!Number.isFinite(hours) || Math.abs(hours * 100 - Math.round(hours * 100)) > 1e-9) {
    return 'invalid_format';
  }
  if (hours < 0) return 'too_small';
  if (hours > 80) return 'too_big';
  return null;
}
