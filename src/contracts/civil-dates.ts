/**
 * Civil dates `YYYY-MM-DD` (DOMAIN.md §1: calendar dates in Europe/Amsterdam, never converted
 * through UTC timestamps). Shared by the server's rules and the web's forms.
 *
 * Arithmetic goes through a whole day number (days since 1970-01-01 in the proleptic Gregorian
 * calendar) computed with integer formulas, so no `Date`, no time zone and no daylight-saving
 * hour can shift a day. Well-formed civil dates sort in date order, so comparison is string
 * comparison.
 *
 * Functions that take a date throw a RangeError on a string that is not a civil date: callers
 * validate input with `isCivilDate` first, so such a string here is a programming error.
 */

/** 1 = Monday … 7 = Sunday (ISO 8601). */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A civil date `YYYY-MM-DD` that exists in the calendar, years 0001–9999 (four digits, so that
 * string order is date order).
 */
export function isCivilDate(value: string): boolean {
  return parse(value) !== null;
}

/**
 * The dates the domain accepts, the one range for every date an API request or an import brings
 * in: 1900-01-01 up to and including 2100-12-31. Nobody employed today was born before 1900, no
 * contract, sickness or note of this system lies before it, and nothing is planned beyond 2100;
 * the bounds keep every date well inside what PostgreSQL's `date` and the day-number arithmetic
 * here hold (year 0000 is not a PostgreSQL date at all). Kinds of date with a tighter plausible
 * range (a date of birth, an employment's start) check that on top.
 */
export const firstDomainDate = '1900-01-01';
export const lastDomainDate = '2100-12-31';

/** A civil date within the domain's range (`firstDomainDate`–`lastDomainDate`). */
export function isDomainDate(value: string): boolean {
  return isCivilDate(value) && value >= firstDomainDate && value <= lastDomainDate;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `to − from` in days: how many days to add to `from` to reach `to`, so `from` counts and `to`
 * does not (1 → 3 March is 2). Negative when `to` lies before `from`.
 */
export function daysBetweenExclusive(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The number of days of the period `first` up to and including `last` (3 → 23 March is 21): the
 * way DOMAIN.md counts sick days and leave. A period that ends before it starts holds 0 days.
 */
export function daysBetweenInclusive(first: string, last: string): number {
  return Math.max(0, daysBetweenExclusive(first, last) + 1);
}

/** −1, 0 or 1 as `a` lies before, on or after `b`; usable as a sort comparator. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  toDayNumber(a);
  toDayNumber(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earliest of the dates. */
export function minDate(first: string, ...others: string[]): string {
  return others.reduce(
    (earliest, date) => (compareDates(date, earliest) < 0 ? date : earliest),
    first,
  );
}

/** The latest of the dates. */
export function maxDate(first: string, ...others: string[]): string {
  return others.reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest), first);
}

/** Monday = 1 … Sunday = 7. */
export function dayOfWeek(date: string): DayOfWeek {
  // Day 0, 1 January 1970, was a Thursday (4).
  return (mod(toDayNumber(date) + 3, 7) + 1) as DayOfWeek;
}

/** Monday to Friday; public holidays are not taken out (DOMAIN.md §4, working-days method). */
export function isWorkingDay(date: string): boolean {
  return dayOfWeek(date) <= 5;
}

/**
 * The first working day (Monday–Friday) strictly after `date`: DOMAIN.md §2's "first working day
 * after sick-day 294" is the next weekday even when sick-day 294 is itself a weekday.
 */
export function nextWorkingDay(date: string): string {
  let next = addDays(date, 1);
  while (!isWorkingDay(next)) next = addDays(next, 1);
  return next;
}

/** `date` when it is a working day, else the working day (Monday–Friday) before it. */
export function lastWorkingDayOnOrBefore(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

// ---------------------------------------------------------------------------------------------
// Day numbers (after Howard Hinnant's "days_from_civil", with years counted from 1 March so that
// the leap day is the last day of its year)
// ---------------------------------------------------------------------------------------------

type Parts = { year: number; month: number; day: number };

function parse(value: string): Parts | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const valid =
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return valid ? { year, month, day } : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const mod = (value: number, divisor: number) => ((value % divisor) + divisor) % divisor;

/** Days in a 400-year cycle of the Gregorian calendar. */
const daysPerEra = 146_097;
/** Day number of 1970-01-01 counted from 0000-03-01. */
const unixEpochOffset = 719_468;

function toDayNumber(date: string): number {
  const parts = parse(date);
  if (!parts) throw new RangeError(`not a civil date: ${JSON.stringify(date)}`);
  const { month, day } = parts;
  const year = month <= 2 ? parts.year - 1 : parts.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * daysPerEra + dayOfEra - unixEpochOffset;
}

function fromDayNumber(dayNumber: number): string {
  const shifted = dayNumber + unixEpochOffset;
  const era = Math.floor(shifted / daysPerEra);
  const dayOfEra = shifted - era * daysPerEra;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / (daysPerEra - 1))) /
      365,
  );
  const dayOfYear =
    dayOfEra - (yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchBasedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * marchBasedMonth + 2) / 5) + 1;
  const month = marchBasedMonth < 10 ? marchBasedMonth + 3 : marchBasedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError(`date outside years 0001–9999: ${dayNumber}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
