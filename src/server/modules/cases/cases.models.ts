/**
 * Pure rules of absence cases (DOMAIN.md §1–3, §5): classifications and who may see them, the
 * percentage timeline of a sickness episode, validation of a sick report, recurrence into legal
 * cases with sick-day numbers, pregnancy and maternity leave dates, and the rule that sick days
 * never fall in that leave. No database, no clock:
 * "today" is a parameter. Refusals are typed results whose reason becomes the error code
 * `cases.<reason>`.
 */
import {
  addDays,
  compareDates,
  daysBetweenInclusive,
  isCivilDate,
  maxDate,
  minDate,
} from '../../../contracts/civil-dates.js';
import { operatorRoles, type Role } from '../../../contracts/permissions.js';

/** A refusal with a stable code; the use case turns it into the error `cases.<reason>`. */
export type Refused<Reason extends string> = { ok: false; reason: Reason };

// ---------------------------------------------------------------------------------------------
// Classifications (DOMAIN.md §5: non-medical only)
// ---------------------------------------------------------------------------------------------

export const classifications = [
  /** Ziekte. */
  'illness',
  /** Bedrijfsongeval. */
  'work_accident',
  /** Privé-ongeval. */
  'private_accident',
  /** Ongeval met aansprakelijke derde. */
  'third_party_accident',
  /** Ziek door zwangerschap/bevalling. */
  'pregnancy_related',
  /** Orgaandonatie. */
  'organ_donation',
  /** No-riskpolis. */
  'no_risk_policy',
  /** Vangnet (onbekend welke). */
  'safety_net_unknown',
  /** Arbeidsconflict. */
  'labour_conflict',
  /** Onbekend. */
  'unknown',
] as const;
export type Classification = (typeof classifications)[number];

export function isClassification(value: string): value is Classification {
  return (classifications as readonly string[]).includes(value);
}

/**
 * The vangnet (safety-net) kinds: sickness for which the UWV, not the employer, bears the sick
 * pay under the Ziektewet vangnet. Which kind applies is health-related, so only operator roles
 * see it (DOMAIN.md §5).
 */
export const safetyNetClassifications = [
  'pregnancy_related',
  'organ_donation',
  'no_risk_policy',
  'safety_net_unknown',
] as const satisfies readonly Classification[];

export function isSafetyNet(classification: Classification): boolean {
  return (safetyNetClassifications as readonly Classification[]).includes(classification);
}

/** What a role is shown of a case's classification: `classification` null means hidden. */
export type ClassificationView = { classification: Classification | null; safetyNet: boolean };

/**
 * Operator roles see the classification itself. Employer roles see a non-safety-net
 * classification (whether it is a work accident or a third party is involved is theirs to know),
 * but of a safety-net kind only "vangnet: ja" — also for "vangnet (onbekend welke)", so that the
 * hidden value cannot be told apart from the others by its absence.
 */
export function classificationView(role: Role, classification: Classification): ClassificationView {
  const safetyNet = isSafetyNet(classification);
  const operator = (operatorRoles as readonly Role[]).includes(role);
  return { classification: operator || !safetyNet ? classification : null, safetyNet };
}

// ---------------------------------------------------------------------------------------------
// The percentage timeline of an episode (DOMAIN.md §1)
// ---------------------------------------------------------------------------------------------

/** From `from` on, until the next segment or the end of the episode, the employee is this % sick. */
export type PercentageSegment = { from: string; percentage: number };

/** Ways an episode ends other than full recovery ("einde om andere reden"). */
export const otherEndReasons = [
  /** Ziek uit dienst: the employment ends while sick. */
  'sick_out_of_service',
  'deceased',
  /** Einde wachttijd: the 104 weeks of sick pay are over. */
  'end_of_waiting_time',
  'other',
] as const;
export type OtherEndReason = (typeof otherEndReasons)[number];
export type EndReason = 'recovered' | OtherEndReason;

/**
 * One continuous period of sickness. Invariants kept by every operation below: segments are
 * sorted by strictly increasing `from`, the first starts on the first sick day, none starts after
 * the last sick day, neighbours differ in percentage, percentages are whole numbers 1–100. So
 * the segments cover the episode exactly, without gaps or overlaps.
 */
export type Episode = {
  firstSickDay: string;
  /** Inclusive; null while the episode is open. */
  lastSickDay: string | null;
  /** Null exactly while open. */
  endReason: EndReason | null;
  segments: readonly PercentageSegment[];
};

export type EpisodeResult<Reason extends string> = { ok: true; episode: Episode } | Refused<Reason>;

/** Whole percentages only: the forms and the hours conversion give whole numbers. */
export function isValidPercentage(percentage: number): boolean {
  return Number.isInteger(percentage) && percentage >= 1 && percentage <= 100;
}

/** A new, open episode from the first sick day at the reported percentage. */
export function startEpisode(
  firstSickDay: string,
  percentage: number,
): EpisodeResult<'invalid_date' | 'invalid_percentage'> {
  if (!isCivilDate(firstSickDay)) return { ok: false, reason: 'invalid_date' };
  if (!isValidPercentage(percentage)) return { ok: false, reason: 'invalid_percentage' };
  return {
    ok: true,
    episode: {
      firstSickDay,
      lastSickDay: null,
      endReason: null,
      segments: [{ from: firstSickDay, percentage }],
    },
  };
}

export type ChangeRefusal =
  | 'invalid_date'
  | 'invalid_percentage'
  | 'change_before_first_sick_day'
  | 'change_after_last_sick_day'
  | 'change_not_after_last_change'
  | 'percentage_unchanged';

/**
 * A higher or lower percentage from `from` on ("hoger/lager percentage ziek", partial recovery).
 *
 * Rules (the product's choice where DOMAIN.md is silent):
 * - `from` lies after the latest change (and so after the first sick day): changes are appended
 *   in date order, so an earlier report is never silently rewritten. A change on the date of the
 *   latest change, the first sick day included, is refused (`change_not_after_last_change`); the
 *   percentage of the first day itself is corrected with `correctSickReport`.
 * - On a closed episode a late change is accepted up to and including the last sick day (one day
 *   at the new percentage); after it the employee was fit.
 * - The same percentage as the one running is no change and is refused, so neighbouring
 *   segments always differ.
 */
export function changePercentage(
  episode: Episode,
  from: string,
  percentage: number,
): EpisodeResult<ChangeRefusal> {
  if (!isCivilDate(from)) return { ok: false, reason: 'invalid_date' };
  if (!isValidPercentage(percentage)) return { ok: false, reason: 'invalid_percentage' };
  if (from < episode.firstSickDay) return { ok: false, reason: 'change_before_first_sick_day' };
  if (episode.lastSickDay !== null && from > episode.lastSickDay) {
    return { ok: false, reason: 'change_after_last_sick_day' };
  }
  const current = lastSegment(episode);
  if (from <= current.from) return { ok: false, reason: 'change_not_after_last_change' };
  if (percentage === current.percentage) return { ok: false, reason: 'percentage_unchanged' };
  return {
    ok: true,
    episode: { ...episode, segments: [...episode.segments, { from, percentage }] },
  };
}

export type CloseRefusal =
  | 'invalid_date'
  | 'episode_closed'
  | 'last_sick_day_before_first_sick_day'
  | 'last_sick_day_before_last_change';

/**
 * Full recovery ("hersteld"): closes the episode with its last sick day (hersteldatum = last sick
 * day + 1). The last sick day may be the day of the latest change (one day at that percentage)
 * but not before it: a recovery that would cut off a registered change is refused
 * (`last_sick_day_before_last_change`) rather than dropping the change silently.
 */
export function registerRecovery(
  episode: Episode,
  lastSickDay: string,
): EpisodeResult<CloseRefusal> {
  return close(episode, lastSickDay, 'recovered');
}

/** Ends the episode for another reason (ziek uit dienst, overleden, einde wachttijd, other). */
export function endForOtherReason(
  episode: Episode,
  lastSickDay: string,
  reason: OtherEndReason,
): EpisodeResult<CloseRefusal> {
  return close(episode, lastSickDay, reason);
}

function close(
  episode: Episode,
  lastSickDay: string,
  endReason: EndReason,
): EpisodeResult<CloseRefusal> {
  if (!isCivilDate(lastSickDay)) return { ok: false, reason: 'invalid_date' };
  if (episode.lastSickDay !== null) return { ok: false, reason: 'episode_closed' };
  if (lastSickDay < episode.firstSickDay) {
    return { ok: false, reason: 'last_sick_day_before_first_sick_day' };
  }
  if (lastSickDay < lastSegment(episode).from) {
    return { ok: false, reason: 'last_sick_day_before_last_change' };
  }
  return { ok: true, episode: { ...episode, lastSickDay, endReason } };
}

/**
 * A trajectmutatie (correction of the sick report: first sick day, full/partial) is allowed only
 * while no partial recovery is registered (SPEC.md §2.5). A partial recovery is a segment with a
 * lower percentage than the one before it; a higher percentage is not a recovery.
 */
export function mayCorrectSickReport(episode: Episode): boolean {
  return episode.segments.every(
    (segment, index) =>
      index === 0 || segment.percentage > (episode.segments[index - 1]?.percentage ?? 0),
  );
}

export type CorrectionRefusal =
  | 'invalid_date'
  | 'invalid_percentage'
  | 'partial_recovery_registered'
  | 'first_sick_day_not_before_change'
  | 'first_sick_day_after_last_sick_day'
  | 'percentage_unchanged';

/**
 * The corrected first sick day and first percentage of the sick report. The corrected first day
 * stays before the next registered change and on or before the last sick day, and the corrected
 * percentage differs from the next change's, so the timeline keeps its invariants. Overlap with
 * other episodes and the employment are checked with `validateSickReport`.
 */
export function correctSickReport(
  episode: Episode,
  correction: { firstSickDay: string; percentage: number },
): EpisodeResult<CorrectionRefusal> {
  const { firstSickDay, percentage } = correction;
  if (!isCivilDate(firstSickDay)) return { ok: false, reason: 'invalid_date' };
  if (!isValidPercentage(percentage)) return { ok: false, reason: 'invalid_percentage' };
  if (!mayCorrectSickReport(episode)) return { ok: false, reason: 'partial_recovery_registered' };
  const [, next, ...rest] = episode.segments;
  if (next !== undefined && firstSickDay >= next.from) {
    return { ok: false, reason: 'first_sick_day_not_before_change' };
  }
  if (episode.lastSickDay !== null && firstSickDay > episode.lastSickDay) {
    return { ok: false, reason: 'first_sick_day_after_last_sick_day' };
  }
  if (next !== undefined && next.percentage === percentage) {
    return { ok: false, reason: 'percentage_unchanged' };
  }
  const first = { from: firstSickDay, percentage };
  const segments = next === undefined ? [first] : [first, next, ...rest];
  return { ok: true, episode: { ...episode, firstSickDay, segments } };
}

/** A segment with its inclusive end: the day before the next segment, or the last sick day. */
export type SegmentPeriod = { from: string; to: string | null; percentage: number };

export function segmentPeriods(episode: Episode): SegmentPeriod[] {
  return episode.segments.map((segment, index) => {
    const next = episode.segments[index + 1];
    return {
      from: segment.from,
      to: next === undefined ? episode.lastSickDay : addDays(next.from, -1),
      percentage: segment.percentage,
    };
  });
}

/** The percentage sick on `date`: that of the segment covering it, 0 outside the episode. */
export function percentageOn(episode: Episode, date: string): number {
  if (date < episode.firstSickDay) return 0;
  if (episode.lastSickDay !== null && date > episode.lastSickDay) return 0;
  let percentage = 0;
  for (const segment of episode.segments) if (segment.from <= date) percentage = segment.percentage;
  return percentage;
}

function lastSegment(episode: Episode): PercentageSegment {
  const segment = episode.segments[episode.segments.length - 1];
  if (segment === undefined) throw new Error('an episode has at least one segment');
  return segment;
}

// ---------------------------------------------------------------------------------------------
// Hours not worked → percentage
// ---------------------------------------------------------------------------------------------

/**
 * The percentage sick for hours not worked in a week of `contractHoursPerWeek` hours, as the
 * sick-report form converts it. Rounding: half up to a whole percent (12.5 → 13, 12.49 → 12),
 * after removing floating-point noise below 1e-9 (0.29 h × 100 is 28.999999999999996 in binary).
 * The rounded result must be 1–100: less than half a percent is no sickness to report, more than
 * the contract hours is no valid percentage.
 */
export function percentageFromHoursNotWorked(
  hoursNotWorked: number,
  contractHoursPerWeek: number,
):
  | { ok: true; percentage: number }
  | Refused<'invalid_hours' | 'invalid_contract_hours' | 'percentage_out_of_range'> {
  if (!Number.isFinite(hoursNotWorked) || hoursNotWorked < 0) {
    return { ok: false, reason: 'invalid_hours' };
  }
  if (!Number.isFinite(contractHoursPerWeek) || contractHoursPerWeek <= 0) {
    return { ok: false, reason: 'invalid_contract_hours' };
  }
  const exact = Number(((hoursNotWorked * 100) / contractHoursPerWeek).toFixed(9));
  const percentage = Math.floor(exact + 0.5);
  return isValidPercentage(percentage)
    ? { ok: true, percentage }
    : { ok: false, reason: 'percentage_out_of_range' };
}

// ---------------------------------------------------------------------------------------------
// A new sick report
// ---------------------------------------------------------------------------------------------

/** The dates of an episode; `lastSickDay` null while open. */
export type EpisodePeriod = { firstSickDay: string; lastSickDay: string | null };

/** How far ahead a first sick day may lie when the employer does not set it. */
export const defaultMaxDaysAhead = 14;

export type SickReportRefusal =
  | 'invalid_date'
  | 'last_sick_day_before_first_sick_day'
  | 'invalid_percentage'
  | 'before_employment_start'
  | 'after_employment_end'
  | 'too_far_in_future'
  | 'overlapping_case';

/**
 * Checks a new sick report against the employment, today, the employee's other episodes and
 * WAZO leave. The first sick day may lie up to `maxDaysAhead` days after today, inclusive.
 *
 * A report is open, so it overlaps every episode that has a sick day on or after its first sick
 * day, and every open episode: an employee already sick gets a change of percentage instead
 * (SPEC.md §2.5). A report that comes with its last sick day (a past episode, e.g. from the
 * HR system) spans only first to last sick day and may lie before a later episode.
 *
 * Its sick days (first to last sick day; of an open report the first sick day) may not fall in
 * the employee's pregnancy or maternity leave (`leaveOverlapping`). `leave` is required, so that
 * every way a sick report enters (the form, a backdated report, a future import) is checked.
 */
export function validateSickReport(
  report: { firstSickDay: string; lastSickDay?: string | null; percentage: number },
  context: {
    today: string;
    employment: { startDate: string; endDate: string | null };
    otherEpisodes: readonly EpisodePeriod[];
    leave: readonly WazoLeave[];
    maxDaysAhead?: number;
  },
): { ok: true } | Refused<SickReportRefusal> | DuringLeave {
  const { firstSickDay, lastSickDay = null, percentage } = report;
  const { today, employment, otherEpisodes, leave, maxDaysAhead = defaultMaxDaysAhead } = context;
  if (!isCivilDate(firstSickDay) || (lastSickDay !== null && !isCivilDate(lastSickDay))) {
    return { ok: false, reason: 'invalid_date' };
  }
  if (lastSickDay !== null && lastSickDay < firstSickDay) {
    return { ok: false, reason: 'last_sick_day_before_first_sick_day' };
  }
  if (!isValidPercentage(percentage)) return { ok: false, reason: 'invalid_percentage' };
  if (firstSickDay < employment.startDate) return { ok: false, reason: 'before_employment_start' };
  if (employment.endDate !== null && firstSickDay > employment.endDate) {
    return { ok: false, reason: 'after_employment_end' };
  }
  if (firstSickDay > addDays(today, maxDaysAhead))
    return { ok: false, reason: 'too_far_in_future' };
  const overlaps = otherEpisodes.some(
    (other) =>
      (other.lastSickDay === null || other.lastSickDay >= firstSickDay) &&
      (lastSickDay === null || other.firstSickDay <= lastSickDay),
  );
  if (overlaps) return { ok: false, reason: 'overlapping_case' };
  const during = leaveOverlapping(
    { first: firstSickDay, last: lastSickDay ?? firstSickDay },
    leave,
  );
  return during === null ? { ok: true } : { ok: false, reason: 'during_leave', leave: during };
}

// ---------------------------------------------------------------------------------------------
// Recurrence: legal cases (wachttijd) and sick-day numbers (DOMAIN.md §2)
// ---------------------------------------------------------------------------------------------

/** A period of days, `first` up to and including `last`. */
export type LeavePeriod = { first: string; last: string };

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

// ---------------------------------------------------------------------------------------------
// Pregnancy and maternity leave (WAZO, DOMAIN.md §3)
// ---------------------------------------------------------------------------------------------

/** Ways a pregnancy case ends: bevallen, miskraam, abortus, uit dienst, overig. */
export const pregnancyEndReasons = [
  'birth',
  'miscarriage',
  'abortion',
  'out_of_service',
  'other',
] as const;
export type PregnancyEndReason = (typeof pregnancyEndReasons)[number];

/** Days before E + 1 between which the leave starts: 6 to 4 weeks, 10 to 8 for multiples. */
function leaveStartBounds(multipleBirth: boolean) {
  return multipleBirth ? { earliest: 70, latest: 56 } : { earliest: 42, latest: 28 };
}

/** The guaranteed leave before the birth that the shortfall tops up: 6 weeks, 10 for multiples. */
function guaranteedDaysBeforeBirth(multipleBirth: boolean): number {
  return multipleBirth ? 70 : 42;
}

/** Maternity leave without shortfall: 10 weeks. */
export const maternityLeaveBaseDays = 70;

/**
 * The window for S, the first day of leave: from 42 to 28 days before E + 1 (multiple birth: 70
 * to 56), both inclusive. The latest is the default.
 */
export function leaveStartWindow(
  expectedDelivery: string,
  multipleBirth: boolean,
): { earliest: string; latest: string } {
  const bounds = leaveStartBounds(multipleBirth);
  const dayAfter = addDays(expectedDelivery, 1);
  return {
    earliest: addDays(dayAfter, -bounds.earliest),
    latest: addDays(dayAfter, -bounds.latest),
  };
}

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
