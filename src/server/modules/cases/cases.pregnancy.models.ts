/**
 * Pregnancy and maternity leave (WAZO, DOMAIN.md §3): the leave dates from the expected and actual
 * delivery, and the rule that sick days never fall in that leave.
 */
import {
  addDays,
  compareDates,
  daysBetweenInclusive,
  isCivilDate,
  maxDate,
  minDate,
} from '../../../contracts/civil-dates.js';
import { leaveStartWindow } from '../../../contracts/pregnancy-leave.js';
import type { Episode, Refused } from './cases.episodes.models.js';

export { leaveStartWindow };

/** A period of days, `first` up to and including `last`. */
export type LeavePeriod = { first: string; last: string };

/** Ways a pregnancy case ends: bevallen, miskraam, abortus, uit dienst, overig. */
export const pregnancyEndReasons = [
  'birth',
  'miscarriage',
  'abortion',
  'out_of_service',
  'other',
] as const;
export type PregnancyEndReason = (typeof pregnancyEndReasons)[number];

/** The guaranteed leave before the birth that the shortfall tops up: 6 weeks, 10 for multiples. */
function guaranteedDaysBeforeBirth(multipleBirth: boolean): number {
  return multipleBirth ? 70 : 42;
}

/** Maternity leave without shortfall: 10 weeks. */
export const maternityLeaveBaseDays = 70;

/**
 * A chosen last working day (laatste werkdag = S − 1) checked against the window; gives S.
 * Refused as `last_working_day_outside_window` when S falls outside it.
 */
export function validateLastWorkingDay(
  expectedDelivery: string,
  multipleBirth: boolean,
  lastWorkingDay: string,
): { ok: true; leaveStart: string } | Refused<'invalid_date' | 'last_working_day_outside_window'> {
  if (!isCivilDate(expectedDelivery) || !isCivilDate(lastWorkingDay)) {
    return { ok: false, reason: 'invalid_date' };
  }
  const leaveStart = addDays(lastWorkingDay, 1);
  const window = leaveStartWindow(expectedDelivery, multipleBirth);
  return leaveStart >= window.earliest && leaveStart <= window.latest
    ? { ok: true, leaveStart }
    : { ok: false, reason: 'last_working_day_outside_window' };
}

export type PregnancyLeave = {
  /** S, the first day of leave. */
  leaveStart: string;
  /** S up to and including D (E while D is unknown); null when the birth came before S. */
  pregnancyLeave: LeavePeriod | null;
  /** From D + 1 (E + 1 while D is unknown) for 70 days plus the shortfall. */
  maternityLeave: LeavePeriod;
  /** Days of the guaranteed 42 (70) before the birth not taken as pregnancy leave. */
  shortfallDays: number;
  pregnancyLeaveDays: number;
  maternityLeaveDays: number;
  totalDays: number;
  /** True while D is unknown: the dates then assume birth on E and move once D is recorded. */
  provisional: boolean;
};

/**
 * The leave of a pregnancy (DOMAIN.md §3). S defaults to the latest allowed start. Shortfall =
 * max(0, 42 − days from S to min(E, D) inclusive), 70 for multiples, so the total is 16 weeks
 * (20) plus the days the birth came after E. A birth before S leaves no pregnancy leave and the
 * whole guaranteed period becomes shortfall.
 */
export function pregnancyLeaveDates(pregnancy: {
  expectedDelivery: string;
  multipleBirth: boolean;
  actualDelivery: string | null;
  leaveStart: string | null;
}): PregnancyLeave {
  const { expectedDelivery, multipleBirth, actualDelivery } = pregnancy;
  const leaveStart =
    pregnancy.leaveStart ?? leaveStartWindow(expectedDelivery, multipleBirth).latest;
  const birth = actualDelivery ?? expectedDelivery;
  const daysBeforeBirth = daysBetweenInclusive(leaveStart, minDate(expectedDelivery, birth));
  const shortfallDays = Math.max(0, guaranteedDaysBeforeBirth(multipleBirth) - daysBeforeBirth);
  const pregnancyLeaveDays = daysBetweenInclusive(leaveStart, birth);
  const maternityLeaveDays = maternityLeaveBaseDays + shortfallDays;
  const maternityFirst = addDays(birth, 1);
  return {
    leaveStart,
    pregnancyLeave: pregnancyLeaveDays > 0 ? { first: leaveStart, last: birth } : null,
    maternityLeave: {
      first: maternityFirst,
      last: addDays(maternityFirst, maternityLeaveDays - 1),
    },
    shortfallDays,
    pregnancyLeaveDays,
    maternityLeaveDays,
    totalDays: pregnancyLeaveDays + maternityLeaveDays,
    provisional: actualDelivery === null,
  };
}

/** The two WAZO leaves, named in a refusal. */
export type LeaveKind = 'pregnancy_leave' | 'maternity_leave';
export type WazoLeave = LeavePeriod & { kind: LeaveKind };

/** A refusal because sick days fall in WAZO leave: names the leave and its dates. */
export type DuringLeave = Refused<'during_leave'> & { leave: WazoLeave };

/**
 * The leave periods of a pregnancy: pregnancy leave (when the birth came after S) and maternity
 * leave. A pregnancy ended for another reason (miskraam, abortus, uit dienst, overig) on `endedOn`
 * has leave up to that day only.
 */
export function leavePeriods(
  leave: Pick<PregnancyLeave, 'pregnancyLeave' | 'maternityLeave'>,
  endedOn: string | null,
): WazoLeave[] {
  const periods: WazoLeave[] = [
    ...(leave.pregnancyLeave === null
      ? []
      : [{ kind: 'pregnancy_leave' as const, ...leave.pregnancyLeave }]),
    { kind: 'maternity_leave', ...leave.maternityLeave },
  ];
  if (endedOn === null) return periods;
  return periods
    .map((period) => ({ ...period, last: minDate(period.last, endedOn) }))
    .filter((period) => period.first <= period.last);
}

/**
 * The sick days an episode has registered: first to last sick day; while it is open, up to its
 * latest change of percentage. The days after that are not known yet, so an employee sick before
 * the leave may be reported (DOMAIN.md §3); closing the episode inside or after the leave, or a
 * change dated in it, registers sick days in the leave and is refused.
 */
export function registeredSickDays(
  episode: Pick<Episode, 'firstSickDay' | 'lastSickDay' | 'segments'>,
): LeavePeriod {
  const latestChange = episode.segments[episode.segments.length - 1]?.from ?? episode.firstSickDay;
  return {
    first: episode.firstSickDay,
    last: episode.lastSickDay ?? maxDate(episode.firstSickDay, latestChange),
  };
}

/**
 * Pregnancy and maternity leave is not sickness (DOMAIN.md §3): the earliest leave period that
 * shares a day with the sick days `first`–`last`, or null when they lie entirely before or after
 * every leave (sickness before or after the leave is sickness, "ziek door zwangerschap" included).
 * Every write that creates or moves sick days, or moves the leave, refuses with the leave found.
 */
export function leaveOverlapping(
  sickDays: LeavePeriod,
  leave: readonly WazoLeave[],
): WazoLeave | null {
  const overlapping = leave
    .filter((period) => period.first <= sickDays.last && sickDays.first <= period.last)
    .sort((a, b) => compareDates(a.first, b.first));
  return overlapping[0] ?? null;
}
