import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxDate, minDate } from '../../../contracts/civil-dates.js';
import type { AnalysisFigures, PeriodFigures } from '../../../contracts/reports.js';
import {
  departments,
  type History,
  historyArbitrary,
  oracleFigures,
} from '../../test/reports-oracle.js';
import { absenceAnalysisReport, ageClassOf, ageOn } from './reports.analysis.models.js';
import { monthEnd, reportUnits } from './reports.models.js';
import { quartersOf } from './reports.quarterly.models.js';

type Expected = ReturnType<typeof oracleFigures>;

function close(actual: number | null | undefined, wanted: number | null, what: string) {
  if (wanted === null) expect(actual, what).toBeNull();
  else expect(Math.abs((actual ?? Number.NaN) - wanted), what).toBeLessThan(1e-9);
}

function expectFigures(actual: PeriodFigures, expected: Expected, what: string) {
  close(actual.vp, expected.vp, `${what} vp`);
  close(actual.mf, expected.mf, `${what} mf`);
  close(actual.meanDuration, expected.meanDuration, `${what} meanDuration`);
  close(actual.zeroAbsencePct, expected.zeroAbsencePct, `${what} zeroAbsencePct`);
  close(actual.averageHeadcount, expected.averageHeadcount, `${what} averageHeadcount`);
  for (const key of ['short', 'medium', 'long', 'extraLong'] as const) {
    close(actual.vpByDurationClass[key], expected.vpByDurationClass[key], `${what} ${key}`);
  }
}

function expectAnalysis(actual: AnalysisFigures, expected: Expected, what: string) {
  expectFigures(actual, expected, what);
  close(actual.sickDays, expected.sickDays, `${what} sickDays`);
  close(actual.employedDays, expected.employedDays, `${what} employedDays`);
  for (const key of ['short', 'medium', 'long', 'extraLong'] as const) {
    close(
      actual.sickDaysByDurationClass[key],
      expected.sickDaysByDurationClass[key],
      `${what} sick days ${key}`,
    );
  }
}

const inputOf = (history: History) => ({
  ...history,
  selectedIds: history.selected,
  units: reportUnits(departments, history.selected, history.level),
});

/** The age in whole years, the other way round: YYYYMMDD numbers differ by 10,000 a year. */
const literalAge = (dateOfBirth: string, day: string) =>
  Math.floor((Number(day.replaceAll('-', '')) - Number(dateOfBirth.replaceAll('-', ''))) / 10_000);

describe('age classes (DOMAIN.md §4: < 25, 25–34, 35–44, 45–54, 55 and older)', () => {
  it('takes the age on the day, a 29 February birthday on 1 March', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
    expect(ageOn('1990-05-01', '2025-05-01')).toBe(35);
    expect([24, 25, 34, 35, 44, 45, 54, 55, 80].map(ageClassOf)).toEqual([
      'under25',
      'from25to34',
      'from25to34',
      'from35to44',
      'from35to44',
      'from45to54',
      'from45to54',
      'from55',
      'from55',
    ]);
  });

  it('equals the age counted the other way for any dates', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), fc.date({ noInvalidDate: true }), (a, b) => {
        const [birth, day] = [a, b].map((date) => date.toISOString().slice(0, 10)).sort() as [
          string,
          string,
        ];
        if (!/^\d{4}-/.test(birth) || !/^\d{4}-/.test(day)) return;
        expect(ageOn(birth, day)).toBe(literalAge(birth, day));
      }),
    );
  });
});

describe('quarters', () => {
  it('are the calendar quarters touching the period, cut to it', () => {
    expect(quartersOf('2024-11-15', '2025-04-01')).toEqual([
      { quarter: '2024-Q4', from: '2024-11-15', to: '2024-12-31' },
      { quarter: '2025-Q1', from: '2025-01-01', to: '2025-03-31' },
      { quarter: '2025-Q2', from: '2025-04-01', to: '2025-04-01' },
    ]);
  });
});

describe('the verzuimanalyse against a day-by-day count', () => {
  it('gives the total, each gender, age class, month and unit its days and figures', () => {
    fc.assert(
      fc.property(historyArbitrary, (history) => {
        const answer = absenceAnalysisReport(inputOf(history), departments);
        expectAnalysis(answer.total, oracleFigures(history), 'total');
        for (const row of answer.byGender) {
          const keep = (employeeId: string) =>
            history.profiles.get(employeeId)?.gender === row.gender;
          expectAnalysis(row, oracleFigures(history, { keep }), row.gender);
        }
        for (const row of answer.byAgeClass) {
          const keep = (employeeId: string) => {
            const profile = history.profiles.get(employeeId);
            return (
              profile !== undefined &&
              ageClassOf(literalAge(profile.dateOfBirth, history.to)) === row.ageClass
            );
          };
          expectAnalysis(row, oracleFigures(history, { keep }), row.ageClass);
        }
        for (const month of answer.months) {
          const first = `${month.month}-01`;
          expectAnalysis(
            month,
            oracleFigures(history, {
              from: maxDate(first, history.from),
              to: minDate(monthEnd(first), history.to),
            }),
            month.month,
          );
        }
        for (const unit of answer.units) {
          expectAnalysis(unit, oracleFigures(history, { unit: unit.id }), unit.id);
        }
        // Every person is of one gender and one age class: the groups add up to the total.
        const sum = (rows: AnalysisFigures[]) => rows.reduce((all, row) => all + row.sickDays, 0);
        close(sum(answer.byGender), answer.total.sickDays, 'genders add up');
        close(sum(answer.byAgeClass), answer.total.sickDays, 'age classes add up');
      }),
      { numRuns: 40 },
    );
  });
});
