import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, firstDomainDate, lastDomainDate } from './civil-dates.js';
import {
  amsterdamClockOf,
  amsterdamDateOf,
  amsterdamDateTimeOf,
  formatDate,
  formatDateTime,
  formatInstantDate,
  formatNumber,
  formatTime,
  formatTimestamp,
  intlLocaleOf,
} from './formats.js';

const dutchMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Any civil date of the domain's range. */
const domainDate = fc
  .integer({ min: 0, max: 73_413 }) // 1900-01-01 … 2100-12-31
  .map((days) => addDays(firstDomainDate, days));

/** Any instant from 1970 to 2100. */
const instant = fc
  .integer({ min: 0, max: Date.UTC(2100, 11, 31) })
  .map((milliseconds) => new Date(milliseconds));

/** The last Sunday of a month (1–12) of a year, as a day of that month. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The EU rule, written out independently of Intl: summer time from the last Sunday of March to
 * the last Sunday of October, switching at 01:00 UTC (in force since 1996).
 */
function amsterdamOffsetHours(at: Date): 1 | 2 {
  const year = at.getUTCFullYear();
  const start = Date.UTC(year, 2, lastSunday(year, 3), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 10), 1);
  return at.getTime() >= start && at.getTime() < end ? 2 : 1;
}

describe('the formatting module', () => {
  it('writes Dutch as nl-NL and English as en-GB, never the US order', () => {
    expect(intlLocaleOf('nl')).toBe('nl-NL');
    expect(intlLocaleOf('en')).toBe('en-GB');
    expect(intlLocaleOf('en-US')).toBe('en-GB');
    expect(formatDate('2025-03-03', 'nl')).toBe('3 maart 2025');
    expect(formatDate('2025-03-03', 'nl', 'short')).toBe('03-03-2025');
    expect(formatDate('2025-03-03', 'en')).toBe('3 March 2025');
    expect(formatDate('2025-03-03', 'en', 'short')).toBe('03/03/2025');
    expect(formatDate('1969-03-25', 'en')).not.toBe('Mar 25, 1969');
  });

  it('writes every civil date of the domain day, month, year, in both styles', () => {
    fc.assert(
      fc.property(domainDate, (date) => {
        const [year, month, day] = date.split('-');
        expect(formatDate(date, 'nl', 'short')).toBe(`${day}-${month}-${year}`);
        expect(formatDate(date, 'en', 'short')).toBe(`${day}/${month}/${year}`);
        const monthIndex = Number(month) - 1;
        expect(formatDate(date, 'nl')).toBe(`${Number(day)} ${dutchMonths[monthIndex]} ${year}`);
        expect(formatDate(date, 'en')).toBe(`${Number(day)} ${englishMonths[monthIndex]} ${year}`);
      }),
    );
    expect(formatDate(lastDomainDate, 'nl')).toBe('31 december 2100');
  });

  it('never moves a civil date a day, whatever time zone the process runs in', () => {
    // The formatter is fixed to UTC for days; the process zone (TZ) plays no part.
    expect(formatDate('2025-10-26', 'nl')).toBe('26 oktober 2025');
    expect(formatDate('2025-03-30', 'en', 'short')).toBe('30/03/2025');
  });

  it('reads every instant on an Amsterdam clock, summer time by the EU rule', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const clock = amsterdamClockOf(at);
        const wall = Date.UTC(
          clock.year,
          clock.month - 1,
          clock.day,
          clock.hour,
          clock.minute,
          clock.second,
        );
        const seconds = Math.floor(at.getTime() / 1000) * 1000;
        // From 1996 on the EU rule holds; before, only whole hours.
        const offset = (wall - seconds) / 3_600_000;
        if (at.getUTCFullYear() >= 1996) expect(offset).toBe(amsterdamOffsetHours(at));
        else expect([1, 2]).toContain(offset);
      }),
    );
  });

  it('agrees with itself: the date of a date-time is the date of the instant', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('nl', 'en'), (at, language) => {
        const day = amsterdamDateOf(at);
        const clock = amsterdamClockOf(at);
        const hhmm = `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
        expect(formatInstantDate(at, language)).toBe(formatDate(day, language));
        expect(formatInstantDate(at, language, 'short')).toBe(formatDate(day, language, 'short'));
        expect(formatTime(at, language)).toBe(hhmm);
        const joiner = language === 'nl' ? ' om ' : ' at ';
        expect(formatDateTime(at, language)).toBe(`${formatDate(day, language)}${joiner}${hhmm}`);
        expect(formatDateTime(at, language, 'short')).toBe(
          `${formatDate(day, language, 'short')}, ${hhmm}`,
        );
        expect(amsterdamDateTimeOf(at)).toBe(
          `${day} ${hhmm}:${String(clock.second).padStart(2, '0')}`,
        );
      }),
    );
  });

  it('jumps from 02:00 to 03:00 on the last Sunday of March and back in October', () => {
    // 30 March 2025: 01:00 UTC is 02:00 winter time, which becomes 03:00 summer time.
    expect(formatDateTime('2025-03-30T00:59:00Z', 'nl')).toBe('30 maart 2025 om 01:59');
    expect(formatDateTime('2025-03-30T01:00:00Z', 'nl')).toBe('30 maart 2025 om 03:00');
    // 26 October 2025: 01:00 UTC is 03:00 summer time, which becomes 02:00 winter time again.
    expect(formatDateTime('2025-10-26T00:59:00Z', 'en')).toBe('26 October 2025 at 02:59');
    expect(formatDateTime('2025-10-26T01:00:00Z', 'en')).toBe('26 October 2025 at 02:00');
    expect(formatTimestamp('2025-10-26T01:00:05Z', 'nl')).toBe('26-10-2025, 02:00:05');
    expect(formatTimestamp('2025-10-26T00:00:05Z', 'en')).toBe('26/10/2025, 02:00:05');
  });

  it('is already the next day in Amsterdam before midnight UTC', () => {
    expect(amsterdamDateOf(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(amsterdamDateOf(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(amsterdamDateOf(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
    expect(formatInstantDate('2026-07-01T22:30:00Z', 'nl')).toBe('2 juli 2026');
    expect(amsterdamDateTimeOf(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02 00:30:00');
  });

  it('writes numbers with the decimal sign of the language', () => {
    expect(formatNumber(12.54, 'nl')).toBe('12,5');
    expect(formatNumber(12.54, 'en')).toBe('12.5');
    expect(formatNumber(1234, 'nl')).toBe('1.234');
  });
});
