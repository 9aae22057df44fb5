import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupIntoLegalCases,
  progressOn,
  report42ndWeekDue,
  sickDayDate,
  sickDayNumber,
  sickWeekOf,
  type EpisodePeriod,
} from './cases.models.js';

// The test's own calendar, through the platform's Date in UTC: independent of civil-dates.
const dayMs = 86_400_000;
const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plus = (date: string, days: number) => fromMs(toMs(date) + days * dayMs);
const isWeekend = (date: string) => [0, 6].includes(new Date(toMs(date)).getUTCDay());

/**
 * The first legal case counted day by day: every calendar day from the first sick day on is sick
 * (inside an episode, an open one running on) or fit; 28 fit days in a row end the case. Returns
 * the date of each sick-day number, index n − 1.
 */
function sickDaysByWalk(episodes: readonly EpisodePeriod[], days: number): string[] {
  const dates: string[] = [];
  let fitRun = 0;
  let day = episodes[0]?.firstSickDay ?? '2025-01-01';
  for (let step = 0; step < days && fitRun < 28; step++, day = plus(day, 1)) {
    const sick = episodes.some(
      (e) => e.firstSickDay <= day && (e.lastSickDay === null || day <= e.lastSickDay),
    );
    if (sick) {
      dates.push(day);
      fitRun = 0;
    } else {
      fitRun++;
    }
  }
  return dates;
}

/**
 * Random histories: a first sick day (possibly corrected by a few days), episodes of 1–200 days
 * with 26–30 fit days between them (so some recurrences join and some do not), the last open or
 * closed. Percentage changes do not move a sick day, so they are left out.
 */
const history = fc
  .record({
    start: fc.integer({ min: 0, max: 3650 }).map((days) => plus('2020-01-01', days)),
    correction: fc.integer({ min: -5, max: 5 }),
    lengths: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }),
    gaps: fc.array(fc.integer({ min: 26, max: 30 }), { minLength: 6, maxLength: 6 }),
    lastOpen: fc.boolean(),
  })
  .map(({ start, correction, lengths, gaps, lastOpen }) => {
    const episodes: EpisodePeriod[] = [];
    let first = start;
    lengths.forEach((length, index) => {
      const last = plus(first, length - 1);
      const open = lastOpen && index === lengths.length - 1;
      episodes.push({ firstSickDay: first, lastSickDay: open ? null : last });
      first = plus(last, (gaps[index] ?? 26) + 1);
    });
    const [head] = episodes;
    // A trajectmutatie moves the first sick day, staying on or before the first last sick day.
    if (head !== undefined) {
      const moved = plus(head.firstSickDay, correction);
      if (head.lastSickDay === null || moved <= head.lastSickDay) head.firstSickDay = moved;
    }
    return episodes;
  });

const deadlines = [1, 7, 42, 56, 98, 140, 294, 316, 364, 637, 651, 728];

describe('sick-day arithmetic over a legal case (DOMAIN.md §2)', () => {
  const worked = [
    { firstSickDay: '2025-03-03', lastSickDay: '2025-03-23' },
    { firstSickDay: '2025-04-14', lastSickDay: null },
  ];

  it("DOMAIN.md's worked example: dates, weeks and the 42nd-week report on Mon 12 January 2026", () => {
    expect(sickDayDate(worked, 42)).toBe('2025-05-04');
    expect(sickDayDate(worked, 294)).toBe('2026-01-11');
    expect(report42ndWeekDue(worked)).toBe('2026-01-12');
    expect(progressOn(worked, '2025-04-14')).toEqual({ sickDay: 22, week: 4, ofWeeks: 104 });
    expect(progressOn(worked, '2025-04-01')).toEqual({ sickDay: 21, week: 3, ofWeeks: 104 });
    expect(progressOn(worked, '2025-03-02')).toBeNull();
    expect(progressOn(worked, '2027-03-21')).toEqual({ sickDay: 728, week: 104, ofWeeks: 104 });
  });

  it('week w ends on sick-day 7w', () => {
    expect([1, 7, 8, 14, 77, 84, 294, 728].map(sickWeekOf)).toEqual([1, 1, 2, 2, 11, 12, 42, 104]);
    expect(() => sickWeekOf(0)).toThrow(RangeError);
  });

  it('the 42nd-week report is due on the first working day strictly after sick-day 294', () => {
    // Sick-day 294 of a case starting on day d is d + 293.
    const startFor294On = (date: string) => [{ firstSickDay: plus(date, -293), lastSickDay: null }];
    expect(report42ndWeekDue(startFor294On('2026-01-07'))).toBe('2026-01-08'); // Wed → Thu
    expect(report42ndWeekDue(startFor294On('2026-01-09'))).toBe('2026-01-12'); // Fri → Mon
    expect(report42ndWeekDue(startFor294On('2026-01-10'))).toBe('2026-01-12'); // Sat → Mon
    expect(report42ndWeekDue(startFor294On('2026-01-11'))).toBe('2026-01-12'); // Sun → Mon
    expect(report42ndWeekDue([{ firstSickDay: '2026-01-01', lastSickDay: '2026-03-01' }])).toBe(
      null,
    );
  });

  it('every deadline date, number and week equals a day-by-day count', () => {
    fc.assert(
      fc.property(history, (episodes) => {
        const legalCase = groupIntoLegalCases(episodes)[0] ?? [];
        const walked = sickDaysByWalk(episodes, 1600);
        for (const n of deadlines) {
          expect(sickDayDate(legalCase, n), `day ${n}`).toBe(walked[n - 1] ?? null);
        }
        const day294 = walked[293];
        let expected42 = day294 === undefined ? null : plus(day294, 1);
        while (expected42 !== null && isWeekend(expected42)) expected42 = plus(expected42, 1);
        expect(report42ndWeekDue(legalCase)).toBe(expected42);
        walked.slice(0, 400).forEach((date, index) => {
          expect(sickDayNumber(legalCase, date)).toBe(index + 1);
          expect(progressOn(legalCase, date)?.week).toBe(Math.floor(index / 7) + 1);
        });
      }),
      { numRuns: 100 },
    );
  });
});
