/**
 * A new sick report (DOMAIN.md §1, §3): the percentage from hours not worked, and the checks of a
 * report against the employment, today, the other episodes and pregnancy or maternity leave.
 */
import { addDays, isCivilDate } from '../../../contracts/civil-dates.js';
import { type EpisodePeriod, isValidPercentage, type Refused } from './cases.episodes.models.js';
import { type DuringLeave, leaveOverlapping, type WazoLeave } from './cases.pregnancy.models.js';

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
