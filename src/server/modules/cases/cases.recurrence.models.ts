/**
 * Recurrence (DOMAIN.md §2): episodes grouped into legal cases (the wachttijd) and the
 * sick-day numbers within them.
 */
import {
  addDays,
  compareDates,
  daysBetweenInclusive,
  maxDate,
  minDate,
  nextWorkingDay,
} from '../../../contracts/civil-dates.js';
import type { EpisodePeriod } from './cases.episodes.models.js';
import type { LeavePeriod } from './cases.pregnancy.models.js';

/** Episodes join when fewer than this many fit days lie between them (BW 7:629 lid 10). */
export const fitDaysThatEndALegalCase = 28;

/**
 * The employee's episodes grouped into legal cases (the wachttijd, the 104-week sick-pay clock),
 * each in date order. An episode joins the case of the one before when the fit days between them
 * are fewer than 28: its first sick day is on or before the previous last sick day + 28.
 *
 * Pregnancy and maternity leave in between links the episodes before and after it. The product's
 * reading: leave days count as neither sick nor fit, so the 28 fit days are counted without them.
 * Sick up to the day before the leave and again from the day after it is thus always joined (the
 * law's case), and so is sickness a few fit days before and after the leave. An open episode
 * followed by another (which validation refuses) joins it.
 */
export function groupIntoLegalCases<E extends EpisodePeriod>(
  episodes: readonly E[],
  leave: readonly LeavePeriod[] = [],
): E[][] {
  const sorted = [...episodes].sort((a, b) => compareDates(a.firstSickDay, b.firstSickDay));
  const cases: E[][] = [];
  let previous: E | undefined;
  for (const episode of sorted) {
    const current = cases[cases.length - 1];
    if (current !== undefined && previous !== undefined && joins(previous, episode, leave)) {
      current.push(episode);
    } else {
      cases.push([episode]);
    }
    previous = episode;
  }
  return cases;
}

function joins(previous: EpisodePeriod, next: EpisodePeriod, leave: readonly LeavePeriod[]) {
  if (previous.lastSickDay === null) return true;
  const gapFirst = addDays(previous.lastSickDay, 1);
  const gapLast = addDays(next.firstSickDay, -1);
  const fitDays =
    daysBetweenInclusive(gapFirst, gapLast) - leaveDaysWithin(leave, gapFirst, gapLast);
  return fitDays < fitDaysThatEndALegalCase;
}

/** The number of distinct leave days in `first`–`last`, periods that overlap counted once. */
function leaveDaysWithin(leave: readonly LeavePeriod[], first: string, last: string): number {
  const clipped = leave
    .map((period) => ({ first: maxDate(period.first, first), last: minDate(period.last, last) }))
    .filter((period) => period.first <= period.last)
    .sort((a, b) => compareDates(a.first, b.first));
  let days = 0;
  let countedUpTo: string | null = null;
  for (const period of clipped) {
    const from: string =
      countedUpTo === null ? period.first : maxDate(period.first, addDays(countedUpTo, 1));
    days += daysBetweenInclusive(from, period.last);
    countedUpTo = countedUpTo === null ? period.last : maxDate(countedUpTo, period.last);
  }
  return days;
}

/**
 * The calendar date of sick-day `n` (1 = the first sick day) of a legal case, counting only days
 * inside its episodes. While the last episode is open, days beyond today assume continuous
 * sickness; when the case is closed and has fewer than `n` sick days, null.
 */
export function sickDayDate(legalCase: readonly EpisodePeriod[], n: number): string | null {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a sick-day number is 1 or more: ${n}`);
  let remaining = n;
  for (const episode of legalCase) {
    if (episode.lastSickDay === null) return addDays(episode.firstSickDay, remaining - 1);
    const length = daysBetweenInclusive(episode.firstSickDay, episode.lastSickDay);
    if (remaining <= length) return addDays(episode.firstSickDay, remaining - 1);
    remaining -= length;
  }
  return null;
}

/**
 * The waiting time (wachttijd) of a legal case reached on `date`: the number of its sick days up
 * to and including `date`. An open episode counts every day up to `date`.
 */
export function waitingTimeOn(legalCase: readonly EpisodePeriod[], date: string): number {
  let days = 0;
  for (const episode of legalCase) {
    if (episode.firstSickDay > date) break;
    const last = episode.lastSickDay === null ? date : minDate(episode.lastSickDay, date);
    days += daysBetweenInclusive(episode.firstSickDay, last);
  }
  return days;
}

/** The sick-day number of `date` in a legal case, or null when the date is not a sick day of it. */
export function sickDayNumber(legalCase: readonly EpisodePeriod[], date: string): number | null {
  const sick = legalCase.some(
    (episode) =>
      episode.firstSickDay <= date && (episode.lastSickDay === null || date <= episode.lastSickDay),
  );
  return sick ? waitingTimeOn(legalCase, date) : null;
}

/**
 * The employee's waiting time on `date`: that of the legal case that started last on or before
 * `date` (0 when none did). On a fit day after a case it stays at the case's total; a new case
 * starts again from 1 on its own first sick day.
 */
export function accumulatedWaitingTime(
  episodes: readonly EpisodePeriod[],
  leave: readonly LeavePeriod[],
  date: string,
): number {
  const started = groupIntoLegalCases(episodes, leave).filter(
    (legalCase) => (legalCase[0]?.firstSickDay ?? date) <= date,
  );
  const latest = started[started.length - 1];
  return latest === undefined ? 0 : waitingTimeOn(latest, date);
}

/** The length of the waiting time in weeks: 104 weeks of sick pay (BW 7:629). */
export const waitingTimeWeeks = 104;

/** The week of sick-day `n`: week w ends on sick-day 7w (DOMAIN.md §2), so day 1–7 is week 1. */
export function sickWeekOf(n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a sick-day number is 1 or more: ${n}`);
  return Math.ceil(n / 7);
}

/** Where a legal case stands on a date, for "dag 80, week 12 van 104". */
export type WaitingTimeProgress = { sickDay: number; week: number; ofWeeks: number };

/**
 * The waiting time reached on `date` and its week, or null before the first sick day. On a fit
 * day after an episode it stays at the days reached (the clock stands still between episodes).
 */
export function progressOn(
  legalCase: readonly EpisodePeriod[],
  date: string,
): WaitingTimeProgress | null {
  const sickDay = waitingTimeOn(legalCase, date);
  if (sickDay === 0) return null;
  return { sickDay, week: sickWeekOf(sickDay), ofWeeks: waitingTimeWeeks };
}

/** The sick-day after which the 42nd-week report to the UWV is due (end of week 42). */
export const sickDayOf42ndWeekReport = 294;

/**
 * The due date of the 42e-weeksmelding: the first working day (Mon–Fri) strictly after sick-day
 * 294 (DOMAIN.md §2: a Wednesday 294 gives Thursday, a Friday to Sunday gives Monday). Null when a
 * closed case never reaches day 294.
 */
export function report42ndWeekDue(legalCase: readonly EpisodePeriod[]): string | null {
  const day294 = sickDayDate(legalCase, sickDayOf42ndWeekReport);
  return day294 === null ? null : nextWorkingDay(day294);
}
