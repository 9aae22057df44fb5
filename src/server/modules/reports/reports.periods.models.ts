/**
 * Periods of the statistics (DOMAIN.md §4): counted days by method, months, and the buckets a
 * report sums over. Pure; dates are civil dates `YYYY-MM-DD` (contracts/civil-dates.ts).
 */
import { addDays, daysBetweenExclusive } from '../../../contracts/civil-dates.js';
import type { CountingMethod } from '../../../contracts/reports.js';

const dayNumbers = new Map<string, number>();

/**
 * Days since 1 January 1970, remembered: a report over a large employer turns the same few
 * thousand dates into numbers millions of times, and parsing a date string is what it then spends
 * its time on (bench:reports).
 */
export function dayNumberOf(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = daysBetweenExclusive('1970-01-01', date);
    if (dayNumbers.size >= 100_000) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

/** The later of two civil dates (they sort as strings; the inputs are checked dates). */
export const later = (a: string, b: string): string => (a > b ? a : b);
/** The earlier of two civil dates. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** `countedDays` of day numbers (`dayNumberOf`). */
export function countedDayNumbers(first: number, last: number, method: CountingMethod): number {
  const days = last - first + 1;
  if (days <= 0) return 0;
  if (method === 'calendar') return days;
  let counted = Math.floor(days / 7) * 5;
  // Day 0, 1 January 1970, was a Thursday: ISO weekday 4.
  const start = ((((first + 3) % 7) + 7) % 7) + 1;
  for (let extra = 0; extra < days % 7; extra += 1) {
    if (((start - 1 + extra) % 7) + 1 <= 5) counted += 1;
  }
  return counted;
}

/**
 * The counted days of `first`–`last` inclusive: every day (calendar method) or Monday–Friday
 * only, public holidays not removed (working-days method). 0 when `last` lies before `first`.
 */
export function countedDays(first: string, last: string, method: CountingMethod): number {
  return countedDayNumbers(dayNumberOf(first), dayNumberOf(last), method);
}

/** `YYYY-MM` of a date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The first day of the month of `date`, moved `months` months (back when negative). */
export function monthStart(date: string, months = 0): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The last day of the month of `date`. */
export const monthEnd = (date: string): string => addDays(monthStart(date, 1), -1);

/** The months (`YYYY-MM-01`) from the month of `from` up to and including the month of `to`. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthStart(from); month <= to; month = monthStart(month, 1)) {
    months.push(month);
  }
  return months;
}

/**
 * Consecutive stretches of days, the last ending on `end`: bucket k runs from `starts[k]` to the
 * day before `starts[k + 1]`. A report adds every employment day and sick day into the bucket it
 * falls in, once, and then answers each of its periods as a sum of whole buckets.
 */
export type Buckets = { starts: readonly string[]; end: string };

/** The buckets' first and last days as day numbers, made once per `Buckets`. */
const numericBuckets = new WeakMap<Buckets, { starts: number[]; ends: number[] }>();
function numericOf(buckets: Buckets): { starts: number[]; ends: number[] } {
  let numeric = numericBuckets.get(buckets);
  if (!numeric) {
    const starts = buckets.starts.map(dayNumberOf);
    const ends = starts.map((_, index) =>
      index + 1 < starts.length ? (starts[index + 1] as number) - 1 : dayNumberOf(buckets.end),
    );
    numeric = { starts, ends };
    numericBuckets.set(buckets, numeric);
  }
  return numeric;
}

export function bucketsOf(boundaries: Iterable<string>, end: string): Buckets {
  return { starts: [...new Set(boundaries)].filter((day) => day <= end).sort(), end };
}

/** The last day of bucket `index`. */
export const bucketEnd = (buckets: Buckets, index: number): string =>
  index + 1 < buckets.starts.length
    ? addDays(buckets.starts[index + 1] as string, -1)
    : buckets.end;

/** The index of the bucket holding `day` (the last bucket starting on or before it), or -1. */
export function bucketOf(buckets: Buckets, day: string): number {
  let low = 0;
  let high = buckets.starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((buckets.starts[middle] as string) <= day) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Adds `weight` × the counted days of `first`–`last` to `sums`, split over the buckets the days
 * fall in. Days outside the buckets count nowhere.
 */
export function addOverBuckets(
  sums: Float64Array,
  buckets: Buckets,
  first: string,
  last: string,
  weight: number,
  method: CountingMethod,
): void {
  if (weight === 0 || buckets.starts.length === 0) return;
  const { starts, ends } = numericOf(buckets);
  const start = Math.max(dayNumberOf(first), starts[0] as number);
  const stop = Math.min(dayNumberOf(last), ends[ends.length - 1] as number);
  if (start > stop) return;
  // The last bucket starting on or before `start`.
  let index = bucketOf(
    buckets,
    first > (buckets.starts[0] as string) ? first : (buckets.starts[0] as string),
  );
  for (; index < starts.length; index += 1) {
    const bucketFirst = starts[index] as number;
    if (bucketFirst > stop) break;
    const days = countedDayNumbers(
      Math.max(start, bucketFirst),
      Math.min(stop, ends[index] as number),
      method,
    );
    sums[index] = (sums[index] ?? 0) + weight * days;
  }
}

/** The sum of the buckets that lie within `first`–`last` (both bucket boundaries). */
export function sumOver(sums: Float64Array, buckets: Buckets, first: string, last: string): number {
  let total = 0;
  for (let index = 0; index < buckets.starts.length; index += 1) {
    const bucketFirst = buckets.starts[index] as string;
    if (bucketFirst >= first && bucketFirst <= last) total += sums[index] ?? 0;
  }
  return total;
}
