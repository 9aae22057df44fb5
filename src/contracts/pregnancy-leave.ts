/**
 * The window for the start of pregnancy leave (WAZO, DOMAIN.md §3), shared by the server's rules
 * and the web's pregnancy form, so that the last working day the form proposes is the one the
 * server stores when none is given.
 */
import { addDays } from './civil-dates.js';

/** Days before E + 1 between which the leave starts: 6 to 4 weeks, 10 to 8 for multiples. */
function leaveStartBounds(multipleBirth: boolean) {
  return multipleBirth ? { earliest: 70, latest: 56 } : { earliest: 42, latest: 28 };
}

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

/** Days from the last working day to S: the next day, or two with a free day between. */
const daysToLeaveStart = (freeDayBetween: boolean) => (freeDayBetween ? 2 : 1);

/** S from the last working day. */
export function leaveStartOf(lastWorkingDay: string, freeDayBetween: boolean): string {
  return addDays(lastWorkingDay, daysToLeaveStart(freeDayBetween));
}

/** The window for the last working day: the window for S moved back by one day (two with a free day). */
export function lastWorkingDayWindow(
  expectedDelivery: string,
  multipleBirth: boolean,
  freeDayBetween: boolean,
): { earliest: string; latest: string } {
  const window = leaveStartWindow(expectedDelivery, multipleBirth);
  const back = -daysToLeaveStart(freeDayBetween);
  return { earliest: addDays(window.earliest, back), latest: addDays(window.latest, back) };
}

/** The default last working day: the latest allowed, so the leave starts as late as it may. */
export function defaultLastWorkingDay(
  expectedDelivery: string,
  multipleBirth: boolean,
  freeDayBetween: boolean,
): string {
  return lastWorkingDayWindow(expectedDelivery, multipleBirth, freeDayBetween).latest;
}

/** The dates a pregnancy record holds, from which its leave is computed. */
export type PregnancyDates = {
  expectedDelivery: string;
  multipleBirth: boolean;
  lastWorkingDay: string;
  freeDayBetween: boolean;
  actualDelivery: string | null;
};
