import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetweenExclusive } from '../../../contracts/civil-dates.js';
import {
  addYears,
  caseFilesOf,
  expiredFrom,
  type RetainedEmployee,
  retentionDecision,
} from './retention.models.js';

const settings = { absenceYears: 2, caseYears: 2 };
const employee = (overrides: Partial<RetainedEmployee>): RetainedEmployee => ({
  employeeId: 'e',
  employmentEnds: ['2023-06-30'],
  cases: [],
  tags: [],
  ...overrides,
});

const civilDate = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2080-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe('addYears and expiredFrom', () => {
  it('keeps the day, and 29 February becomes 28 February in a common year', () => {
    expect(addYears('2024-03-01', 2)).toBe('2026-03-01');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2099-12-31', 1)).toBe('2100-12-31');
    expect(expiredFrom('2024-02-29', 2)).toBe('2026-03-01');
    expect(expiredFrom('2023-12-31', 2)).toBe('2026-01-01');
  });

  it('is always a valid date between 365·n and 366·n days later (property)', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: 1, max: 20 }), (date, years) => {
        const later = addYears(date, years);
        expect(addDays(later, 0)).toBe(later); // a valid civil date
        const days = daysBetweenExclusive(date, later);
        expect(days).toBeGreaterThanOrEqual(365 * years - 1);
        expect(days).toBeLessThanOrEqual(366 * years);
        expect(later.slice(5, 7)).toBe(date.slice(5, 7));
      }),
    );
  });

  it('is monotonic: a later end never expires earlier (property)', () => {
    fc.assert(
      fc.property(civilDate, civilDate, fc.integer({ min: 1, max: 20 }), (a, b, years) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        expect(expiredFrom(first, years) <= expiredFrom(second, years)).toBe(true);
        expect(expiredFrom(first, years) > first).toBe(true);
      }),
    );
  });
});

describe('caseFilesOf', () => {
  it('joins recurrences into one case file ending with its last episode', () => {
    const files = caseFilesOf([
      { id: 'a', lastDay: '2020-01-10', previousCaseId: null },
      { id: 'b', lastDay: '2020-03-01', previousCaseId: 'a' },
      { id: 'c', lastDay: null, previousCaseId: null },
    ]);
    expect(files).toEqual([
      { caseIds: ['a', 'b'], lastDay: '2020-03-01' },
      { caseIds: ['c'], lastDay: null },
    ]);
  });
});

describe('retentionDecision', () => {
  it('erases the whole dossier the day after two years since the last employment ended', () => {
    const left = employee({
      employmentEnds: ['2020-01-31', '2023-06-30'],
      cases: [{ id: 'k', lastDay: '2023-05-01', previousCaseId: null }],
    });
    expect(retentionDecision(left, settings, '2025-06-30')).toEqual({
      scope: 'cases',
      caseIds: ['k'],
      expiredSince: '2025-05-02',
      tags: [],
    });
    expect(retentionDecision(left, settings, '2025-07-01')).toEqual({
      scope: 'employee',
      caseIds: ['k'],
      expiredSince: '2025-07-01',
      tags: [],
    });
  });

  it('keeps the dossier while an employment or a case is open', () => {
    expect(
      retentionDecision(employee({ employmentEnds: ['2010-01-01', null] }), settings, '2026-01-01'),
    ).toBeNull();
    const sick = employee({ cases: [{ id: 'k', lastDay: null, previousCaseId: null }] });
    expect(retentionDecision(sick, settings, '2030-01-01')).toBeNull();
    expect(retentionDecision(employee({ employmentEnds: [] }), settings, '2030-01-01')).toBeNull();
  });

  it('waits for a case that ended after the employment to reach its own term', () => {
    const late = employee({
      employmentEnds: ['2023-06-30'],
      cases: [{ id: 'k', lastDay: '2024-01-31', previousCaseId: null }],
    });
    expect(retentionDecision(late, settings, '2025-07-01')).toBeNull();
    expect(retentionDecision(late, settings, '2026-02-01')?.scope).toBe('employee');
  });

  it('erases ended case files of an employee still in service, and keeps a recurrence with its episode', () => {
    const working = employee({
      employmentEnds: [null],
      cases: [
        { id: 'old', lastDay: '2021-01-10', previousCaseId: null },
        { id: 'first', lastDay: '2022-01-10', previousCaseId: null },
        { id: 'again', lastDay: '2024-12-01', previousCaseId: 'first' },
      ],
    });
    expect(retentionDecision(working, settings, '2025-01-01')).toEqual({
      scope: 'cases',
      caseIds: ['old'],
      expiredSince: '2023-01-11',
      tags: [],
    });
  });

  it('names the tags of an exempt dossier and still says what is expired', () => {
    const tagged = employee({ tags: ['legal_proceedings'] });
    expect(retentionDecision(tagged, settings, '2026-01-01')?.tags).toEqual(['legal_proceedings']);
  });

  it('never erases anything before its term (property)', () => {
    const endOrOpen = fc.option(civilDate, { nil: null });
    fc.assert(
      fc.property(
        fc.array(endOrOpen, { minLength: 0, maxLength: 3 }),
        fc.array(endOrOpen, { minLength: 0, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        civilDate,
        (employmentEnds, caseEnds, absenceYears, caseYears, today) => {
          const cases = caseEnds.map((lastDay, index) => ({
            id: `c${index}`,
            lastDay,
            previousCaseId: null,
          }));
          const decision = retentionDecision(
            employee({ employmentEnds, cases }),
            { absenceYears, caseYears },
            today,
          );
          if (decision === null) return;
          expect(decision.expiredSince <= today).toBe(true);
          for (const id of decision.caseIds) {
            const lastDay = cases.find((c) => c.id === id)?.lastDay;
            expect(lastDay).not.toBeNull();
            expect(expiredFrom(lastDay as string, caseYears) <= today).toBe(true);
          }
          if (decision.scope === 'employee') {
            expect(employmentEnds.length).toBeGreaterThan(0);
            for (const end of employmentEnds) {
              expect(end).not.toBeNull();
              expect(expiredFrom(end as string, absenceYears) <= today).toBe(true);
            }
            expect(decision.caseIds).toHaveLength(cases.length);
          }
        },
      ),
    );
  });
});
