import { describe, expect, it } from 'vitest';
import { addDays, daysBetweenInclusive } from '../../contracts/civil-dates.js';
import { absencePercentageReport, reportUnits } from '../modules/reports/reports.models.js';
import { type SyntheticPlan, syntheticEmployees } from './synthetic.models.js';

const plan: SyntheticPlan = {
  seed: 7,
  employees: 2_000,
  from: '2023-01-01',
  to: '2025-12-31',
  departmentIds: ['a', 'b', 'c'],
  firstPersonnelNumber: 1,
};

describe('the synthetic employer', () => {
  const people = syntheticEmployees(plan);

  it('is the same for the same plan, ids included', () => {
    const again = syntheticEmployees(plan);
    expect(again).toEqual(people);
    expect(new Set(people.map((person) => person.id)).size).toBe(people.length);
  });

  it('keeps the rules of the cases module: no overlap, within the employment, recurrences linked', () => {
    for (const person of people) {
      const [employment] = person.employments;
      if (!employment) throw new Error('no employment');
      const versionDates = employment.versions.map((version) => version.validFrom);
      expect(new Set(versionDates).size).toBe(versionDates.length);
      expect([...versionDates].sort()).toEqual(versionDates);
      let previousEnd: string | null = null;
      let previousSickness: { id: string; lastDay: string } | null = null;
      // Leave between two episodes does not count as fit days (DOMAIN.md §2).
      let leaveBetween = false;
      for (const item of person.cases) {
        expect(item.firstDay >= employment.startDate).toBe(true);
        if (employment.endDate !== null) {
          expect(item.lastDay).not.toBeNull();
          expect((item.lastDay as string) <= employment.endDate).toBe(true);
        }
        if (previousEnd !== null) expect(item.firstDay > previousEnd).toBe(true);
        expect(item.lastDay === null).toBe(item.endReason === null);
        if (item.kind === 'sickness') {
          expect(item.segments[0]?.validFrom).toBe(item.firstDay);
          if (item.previousCaseId !== null) {
            expect(item.previousCaseId).toBe(previousSickness?.id);
            if (!leaveBetween)
              expect(
                daysBetweenInclusive(addDays(previousSickness?.lastDay ?? '', 1), item.firstDay),
              ).toBeLessThanOrEqual(29);
          }
          if (item.lastDay !== null) previousSickness = { id: item.id, lastDay: item.lastDay };
          leaveBetween = false;
        } else {
          leaveBetween = true;
          expect(person.gender).toBe('f');
          expect(item.segments).toEqual([]);
        }
        previousEnd = item.lastDay ?? plan.to;
      }
      // Only the last case can still be open.
      expect(person.cases.slice(0, -1).every((item) => item.lastDay !== null)).toBe(true);
    }
  });

  it('has the mix the reports need: about 5 % VP, part-timers, moves, recurrences, long cases, pregnancies', () => {
    const cases = people.flatMap((person) => person.cases);
    const sickness = cases.filter((item) => item.kind === 'sickness');
    expect(cases.some((item) => item.kind === 'pregnancy' && item.lastDay !== null)).toBe(true);
    expect(sickness.some((item) => item.previousCaseId !== null)).toBe(true);
    expect(sickness.some((item) => item.segments.length > 1)).toBe(true);
    expect(sickness.some((item) => item.lastDay === null)).toBe(true);
    expect(
      sickness.some(
        (item) => item.lastDay !== null && daysBetweenInclusive(item.firstDay, item.lastDay) > 365,
      ),
    ).toBe(true);
    const employments = people.flatMap((person) => person.employments);
    expect(employments.some((employment) => employment.endDate !== null)).toBe(true);
    expect(
      employments.some((employment) =>
        employment.versions.some(
          (version) => version.departmentId !== employment.versions[0]?.departmentId,
        ),
      ),
    ).toBe(true);
    expect(
      employments.filter((employment) => (employment.versions[0]?.contractHoursPerWeek ?? 0) < 36)
        .length,
    ).toBeGreaterThan(people.length / 3);

    const departments = plan.departmentIds.map((id) => ({ id, parentId: null, name: id }));
    const report = absencePercentageReport(
      {
        employments: people.flatMap((person) =>
          person.employments.map((employment) => ({ employeeId: person.id, ...employment })),
        ),
        episodes: people.flatMap((person) =>
          person.cases
            .filter((item) => item.kind === 'sickness')
            .map((item) => ({ employeeId: person.id, ...item })),
        ),
        units: reportUnits(departments, [], 1),
        scope: { kind: 'employer' },
        fullTimeHours: 38,
        method: 'calendar',
        from: '2025-01-01',
        to: '2025-12-31',
        level: 1,
        selectedIds: [],
      },
      departments,
    );
    expect(report.total.vp).toBeGreaterThan(3.5);
    expect(report.total.vp).toBeLessThan(6.5);
    expect(report.total.mf).toBeGreaterThan(0.7);
    expect(report.total.mf).toBeLessThan(1.6);
  });
});
