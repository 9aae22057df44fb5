import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employerRoles, operatorRoles } from '../../../contracts/permissions.js';
import {
  accumulatedWaitingTime,
  changePercentage,
  classifications,
  classificationView,
  correctSickReport,
  endForOtherReason,
  groupIntoLegalCases,
  isClassification,
  isSafetyNet,
  leaveOverlapping,
  leavePeriods,
  leaveStartWindow,
  mayCorrectSickReport,
  otherEndReasons,
  percentageFromHoursNotWorked,
  percentageOn,
  pregnancyLeaveDates,
  registerRecovery,
  registeredSickDays,
  safetyNetClassifications,
  segmentPeriods,
  sickDayDate,
  sickDayNumber,
  startEpisode,
  validateLastWorkingDay,
  validateSickReport,
  waitingTimeOn,
  type Episode,
  type EpisodePeriod,
  type LeavePeriod,
  type WazoLeave,
} from './cases.models.js';

// ---------------------------------------------------------------------------------------------
// The tests' own calendar, independent of contracts/civil-dates: a day step by month lengths.
// ---------------------------------------------------------------------------------------------

const monthLength = (year: number, month: number) =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function nextDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (day < monthLength(year, month)) return iso(year, month, day + 1);
  return month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
}

function previousDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (day > 1) return iso(year, month, day - 1);
  return month === 1 ? iso(year - 1, 12, 31) : iso(year, month - 1, monthLength(year, month - 1));
}

/** `date` moved by `days` one calendar step at a time. */
function shift(date: string, days: number): string {
  let result = date;
  for (let step = 0; step < Math.abs(days); step++) {
    result = days > 0 ? nextDay(result) : previousDay(result);
  }
  return result;
}

/** Any existing date of the years 1900–2200. */
const civilDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => iso(year, month, Math.min(day, monthLength(year, month))));

/** The episode of a successful result; fails the test on a refusal. */
function episodeOf(
  result: { ok: true; episode: Episode } | { ok: false; reason: string },
): Episode {
  if (!result.ok) throw new Error(`unexpected refusal ${result.reason}`);
  return result.episode;
}

const refusal = (result: { ok: boolean; reason?: string }) => (result.ok ? 'ok' : result.reason);

// ---------------------------------------------------------------------------------------------
// Classifications
// ---------------------------------------------------------------------------------------------

describe('classifications (DOMAIN.md §5)', () => {
  it('are the ten non-medical kinds, with stable codes', () => {
    expect(classifications).toEqual([
      'illness',
      'work_accident',
      'private_accident',
      'third_party_accident',
      'pregnancy_related',
      'organ_donation',
      'no_risk_policy',
      'safety_net_unknown',
      'labour_conflict',
      'unknown',
    ]);
    expect(isClassification('work_accident')).toBe(true);
    expect(isClassification('burn-out')).toBe(false);
  });

  it('pregnancy, organ donation, no-risk policy and "vangnet, unknown which" are safety-net kinds', () => {
    expect(classifications.filter(isSafetyNet)).toEqual([...safetyNetClassifications]);
    expect(isSafetyNet('illness')).toBe(false);
    expect(isSafetyNet('work_accident')).toBe(false);
  });

  it('every employer role sees "vangnet: ja" but never which safety-net kind', () => {
    for (const role of employerRoles) {
      for (const classification of safetyNetClassifications) {
        expect(classificationView(role, classification)).toEqual({
          classification: null,
          safetyNet: true,
        });
      }
      expect(classificationView(role, 'work_accident')).toEqual({
        classification: 'work_accident',
        safetyNet: false,
      });
    }
  });

  it('every operator role sees the classification itself', () => {
    for (const role of operatorRoles) {
      for (const classification of classifications) {
        expect(classificationView(role, classification)).toEqual({
          classification,
          safetyNet: isSafetyNet(classification),
        });
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Percentage timeline
// ---------------------------------------------------------------------------------------------

describe('the percentage timeline of an episode', () => {
  const sick100 = episodeOf(startEpisode('2025-03-03', 100));

  it('a sick report opens an episode with one segment from the first sick day', () => {
    expect(sick100).toEqual({
      firstSickDay: '2025-03-03',
      lastSickDay: null,
      endReason: null,
      segments: [{ from: '2025-03-03', percentage: 100 }],
    });
    expect(refusal(startEpisode('2025-02-30', 100))).toBe('invalid_date');
    expect(refusal(startEpisode('2025-03-03', 0))).toBe('invalid_percentage');
    expect(refusal(startEpisode('2025-03-03', 101))).toBe('invalid_percentage');
    expect(refusal(startEpisode('2025-03-03', 50.5))).toBe('invalid_percentage');
  });

  it('partial recovery to 50% and back to 100% add segments; full recovery closes the episode', () => {
    const half = episodeOf(changePercentage(sick100, '2025-03-17', 50));
    const full = episodeOf(changePercentage(half, '2025-03-24', 100));
    const recovered = episodeOf(registerRecovery(full, '2025-04-06'));
    expect(recovered.endReason).toBe('recovered');
    expect(segmentPeriods(recovered)).toEqual([
      { from: '2025-03-03', to: '2025-03-16', percentage: 100 },
      { from: '2025-03-17', to: '2025-03-23', percentage: 50 },
      { from: '2025-03-24', to: '2025-04-06', percentage: 100 },
    ]);
    expect(percentageOn(recovered, '2025-03-02')).toBe(0);
    expect(percentageOn(recovered, '2025-03-16')).toBe(100);
    expect(percentageOn(recovered, '2025-03-17')).toBe(50);
    expect(percentageOn(recovered, '2025-04-06')).toBe(100);
    expect(percentageOn(recovered, '2025-04-07')).toBe(0);
    expect(segmentPeriods(half).at(-1)).toEqual({ from: '2025-03-17', to: null, percentage: 50 });
    expect(percentageOn(half, '2030-01-01')).toBe(50);
  });

  it('a change is refused before the first sick day, after the last, or not after the latest change', () => {
    const half = episodeOf(changePercentage(sick100, '2025-03-17', 50));
    expect(refusal(changePercentage(sick100, '2025-03-02', 50))).toBe(
      'change_before_first_sick_day',
    );
    expect(refusal(changePercentage(sick100, '2025-03-03', 50))).toBe(
      'change_not_after_last_change',
    );
    expect(refusal(changePercentage(half, '2025-03-17', 60))).toBe('change_not_after_last_change');
    expect(refusal(changePercentage(half, '2025-03-10', 60))).toBe('change_not_after_last_change');
    expect(refusal(changePercentage(half, '2025-03-18', 50))).toBe('percentage_unchanged');
    expect(refusal(changePercentage(half, '2025-03-18', 0))).toBe('invalid_percentage');
    expect(refusal(changePercentage(half, '2025-3-18', 40))).toBe('invalid_date');
    const closed = episodeOf(registerRecovery(half, '2025-03-31'));
    expect(refusal(changePercentage(closed, '2025-04-01', 20))).toBe('change_after_last_sick_day');
  });

  it('a late change on a closed episode is accepted up to its last sick day', () => {
    const closed = episodeOf(registerRecovery(sick100, '2025-03-31'));
    const late = episodeOf(changePercentage(closed, '2025-03-31', 40));
    expect(segmentPeriods(late).at(-1)).toEqual({
      from: '2025-03-31',
      to: '2025-03-31',
      percentage: 40,
    });
    expect(late.lastSickDay).toBe('2025-03-31');
  });

  it('recovery on the day of the latest change is one day at that percentage; before it is refused', () => {
    const half = episodeOf(changePercentage(sick100, '2025-03-17', 50));
    const sameDay = episodeOf(registerRecovery(half, '2025-03-17'));
    expect(segmentPeriods(sameDay).at(-1)).toEqual({
      from: '2025-03-17',
      to: '2025-03-17',
      percentage: 50,
    });
    expect(refusal(registerRecovery(half, '2025-03-16'))).toBe('last_sick_day_before_last_change');
    expect(refusal(registerRecovery(sick100, '2025-03-02'))).toBe(
      'last_sick_day_before_first_sick_day',
    );
    expect(episodeOf(registerRecovery(sick100, '2025-03-03')).lastSickDay).toBe('2025-03-03');
    expect(refusal(registerRecovery(sameDay, '2025-03-20'))).toBe('episode_closed');
    expect(refusal(registerRecovery(sick100, 'gisteren'))).toBe('invalid_date');
  });

  it('an episode ends for another reason with the same date rules and its reason', () => {
    for (const reason of otherEndReasons) {
      const ended = episodeOf(endForOtherReason(sick100, '2025-05-31', reason));
      expect(ended).toMatchObject({ lastSickDay: '2025-05-31', endReason: reason });
    }
    expect(refusal(endForOtherReason(sick100, '2025-03-01', 'deceased'))).toBe(
      'last_sick_day_before_first_sick_day',
    );
    const ended = episodeOf(endForOtherReason(sick100, '2025-05-31', 'sick_out_of_service'));
    expect(refusal(endForOtherReason(ended, '2025-06-30', 'other'))).toBe('episode_closed');
  });

  it('operations leave the episode they were given unchanged', () => {
    const before = structuredClone(sick100);
    changePercentage(sick100, '2025-03-17', 50);
    registerRecovery(sick100, '2025-03-20');
    correctSickReport(sick100, { firstSickDay: '2025-03-01', percentage: 50 });
    expect(sick100).toEqual(before);
  });
});

describe('trajectmutatie: correcting the sick report', () => {
  const sick50 = episodeOf(startEpisode('2025-03-03', 50));

  it('is allowed while no partial recovery (a lower percentage) is registered', () => {
    expect(mayCorrectSickReport(sick50)).toBe(true);
    const higher = episodeOf(changePercentage(sick50, '2025-03-10', 100));
    expect(mayCorrectSickReport(higher)).toBe(true);
    const partial = episodeOf(changePercentage(higher, '2025-03-17', 60));
    expect(mayCorrectSickReport(partial)).toBe(false);
    expect(
      refusal(correctSickReport(partial, { firstSickDay: '2025-03-04', percentage: 50 })),
    ).toBe('partial_recovery_registered');
  });

  it('corrects the first sick day and the first percentage, keeping later changes', () => {
    const higher = episodeOf(changePercentage(sick50, '2025-03-10', 100));
    const corrected = episodeOf(
      correctSickReport(higher, { firstSickDay: '2025-02-27', percentage: 30 }),
    );
    expect(corrected.firstSickDay).toBe('2025-02-27');
    expect(corrected.segments).toEqual([
      { from: '2025-02-27', percentage: 30 },
      { from: '2025-03-10', percentage: 100 },
    ]);
    expect(refusal(correctSickReport(higher, { firstSickDay: '2025-03-10', percentage: 30 }))).toBe(
      'first_sick_day_not_before_change',
    );
    expect(
      refusal(correctSickReport(higher, { firstSickDay: '2025-03-04', percentage: 100 })),
    ).toBe('percentage_unchanged');
    const closed = episodeOf(registerRecovery(sick50, '2025-03-05'));
    expect(refusal(correctSickReport(closed, { firstSickDay: '2025-03-06', percentage: 50 }))).toBe(
      'first_sick_day_after_last_sick_day',
    );
    expect(refusal(correctSickReport(sick50, { firstSickDay: '2025-03-04', percentage: 0 }))).toBe(
      'invalid_percentage',
    );
  });
});

describe('percentage from hours not worked', () => {
  it('rounds half up to a whole percent of the contract hours', () => {
    const percentage = (hours: number, contract: number) => {
      const result = percentageFromHoursNotWorked(hours, contract);
      return result.ok ? result.percentage : result.reason;
    };
    expect(percentage(20, 40)).toBe(50);
    expect(percentage(1, 8)).toBe(13); // 12.5 → 13
    expect(percentage(0.999, 8)).toBe(12); // 12.4875 → 12
    expect(percentage(0.29, 1)).toBe(29); // 28.999999999999996 in binary
    expect(percentage(2.5, 40)).toBe(6); // 6.25 → 6
    expect(percentage(0.2, 40)).toBe(1); // 0.5 → 1
    expect(percentage(40, 40)).toBe(100);
    expect(percentage(40.1, 40)).toBe(100); // 100.25 → 100
    expect(percentage(0.1, 40)).toBe('percentage_out_of_range'); // 0.25 → 0
    expect(percentage(0, 40)).toBe('percentage_out_of_range');
    expect(percentage(40.2, 40)).toBe('percentage_out_of_range'); // 100.5 → 101
    expect(percentage(-1, 40)).toBe('invalid_hours');
    expect(percentage(Number.NaN, 40)).toBe('invalid_hours');
    expect(percentage(8, 0)).toBe('invalid_contract_hours');
  });

  it('is within half a percent of the exact share whenever it is accepted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 1, max: 6000 }),
        (hundredthsNotWorked, hundredthsContract) => {
          const result = percentageFromHoursNotWorked(
            hundredthsNotWorked / 100,
            hundredthsContract / 100,
          );
          // Exact in integers: 100 × a ÷ b rounded half up is ⌊(200a + b) ÷ 2b⌋.
          const expected = Math.floor(
            (200 * hundredthsNotWorked + hundredthsContract) / (2 * hundredthsContract),
          );
          if (expected >= 1 && expected <= 100) {
            expect(result).toEqual({ ok: true, percentage: expected });
          } else {
            expect(result).toEqual({ ok: false, reason: 'percentage_out_of_range' });
          }
        },
      ),
    );
  });
});

describe('a new sick report', () => {
  const context = {
    today: '2025-06-02',
    employment: { startDate: '2024-01-01', endDate: '2025-12-31' },
    otherEpisodes: [{ firstSickDay: '2025-03-03', lastSickDay: '2025-03-23' }],
    leave: [],
  };
  const check = (firstSickDay: string, percentage = 100, overrides = {}) =>
    refusal(validateSickReport({ firstSickDay, percentage }, { ...context, ...overrides }));

  it('is accepted inside the employment, up to 14 days ahead, after the earlier episode', () => {
    expect(check('2025-06-02')).toBe('ok');
    expect(check('2025-03-24')).toBe('ok');
    expect(check('2025-06-16')).toBe('ok');
  });

  it('a report that comes with its last sick day (a past episode) may lie before another episode', () => {
    const past = (firstSickDay: string, lastSickDay: string) =>
      refusal(validateSickReport({ firstSickDay, lastSickDay, percentage: 100 }, context));
    expect(past('2024-01-01', '2024-01-05')).toBe('ok');
    expect(past('2025-02-01', '2025-03-02')).toBe('ok');
    expect(past('2025-02-01', '2025-03-03')).toBe('overlapping_case');
    expect(past('2025-03-10', '2025-03-12')).toBe('overlapping_case');
    expect(past('2024-01-05', '2024-01-04')).toBe('last_sick_day_before_first_sick_day');
    expect(past('2024-01-05', '2024-01-32')).toBe('invalid_date');
  });

  it('is refused before the employment start or after its end', () => {
    expect(check('2023-12-31')).toBe('before_employment_start');
    expect(check('2026-01-01', 100, { today: '2025-12-31' })).toBe('after_employment_end');
    expect(
      check('2030-01-01', 100, { employment: { startDate: '2024-01-01', endDate: null } }),
    ).toBe('too_far_in_future');
  });

  it('is refused more than the allowed days after today (14 unless set)', () => {
    expect(check('2025-06-17')).toBe('too_far_in_future');
    expect(check('2025-06-05', 100, { maxDaysAhead: 3 })).toBe('ok');
    expect(check('2025-06-06', 100, { maxDaysAhead: 3 })).toBe('too_far_in_future');
  });

  it('is refused when it overlaps an episode; an open episode overlaps everything from its first day', () => {
    expect(check('2025-03-23')).toBe('overlapping_case');
    expect(check('2024-01-01')).toBe('overlapping_case');
    expect(check('2025-03-01')).toBe('overlapping_case'); // the later episode lies inside the new open one
    const open = [{ firstSickDay: '2025-05-01', lastSickDay: null }];
    expect(check('2025-06-01', 100, { otherEpisodes: open })).toBe('overlapping_case');
    expect(check('2025-04-30', 100, { otherEpisodes: open })).toBe('overlapping_case');
  });

  it('is refused with a percentage outside 1–100 or a date that does not exist', () => {
    expect(check('2025-06-02', 0)).toBe('invalid_percentage');
    expect(check('2025-06-02', 101)).toBe('invalid_percentage');
    expect(check('2025-02-29')).toBe('invalid_date');
  });
});

// ---------------------------------------------------------------------------------------------
// Recurrence and sick-day numbers
// ---------------------------------------------------------------------------------------------

describe('legal cases and sick-day numbers (DOMAIN.md §2)', () => {
  const episode1 = { firstSickDay: '2025-03-03', lastSickDay: '2025-03-23' };
  const episode2 = { firstSickDay: '2025-04-14', lastSickDay: null };

  it('the worked example: 21 fit days join the episodes, and every deadline date follows', () => {
    const cases = groupIntoLegalCases([episode2, episode1]);
    expect(cases).toEqual([[episode1, episode2]]);
    const legalCase = cases[0] ?? [];
    expect(waitingTimeOn(legalCase, '2025-03-23')).toBe(21);
    expect(sickDayDate(legalCase, 1)).toBe('2025-03-03');
    expect(sickDayDate(legalCase, 21)).toBe('2025-03-23');
    expect(sickDayDate(legalCase, 22)).toBe('2025-04-14');
    expect(sickDayDate(legalCase, 42)).toBe('2025-05-04');
    expect(sickDayDate(legalCase, 56)).toBe('2025-05-18');
    expect(sickDayDate(legalCase, 294)).toBe('2026-01-11');
    expect(sickDayDate(legalCase, 364)).toBe('2026-03-22');
    expect(sickDayDate(legalCase, 651)).toBe('2027-01-03');
    expect(sickDayDate(legalCase, 728)).toBe('2027-03-21');
    expect(sickDayNumber(legalCase, '2025-04-14')).toBe(22);
    expect(sickDayNumber(legalCase, '2026-01-11')).toBe(294);
    expect(sickDayNumber(legalCase, '2025-04-01')).toBeNull(); // a fit day in between
    expect(waitingTimeOn(legalCase, '2025-04-01')).toBe(21);
  });

  it('a first sick day on the last sick day + 28 joins (27 fit days); + 29 starts a new case', () => {
    const joined = { firstSickDay: '2025-04-20', lastSickDay: '2025-04-25' };
    const separate = { firstSickDay: '2025-04-21', lastSickDay: '2025-04-25' };
    expect(groupIntoLegalCases([episode1, joined])).toEqual([[episode1, joined]]);
    expect(groupIntoLegalCases([episode1, separate])).toEqual([[episode1], [separate]]);
    expect(accumulatedWaitingTime([episode1, joined], [], '2025-04-25')).toBe(27);
    expect(accumulatedWaitingTime([episode1, separate], [], '2025-04-25')).toBe(5);
    expect(accumulatedWaitingTime([episode1, separate], [], '2025-04-20')).toBe(21);
    expect(accumulatedWaitingTime([episode1], [], '2025-03-02')).toBe(0);
  });

  it('pregnancy leave in between links the episodes: leave days are not fit days', () => {
    const before = { firstSickDay: '2025-01-06', lastSickDay: '2025-02-09' };
    const leave: LeavePeriod[] = [{ first: '2025-02-10', last: '2025-06-01' }];
    const right = { firstSickDay: '2025-06-02', lastSickDay: null };
    expect(groupIntoLegalCases([before, right], leave)).toEqual([[before, right]]);
    expect(groupIntoLegalCases([before, right])).toEqual([[before], [right]]);
    // 10 fit days before the leave and 17 after it: 27 fit days, joined; one more is 28.
    const fitBefore = { firstSickDay: '2025-01-06', lastSickDay: '2025-01-30' };
    const after17 = { firstSickDay: '2025-06-19', lastSickDay: null };
    const after18 = { firstSickDay: '2025-06-20', lastSickDay: null };
    expect(groupIntoLegalCases([fitBefore, after17], leave)).toHaveLength(1);
    expect(groupIntoLegalCases([fitBefore, after18], leave)).toHaveLength(2);
    // Pregnancy and maternity leave given as overlapping periods count each day once.
    const overlapping = [
      { first: '2025-02-10', last: '2025-03-20' },
      { first: '2025-03-01', last: '2025-06-01' },
    ];
    expect(groupIntoLegalCases([fitBefore, after17], overlapping)).toHaveLength(1);
    expect(groupIntoLegalCases([fitBefore, after18], overlapping)).toHaveLength(2);
  });

  it('a closed case has no date for a sick-day number it did not reach', () => {
    expect(sickDayDate([episode1], 21)).toBe('2025-03-23');
    expect(sickDayDate([episode1], 22)).toBeNull();
    expect(() => sickDayDate([episode1], 0)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Pregnancy
// ---------------------------------------------------------------------------------------------

describe('pregnancy and maternity leave (DOMAIN.md §3)', () => {
  const E = '2025-09-15';

  it('S lies from 42 to 28 days before E + 1, for multiples 70 to 56; the default is the latest', () => {
    expect(leaveStartWindow(E, false)).toEqual({ earliest: '2025-08-05', latest: '2025-08-19' });
    expect(leaveStartWindow(E, true)).toEqual({ earliest: '2025-07-08', latest: '2025-07-22' });
    const leave = pregnancyLeaveDates({
      expectedDelivery: E,
      multipleBirth: false,
      actualDelivery: null,
      leaveStart: null,
    });
    expect(leave.leaveStart).toBe('2025-08-19');
    expect(leave.provisional).toBe(true);
  });

  it('a last working day is S − 1 and must put S inside the window', () => {
    expect(validateLastWorkingDay(E, false, '2025-08-04')).toEqual({
      ok: true,
      leaveStart: '2025-08-05',
    });
    expect(validateLastWorkingDay(E, false, '2025-08-18')).toEqual({
      ok: true,
      leaveStart: '2025-08-19',
    });
    expect(refusal(validateLastWorkingDay(E, false, '2025-08-03'))).toBe(
      'last_working_day_outside_window',
    );
    expect(refusal(validateLastWorkingDay(E, false, '2025-08-19'))).toBe(
      'last_working_day_outside_window',
    );
    expect(refusal(validateLastWorkingDay(E, true, '2025-08-04'))).toBe(
      'last_working_day_outside_window',
    );
    expect(refusal(validateLastWorkingDay(E, true, '2025-07-21'))).toBe('ok');
    expect(refusal(validateLastWorkingDay(E, false, '2025-08-32'))).toBe('invalid_date');
  });

  it('check 1: S = E+1−42, D = E−7 → pregnancy leave 35 days, maternity 77, total 16 weeks', () => {
    const leave = pregnancyLeaveDates({
      expectedDelivery: E,
      multipleBirth: false,
      actualDelivery: shift(E, -7),
      leaveStart: shift(E, 1 - 42),
    });
    expect(leave).toEqual({
      leaveStart: '2025-08-05',
      pregnancyLeave: { first: '2025-08-05', last: '2025-09-08' },
      maternityLeave: { first: '2025-09-09', last: '2025-11-24' },
      shortfallDays: 7,
      pregnancyLeaveDays: 35,
      maternityLeaveDays: 77,
      totalDays: 112,
      provisional: false,
    });
  });

  it('check 2: S = E+1−28, D = E+14 → 42 + 84 = 126 days = 18 weeks', () => {
    const leave = pregnancyLeaveDates({
      expectedDelivery: E,
      multipleBirth: false,
      actualDelivery: shift(E, 14),
      leaveStart: shift(E, 1 - 28),
    });
    expect(leave).toMatchObject({
      leaveStart: '2025-08-19',
      pregnancyLeave: { first: '2025-08-19', last: '2025-09-29' },
      maternityLeave: { first: '2025-09-30', last: '2025-12-22' },
      shortfallDays: 14,
      pregnancyLeaveDays: 42,
      maternityLeaveDays: 84,
      totalDays: 126,
    });
  });

  it('while D is unknown the leave assumes birth on E', () => {
    const leave = pregnancyLeaveDates({
      expectedDelivery: E,
      multipleBirth: true,
      actualDelivery: null,
      leaveStart: null,
    });
    expect(leave).toMatchObject({
      leaveStart: '2025-07-22',
      pregnancyLeave: { first: '2025-07-22', last: E },
      maternityLeave: { first: '2025-09-16' },
      shortfallDays: 14,
      totalDays: 140,
    });
  });

  it('a birth before S leaves no pregnancy leave: 16 weeks of maternity leave from D + 1', () => {
    const leave = pregnancyLeaveDates({
      expectedDelivery: E,
      multipleBirth: false,
      actualDelivery: '2025-07-01',
      leaveStart: null,
    });
    expect(leave).toMatchObject({
      pregnancyLeave: null,
      pregnancyLeaveDays: 0,
      maternityLeave: { first: '2025-07-02', last: shift('2025-07-02', 111) },
      shortfallDays: 42,
      totalDays: 112,
    });
  });

  it('for any S in the window and any D: 16 weeks (20 for multiples) plus the days D is after E', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.boolean(),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: -60, max: 60 }),
        (expectedDelivery, multipleBirth, windowOffset, birthOffset) => {
          const earliestBefore = multipleBirth ? 70 : 42;
          const leaveStart = shift(expectedDelivery, 1 - earliestBefore + windowOffset);
          const actualDelivery = shift(expectedDelivery, birthOffset);
          const leave = pregnancyLeaveDates({
            expectedDelivery,
            multipleBirth,
            actualDelivery,
            leaveStart,
          });
          const weeks = multipleBirth ? 20 : 16;
          expect(leave.totalDays).toBe(weeks * 7 + Math.max(0, birthOffset));
          expect(leave.totalDays).toBe(leave.pregnancyLeaveDays + leave.maternityLeaveDays);
          expect(leave.maternityLeave.first).toBe(nextDay(actualDelivery));
          expect(leave.maternityLeave.last).toBe(shift(actualDelivery, leave.maternityLeaveDays));
          if (leave.pregnancyLeave !== null) {
            expect(leave.pregnancyLeave).toEqual({ first: leaveStart, last: actualDelivery });
          }
          expect(leave.maternityLeaveDays).toBeGreaterThanOrEqual(70);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// No sickness in pregnancy or maternity leave
// ---------------------------------------------------------------------------------------------

describe('sick days never fall in pregnancy or maternity leave (DOMAIN.md §3)', () => {
  // E = 15 September 2025, S the latest allowed (E+1−28 = 19 August), birth on E: pregnancy
  // leave 19 August – 15 September (28 days), maternity leave 70 + 14 shortfall = 84 days from
  // 16 September up to and including 8 December.
  const leave = leavePeriods(
    pregnancyLeaveDates({
      expectedDelivery: '2025-09-15',
      multipleBirth: false,
      actualDelivery: '2025-09-15',
      leaveStart: null,
    }),
    null,
  );
  const pregnancyLeave = { kind: 'pregnancy_leave', first: '2025-08-19', last: '2025-09-15' };
  const maternityLeave = { kind: 'maternity_leave', first: '2025-09-16', last: '2025-12-08' };
  const context = {
    today: '2026-06-01',
    employment: { startDate: '2020-01-01', endDate: null },
    otherEpisodes: [],
    leave,
  };
  const report = (firstSickDay: string, lastSickDay: string | null = null) =>
    validateSickReport({ firstSickDay, lastSickDay, percentage: 100 }, context);

  it('are the pregnancy leave S..D and the maternity leave after it', () => {
    expect(leave).toEqual([pregnancyLeave, maternityLeave]);
  });

  it('a report in the leave is refused naming the leave and its dates; before or after, accepted', () => {
    expect(report('2025-08-18')).toEqual({ ok: true });
    expect(report('2025-08-19')).toEqual({
      ok: false,
      reason: 'during_leave',
      leave: pregnancyLeave,
    });
    expect(report('2025-09-15')).toEqual({
      ok: false,
      reason: 'during_leave',
      leave: pregnancyLeave,
    });
    expect(report('2025-09-16')).toEqual({
      ok: false,
      reason: 'during_leave',
      leave: maternityLeave,
    });
    expect(report('2025-12-08')).toEqual({
      ok: false,
      reason: 'during_leave',
      leave: maternityLeave,
    });
    expect(report('2025-12-09')).toEqual({ ok: true });
  });

  it('a backdated report with its last sick day is refused when any of its days is a leave day', () => {
    expect(report('2025-08-01', '2025-08-18')).toEqual({ ok: true });
    expect(report('2025-08-01', '2025-08-19')).toMatchObject({ leave: pregnancyLeave });
    // Spanning both leaves: the earlier one is named.
    expect(report('2025-08-01', '2026-01-10')).toMatchObject({ leave: pregnancyLeave });
    expect(report('2025-12-01', '2026-01-10')).toMatchObject({ leave: maternityLeave });
  });

  it('an open episode has registered its days up to its latest change; a closed one up to its last', () => {
    const open = episodeOf(startEpisode('2025-08-01', 100));
    expect(registeredSickDays(open)).toEqual({ first: '2025-08-01', last: '2025-08-01' });
    const changed = episodeOf(changePercentage(open, '2025-08-25', 50));
    expect(registeredSickDays(changed)).toEqual({ first: '2025-08-01', last: '2025-08-25' });
    expect(leaveOverlapping(registeredSickDays(open), leave)).toBeNull();
    expect(leaveOverlapping(registeredSickDays(changed), leave)).toEqual(pregnancyLeave);
    const closedBefore = episodeOf(registerRecovery(open, '2025-08-18'));
    expect(leaveOverlapping(registeredSickDays(closedBefore), leave)).toBeNull();
    const closedAfter = episodeOf(registerRecovery(open, '2025-12-20'));
    expect(leaveOverlapping(registeredSickDays(closedAfter), leave)).toEqual(pregnancyLeave);
  });

  it('a birth before S leaves maternity leave only; a pregnancy ended early has leave up to its end', () => {
    const early = pregnancyLeaveDates({
      expectedDelivery: '2025-09-15',
      multipleBirth: false,
      actualDelivery: '2025-08-01',
      leaveStart: '2025-08-19',
    });
    expect(leavePeriods(early, null).map((period) => period.kind)).toEqual(['maternity_leave']);
    const provisional = pregnancyLeaveDates({
      expectedDelivery: '2025-09-15',
      multipleBirth: false,
      actualDelivery: null,
      leaveStart: null,
    });
    expect(leavePeriods(provisional, '2025-09-01')).toEqual([
      { kind: 'pregnancy_leave', first: '2025-08-19', last: '2025-09-01' },
    ]);
    expect(leavePeriods(provisional, '2025-08-10')).toEqual([]);
    expect(leavePeriods(provisional, '2025-10-01')).toEqual([
      { ...pregnancyLeave },
      { kind: 'maternity_leave', first: '2025-09-16', last: '2025-10-01' },
    ]);
  });

  it('for any pregnancy and sick period: refused exactly when a sick day is a leave day', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.boolean(),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: -60, max: 30 }),
        fc.integer({ min: -90, max: 260 }),
        fc.integer({ min: 0, max: 120 }),
        (expectedDelivery, multipleBirth, windowOffset, birthOffset, startOffset, length) => {
          const leaveStart = shift(expectedDelivery, 1 - (multipleBirth ? 70 : 42) + windowOffset);
          const periods = leavePeriods(
            pregnancyLeaveDates({
              expectedDelivery,
              multipleBirth,
              actualDelivery: shift(expectedDelivery, birthOffset),
              leaveStart,
            }),
            null,
          );
          const first = shift(leaveStart, startOffset);
          const last = shift(first, length);
          // The oracle: walk the sick days and look each one up in the leave.
          let firstShared: WazoLeave | null = null;
          for (let day = first; day <= last && firstShared === null; day = nextDay(day)) {
            firstShared =
              periods.find((period) => period.first <= day && day <= period.last) ?? null;
          }
          const result = validateSickReport(
            { firstSickDay: first, lastSickDay: last, percentage: 100 },
            {
              today: last,
              employment: { startDate: '1800-01-01', endDate: null },
              otherEpisodes: [],
              leave: periods,
            },
          );
          expect(result).toEqual(
            firstShared === null
              ? { ok: true }
              : { ok: false, reason: 'during_leave', leave: firstShared },
          );
          // The leave is one stretch (S, or D + 1 when the birth came first, to the end of the
          // maternity leave): accepted exactly when the sick days lie entirely before or after it.
          const leaveFirst = periods[0]?.first ?? '';
          const leaveLast = periods.at(-1)?.last ?? '';
          expect(result.ok).toBe(last < leaveFirst || first > leaveLast);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Any sequence of reports
// ---------------------------------------------------------------------------------------------

/**
 * A report relative to the employee's current state, so that most reports are valid; sick
 * reports and recoveries weigh more, so that most sequences hold several episodes.
 */
const report = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('sick' as const),
      gap: fc.integer({ min: -3, max: 45 }),
      percentage: fc.integer({ min: 1, max: 100 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('change' as const),
      after: fc.integer({ min: -2, max: 40 }),
      percentage: fc.integer({ min: 0, max: 100 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('recover' as const),
      after: fc.integer({ min: -2, max: 40 }),
      reason: fc.constantFrom('recovered' as const, ...otherEndReasons),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('leave' as const),
      gap: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 1, max: 120 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('correct' as const),
      move: fc.integer({ min: -20, max: 10 }),
      percentage: fc.integer({ min: 1, max: 100 }),
    }),
  },
);

type Report = typeof report extends fc.Arbitrary<infer R> ? R : never;
type History = { episodes: Episode[]; leave: WazoLeave[] };

/**
 * Plays the reports through the model from 1 January 2024, as the use cases would: a sick report
 * is validated first, a change, recovery or correction applies to the latest episode (a corrected
 * first sick day validated against the others) unless its sick days then fall in leave, a leave
 * period starts after everything so far. Refused reports leave the history as it was.
 */
function play(reports: readonly Report[]): History {
  const history: History = { episodes: [], leave: [] };
  const outsideLeave = (episode: Episode) =>
    leaveOverlapping(registeredSickDays(episode), history.leave) === null;
  for (const next of reports) {
    const latest = history.episodes.at(-1);
    const lastEvent = [
      latest?.lastSickDay ?? latest?.segments.at(-1)?.from ?? '2023-12-31',
      ...history.leave.map((period) => period.last),
    ]
      .sort()
      .at(-1) as string;
    if (next.kind === 'sick') {
      const firstSickDay = shift(lastEvent, 1 + next.gap);
      const valid = validateSickReport(
        { firstSickDay, percentage: next.percentage },
        {
          today: '2100-01-01',
          employment: { startDate: '2024-01-01', endDate: null },
          otherEpisodes: history.episodes,
          leave: history.leave,
        },
      );
      if (valid.ok) history.episodes.push(episodeOf(startEpisode(firstSickDay, next.percentage)));
    } else if (next.kind === 'leave') {
      if (latest === undefined || latest.lastSickDay !== null) {
        const first = shift(lastEvent, 1 + next.gap);
        history.leave.push({ kind: 'pregnancy_leave', first, last: shift(first, next.length - 1) });
      }
    } else if (next.kind === 'correct' && latest !== undefined) {
      const firstSickDay = shift(latest.firstSickDay, next.move);
      const valid = validateSickReport(
        { firstSickDay, lastSickDay: latest.lastSickDay, percentage: next.percentage },
        {
          today: '2100-01-01',
          employment: { startDate: '2024-01-01', endDate: null },
          otherEpisodes: history.episodes.slice(0, -1),
          leave: history.leave,
        },
      );
      const result = correctSickReport(latest, { firstSickDay, percentage: next.percentage });
      if (valid.ok && result.ok && outsideLeave(result.episode)) {
        history.episodes[history.episodes.length - 1] = result.episode;
      }
    } else if (next.kind !== 'correct' && latest !== undefined) {
      const from = shift(latest.segments.at(-1)?.from ?? latest.firstSickDay, next.after);
      const result =
        next.kind === 'change'
          ? changePercentage(latest, from, next.percentage)
          : next.reason === 'recovered'
            ? registerRecovery(latest, from)
            : endForOtherReason(latest, from, next.reason);
      if (result.ok && outsideLeave(result.episode)) {
        history.episodes[history.episodes.length - 1] = result.episode;
      }
    }
  }
  return history;
}

/**
 * The oracle: a day-by-day walk over the calendar with a set of sick days and a set of leave
 * days. The counter restarts on a sick day that follows 28 or more fit (neither sick nor leave)
 * days; on other days it keeps its value. Written without the model's grouping or arithmetic.
 */
function waitingTimeByWalk(history: History, until: string): Map<string, number> {
  const sickDays = new Set<string>();
  for (const episode of history.episodes) {
    const last = episode.lastSickDay ?? until;
    for (let day = episode.firstSickDay; day <= last; day = nextDay(day)) sickDays.add(day);
  }
  const leaveDays = new Set<string>();
  for (const period of history.leave) {
    for (let day = period.first; day <= period.last; day = nextDay(day)) leaveDays.add(day);
  }
  const counts = new Map<string, number>();
  let count = 0;
  let fitRun = 0;
  for (let day = '2024-01-01'; day <= until; day = nextDay(day)) {
    if (sickDays.has(day)) {
      if (fitRun >= 28) count = 0;
      count++;
      fitRun = 0;
    } else if (!leaveDays.has(day)) {
      fitRun++;
    }
    counts.set(day, count);
  }
  return counts;
}

describe('any sequence of reports', () => {
  const reports = fc.array(report, { minLength: 2, maxLength: 40, size: 'medium' });

  it('keeps every timeline without gaps or overlaps, episodes apart, and no sick day in leave', () => {
    fc.assert(
      fc.property(reports, (list) => {
        const { episodes, leave } = play(list);
        const leaveDays = new Set<string>();
        for (const period of leave) {
          for (let day = period.first; day <= period.last; day = nextDay(day)) leaveDays.add(day);
        }
        episodes.forEach((episode, index) => {
          const periods = segmentPeriods(episode);
          expect(periods[0]?.from).toBe(episode.firstSickDay);
          periods.forEach((period, at) => {
            expect(period.percentage).toBeGreaterThanOrEqual(1);
            expect(period.percentage).toBeLessThanOrEqual(100);
            expect(Number.isInteger(period.percentage)).toBe(true);
            const following = periods[at + 1];
            if (following === undefined) {
              expect(period.to).toBe(episode.lastSickDay);
            } else {
              expect(following.from).toBe(nextDay(period.to ?? ''));
              expect(following.percentage).not.toBe(period.percentage);
            }
            if (period.to !== null) expect(period.from <= period.to).toBe(true);
          });
          expect(episode.endReason === null).toBe(episode.lastSickDay === null);
          const next = episodes[index + 1];
          if (next !== undefined) {
            expect(episode.lastSickDay).not.toBeNull();
            expect((episode.lastSickDay ?? '') < next.firstSickDay).toBe(true);
          }
          const known = episode.lastSickDay ?? episode.segments.at(-1)?.from ?? '';
          for (let day = episode.firstSickDay; day <= known; day = nextDay(day)) {
            expect(leaveDays.has(day), day).toBe(false);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same waiting time on every day as the day-by-day walk', () => {
    fc.assert(
      fc.property(reports, (list) => {
        const history = play(list);
        const lastDate = [
          ...history.episodes.map((episode) => episode.lastSickDay ?? episode.firstSickDay),
          ...history.leave.map((period) => period.last),
          '2024-01-01',
        ]
          .sort()
          .at(-1) as string;
        const until = shift(lastDate, 60);
        const expected = waitingTimeByWalk(history, until);
        for (const [day, count] of expected) {
          expect(accumulatedWaitingTime(history.episodes, history.leave, day), day).toBe(count);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('numbers the sick days of each legal case 1, 2, 3 … on its sick days only', () => {
    fc.assert(
      fc.property(reports, (list) => {
        const history = play(list);
        for (const legalCase of groupIntoLegalCases<EpisodePeriod>(
          history.episodes,
          history.leave,
        )) {
          const lastEpisode = legalCase.at(-1);
          const end = lastEpisode?.lastSickDay ?? shift(lastEpisode?.firstSickDay ?? '', 30);
          let n = 0;
          for (let day = legalCase[0]?.firstSickDay ?? end; day <= end; day = nextDay(day)) {
            const number = sickDayNumber(legalCase, day);
            if (number !== null) {
              n++;
              expect(number).toBe(n);
              expect(sickDayDate(legalCase, n)).toBe(day);
            }
          }
          const closed = lastEpisode?.lastSickDay !== null;
          expect(sickDayDate(legalCase, n + 1)).toBe(closed ? null : nextDay(end));
        }
      }),
      { numRuns: 100 },
    );
  });
});
