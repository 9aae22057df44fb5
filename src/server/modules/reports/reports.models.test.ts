import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isWorkingDay } from '../../../contracts/civil-dates.js';
import type { CountingMethod } from '../../../contracts/reports.js';
import {
  departments,
  historyArbitrary,
  oracleFigures,
  oracleVp,
} from '../../test/reports-oracle.js';
import {
  absencePercentageReport,
  countedDays,
  type EmploymentHistory,
  monthEnd,
  monthStart,
  reportUnits,
  type SicknessEpisode,
} from './reports.models.js';

/** DOMAIN.md §4's worked example: Q1 2025, full time 40 h, all in one department. */
function workedExample() {
  const employment = (employeeId: string, startDate: string, hours: number): EmploymentHistory => ({
    employeeId,
    startDate,
    endDate: null,
    versions: [{ validFrom: startDate, departmentId: 'a', contractHoursPerWeek: hours }],
  });
  const employments = [
    employment('A', '2024-06-01', 40),
    employment('B', '2024-06-01', 20),
    employment('C', '2024-06-01', 32),
    employment('D', '2025-02-01', 40),
  ];
  const episodes: SicknessEpisode[] = [
    {
      employeeId: 'A',
      firstDay: '2025-01-06',
      lastDay: '2025-01-15',
      segments: [{ validFrom: '2025-01-06', percentage: 100 }],
    },
    {
      employeeId: 'B',
      firstDay: '2025-03-01',
      lastDay: null,
      segments: [{ validFrom: '2025-03-01', percentage: 100 }],
    },
    {
      employeeId: 'C',
      firstDay: '2025-02-10',
      lastDay: '2025-03-01',
      segments: [
        { validFrom: '2025-02-10', percentage: 100 },
        { validFrom: '2025-02-20', percentage: 50 },
      ],
    },
  ];
  return { employments, episodes };
}

function report(method: CountingMethod) {
  return absencePercentageReport(
    {
      ...workedExample(),
      units: reportUnits(departments, [], 1),
      scope: { kind: 'employer' },
      fullTimeHours: 40,
      method,
      from: '2025-01-01',
      to: '2025-03-31',
      level: 1,
      selectedIds: [],
    },
    departments,
  );
}

describe('the verzuimpercentage of DOMAIN.md §4', () => {
  it('is 14.10% in the worked example (calendar days: 37.5 sick of 266 employment days)', () => {
    const answer = report('calendar');
    expect(answer.total.vp).toBeCloseTo((100 * 37.5) / 266, 12);
    expect(answer.total.vp?.toFixed(2)).toBe('14.10');
    expect(answer.units.map((unit) => unit.id)).toEqual(['a']);
    // March alone: B 15.5 sick days (31 × ½), C 0.8 × ½ on 1 March; D counts 31 days.
    const march = answer.total.months[2];
    expect(march?.vp).toBeCloseTo((100 * (15.5 + 0.4)) / (31 * (1 + 0.5 + 0.8 + 1)), 12);
    // The cumulative VP of March is the quarter's; it is a ratio of sums, not a mean of months.
    expect(march?.cumulativeVp).toBeCloseTo((100 * 37.5) / 266, 12);
  });

  it('gives MF 3.33, mean duration 15.0, nulverzuim 25% and the classes of the worked example', () => {
    const { total } = report('calendar');
    expect(total.averageHeadcount).toBeCloseTo(329 / 90, 12);
    expect(total.mf?.toFixed(2)).toBe('3.33');
    expect(total.mf).toBeCloseTo((3 / (329 / 90)) * (365 / 90), 12);
    expect(total.meanDuration).toBe(15);
    expect(total.zeroAbsencePct).toBe(25);
    // A (10 days) kort; B (31 days up to the period end) and C (20 days) middellang.
    expect(total.vpByDurationClass.short).toBeCloseTo((100 * 10) / 266, 12);
    expect(total.vpByDurationClass.medium).toBeCloseTo((100 * 27.5) / 266, 12);
    expect(total.vpByDurationClass.long).toBe(0);
    expect(total.vpByDurationClass.extraLong).toBe(0);
  });

  it('counts Monday–Friday only with the working-days method (27.7 of 188.2)', () => {
    // 64 working days in Q1 2025: A 64, B 32, C 51.2, D 41 (from Saturday 1 February).
    // Sick: A 8 days, B all 21 of March × ½, C 8 × 0.8 + 7 × 0.8 × ½.
    expect(report('working').total.vp).toBeCloseTo((100 * 27.7) / 188.2, 12);
  });
});

describe('counted days', () => {
  it('counts Monday to Friday, public holidays included', () => {
    expect(countedDays('2025-01-01', '2025-03-31', 'working')).toBe(64);
    expect(countedDays('2025-12-25', '2025-12-25', 'working')).toBe(1);
    expect(countedDays('2025-03-01', '2025-03-02', 'working')).toBe(0);
    expect(countedDays('2025-03-02', '2025-03-01', 'calendar')).toBe(0);
  });

  it('equals a day-by-day count for any period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: -3, max: 400 }),
        (start, length) => {
          const first = addDays('2020-01-01', start);
          const last = addDays(first, length);
          let days = 0;
          for (let day = first; day <= last; day = addDays(day, 1))
            if (isWorkingDay(day)) days += 1;
          expect(countedDays(first, last, 'working')).toBe(days);
        },
      ),
    );
  });
});

describe('report units', () => {
  it('shows each department at the chosen level, sub-departments included', () => {
    expect(Object.fromEntries(reportUnits(departments, [], 1))).toEqual({
      a: 'a',
      a1: 'a',
      a1x: 'a',
      a2: 'a',
      b: 'b',
    });
    expect(Object.fromEntries(reportUnits(departments, ['a1'], 2))).toEqual({
      a1: 'a1',
      a1x: 'a1',
    });
    expect(Object.fromEntries(reportUnits(departments, ['a', 'b'], 3))).toEqual({
      a: 'a',
      a1: 'a1',
      a1x: 'a1x',
      a2: 'a2',
      b: 'b',
    });
  });
});

describe('the period figures against a day-by-day count', () => {
  it('gives MF, mean duration, nulverzuim, average headcount and VP by duration class', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const { total } = absencePercentageReport(
          {
            ...history,
            selectedIds: history.selected,
            units: reportUnits(departments, history.selected, history.level),
          },
          departments,
        );
        const expected = oracleFigures(history);
        const close = (actual: number | null, wanted: number | null) => {
          if (wanted === null) expect(actual).toBeNull();
          else expect(Math.abs((actual ?? Number.NaN) - wanted)).toBeLessThan(1e-9);
        };
        close(total.mf, expected.mf);
        close(total.meanDuration, expected.meanDuration);
        close(total.zeroAbsencePct, expected.zeroAbsencePct);
        close(total.averageHeadcount, expected.averageHeadcount);
        for (const key of ['short', 'medium', 'long', 'extraLong'] as const) {
          close(total.vpByDurationClass[key], expected.vpByDurationClass[key]);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the monthly report against a day-by-day count', () => {
  it('gives every month VP, cumulative and rolling VP of each unit and the total', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const answer = absencePercentageReport(
          {
            ...history,
            selectedIds: history.selected,
            units: reportUnits(departments, history.selected, history.level),
          },
          departments,
        );
        const rows = [
          { unit: null, months: answer.total.months, vp: answer.total.vp },
          ...answer.units.map((unit) => ({ unit: unit.id, months: unit.months, vp: unit.vp })),
        ];
        for (const row of rows) {
          const close = (actual: number | null, expected: number | null) => {
            if (expected === null) expect(actual).toBeNull();
            else expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThan(1e-9);
          };
          close(row.vp, oracleVp(history, row.unit, history.from, history.to));
          for (const month of row.months) {
            const first = `${month.month}-01`;
            const last = monthEnd(first) < history.to ? monthEnd(first) : history.to;
            close(
              month.vp,
              oracleVp(history, row.unit, first < history.from ? history.from : first, last),
            );
            close(
              month.cumulativeVp,
              oracleVp(history, row.unit, `${month.month.slice(0, 4)}-01-01`, last),
            );
            close(month.rollingVp, oracleVp(history, row.unit, monthStart(first, -11), last));
          }
        }
        // A unit with any employment day in the period is shown.
        const shown = new Set(answer.units.map((unit) => unit.id));
        for (const unit of departments.map((department) => department.id)) {
          if (!shown.has(unit))
            expect(oracleVp(history, unit, history.from, history.to)).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });
});
