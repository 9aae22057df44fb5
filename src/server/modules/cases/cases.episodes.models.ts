/**
 * The percentage timeline of a sickness episode (DOMAIN.md §1): start, changes of percentage,
 * recovery or another end, and the correction of the sick report. Refusals are typed results.
 */
import { addDays, isCivilDate } from '../../../contracts/civil-dates.js';

/** A refusal with a stable code; the use case turns it into the error `cases.<reason>`. */
export type Refused<Reason extends string> = { ok: false; reason: Reason };

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

/** The dates of an episode; `lastSickDay` null while open. */
export type EpisodePeriod = { firstSickDay: string; lastSickDay: string | null };
