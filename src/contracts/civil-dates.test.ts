import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dayOfWeek,
  daysBetweenExclusive,
  daysBetweenInclusive,
  isCivilDate,
  isDomainDate,
  isWorkingDay,
  maxDate,
  minDate,
  nextWorkingDay,
} from './civil-dates.js';

// ---------------------------------------------------------------------------------------------
// The tests' own calendar, written independently of the code under test: a next-day step by
// month lengths, never through Date and never through a day number.
// ---------------------------------------------------------------------------------------------

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthLength = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (day < monthLength(year, month)) return iso(year, month, day + 1);
  return month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
}

/** Any existing date of the years 1900–2200. */
const civilDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => iso(year, month, Math.min(day, monthLength(year, month))));

/** A day offset of up to about 300 years either way. */
const offset = fc.integer({ min: -110_000, max: 110_000 });

describe('isCivilDate', () => {
  it('accepts real YYYY-MM-DD dates only, leap days by the Gregorian rule', () => {
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2100-02-29')).toBe(false);
    expect(isCivilDate('2025-02-29')).toBe(false);
    expect(isCivilDate('2025-04-31')).toBe(false);
    expect(isCivilDate('2025-13-01')).toBe(false);
    expect(isCivilDate('2025-00-10')).toBe(false);
    expect(isCivilDate('2025-01-00')).toBe(false);
    expect(isCivilDate('0000-01-01')).toBe(false);
    expect(isCivilDate('2025-1-01')).toBe(false);
    expect(isCivilDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(isCivilDate(' 2025-01-01')).toBe(false);
  });
});

describe('addDays and daysBetween', () => {
  it('step through month ends, year ends and leap days like the calendar walk', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-03-23', 28)).toBe('2025-04-20');
    // Summer time starts on 30 March 2025 in Amsterdam: still exactly one day per step.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
  });

  it('agrees with the day-by-day calendar walk from 1 January 1900, for every day up to 2200', () => {
    const mismatches: string[] = [];
    let date = '1900-01-01';
    for (let days = 0; date !== '2201-01-01'; days++) {
      const agrees =
        isCivilDate(date) &&
        addDays('1900-01-01', days) === date &&
        daysBetweenExclusive('1900-01-01', date) === days;
      if (!agrees) mismatches.push(date);
      date = nextDay(date);
    }
    expect(mismatches).toEqual([]);
  });

  it('daysBetweenExclusive counts the start and not the end; daysBetweenInclusive counts both', () => {
    expect(daysBetweenExclusive('2025-03-01', '2025-03-03')).toBe(2);
    expect(daysBetweenExclusive('2025-03-03', '2025-03-01')).toBe(-2);
    expect(daysBetweenInclusive('2025-03-03', '2025-03-23')).toBe(21);
    expect(daysBetweenInclusive('2025-03-03', '2025-03-03')).toBe(1);
    expect(daysBetweenInclusive('2025-03-03', '2025-03-02')).toBe(0);
    expect(daysBetweenInclusive('2025-03-03', '2025-01-01')).toBe(0);
    expect(daysBetweenInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysBetweenInclusive('1900-01-01', '1900-12-31')).toBe(365);
  });

  it('adding n days and measuring the distance back gives n', () => {
    fc.assert(
      fc.property(civilDate, offset, (date, days) => {
        const later = addDays(date, days);
        expect(isCivilDate(later)).toBe(true);
        expect(daysBetweenExclusive(date, later)).toBe(days);
        expect(addDays(later, -days)).toBe(date);
      }),
    );
  });

  it('is monotonic: more days give a later date, and date order is string order', () => {
    fc.assert(
      fc.property(civilDate, offset, offset, (date, a, b) => {
        fc.pre(a !== b);
        const [small, large] = a < b ? [a, b] : [b, a];
        expect(compareDates(addDays(date, small), addDays(date, large))).toBe(-1);
      }),
    );
  });

  it('distances add up: from a to b plus from b to c is from a to c', () => {
    fc.assert(
      fc.property(civilDate, civilDate, civilDate, (a, b, c) => {
        expect(daysBetweenExclusive(a, b) + daysBetweenExclusive(b, c)).toBe(
          daysBetweenExclusive(a, c),
        );
      }),
    );
  });

  it('refuses what is not a civil date or a whole number of days', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-01', 1.5)).toThrow(RangeError);
    expect(() => daysBetweenExclusive('2025-02-01', 'tomorrow')).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('compareDates, minDate, maxDate', () => {
  it('order dates', () => {
    expect(compareDates('2025-01-31', '2025-02-01')).toBe(-1);
    expect(compareDates('2025-02-01', '2025-02-01')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(minDate('2025-03-01', '2024-12-31', '2025-01-15')).toBe('2024-12-31');
    expect(maxDate('2025-03-01', '2024-12-31', '2025-01-15')).toBe('2025-03-01');
    expect(minDate('2025-03-01')).toBe('2025-03-01');
    expect(() => compareDates('2025-3-1', '2025-03-01')).toThrow(RangeError);
  });

  it('agree with the distance between the dates', () => {
    fc.assert(
      fc.property(civilDate, civilDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(daysBetweenExclusive(b, a)));
        expect(minDate(a, b)).toBe(daysBetweenExclusive(a, b) >= 0 ? a : b);
        expect(maxDate(a, b)).toBe(daysBetweenExclusive(a, b) >= 0 ? b : a);
      }),
    );
  });
});

describe('dayOfWeek and working days', () => {
  it('knows the weekdays of known dates', () => {
    expect(dayOfWeek('2025-03-03')).toBe(1); // Monday 3 March 2025 (DOMAIN.md §2)
    expect(dayOfWeek('2026-01-11')).toBe(7); // Sunday
    expect(dayOfWeek('2026-01-12')).toBe(1);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1900-01-01')).toBe(1);
    expect(dayOfWeek('2000-02-29')).toBe(2);
    expect(dayOfWeek('2200-12-31')).toBe(3);
  });

  it('goes round Monday to Sunday one day at a time', () => {
    fc.assert(
      fc.property(civilDate, offset, (date, days) => {
        const expected = ((((dayOfWeek(date) - 1 + days) % 7) + 7) % 7) + 1;
        expect(dayOfWeek(addDays(date, days))).toBe(expected);
      }),
    );
  });

  it('the next working day of sick-day 294 of the worked example, a Sunday, is Monday', () => {
    expect(nextWorkingDay('2026-01-11')).toBe('2026-01-12');
    expect(nextWorkingDay('2026-01-09')).toBe('2026-01-12'); // Friday → Monday
    expect(nextWorkingDay('2026-01-10')).toBe('2026-01-12'); // Saturday → Monday
    expect(nextWorkingDay('2026-01-12')).toBe('2026-01-13'); // strictly after, also from a weekday
  });

  it('the next working day is a weekday 1 to 3 days later with only weekend days between', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        const next = nextWorkingDay(date);
        const gap = daysBetweenExclusive(date, next);
        expect(isWorkingDay(next)).toBe(true);
        expect(gap).toBeGreaterThanOrEqual(1);
        expect(gap).toBeLessThanOrEqual(3);
        for (let day = 1; day < gap; day++) expect(isWorkingDay(addDays(date, day))).toBe(false);
      }),
    );
  });
});

describe('the range of dates the domain accepts', () => {
  it('is 1900-01-01 up to and including 2100-12-31, real dates only', () => {
    for (const date of ['1900-01-01', '1980-02-29', '2026-03-02', '2100-12-31']) {
      expect(isDomainDate(date), date).toBe(true);
    }
    for (const date of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(isDomainDate(date), date).toBe(false);
    }
    expect(isDomainDate('2023-02-29')).toBe(false);
  });
});
