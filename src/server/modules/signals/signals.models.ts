/** The rules of the six e-mail signals (DOMAIN.md §6) that need no database. */
import { addDays, dayOfWeek } from '../../../contracts/civil-dates.js';
import { amsterdamClockOf, amsterdamDateOf } from '../../../contracts/formats.js';

export const signalKinds = [
  /** Aangemaakte documenten */
  'documents',
  /** Aangemaakte UWV-documenten */
  'uwv_documents',
  /** Aantal keren per periode ziek */
  'frequent_absence',
  /** Einde dienstverband */
  'employment_end',
  /** Aantal openstaande taken */
  'open_tasks',
  /** Aantal openstaande dossiers */
  'open_cases',
] as const;
export type SignalKind = (typeof signalKinds)[number];

/** Stands for "no subject" or "no period" in the key of a sent signal. */
export const none = '-';

/** How far back the documents signal looks for a batch not sent yet (the app was down). */
export const documentLookbackMs = 24 * 60 * 60_000;

/**
 * Documents are mailed in batches of `minutes` (SIGNALS_DOCUMENT_BATCH_MINUTES, a divisor of 60,
 * default 10): every document created in one window goes out in one mail per recipient after the
 * window closes. With the tick every minute and the default window the mail leaves at most 11
 * minutes after the document was made, inside DOMAIN.md §6's 15 minutes.
 *
 * The start of the `minutes`-long batch window `instant` falls in (windows start on whole UTC
 * minutes).
 */
export function documentBatchOf(instant: Date, minutes: number): Date {
  const batchMs = minutes * 60_000;
  return new Date(Math.floor(instant.getTime() / batchMs) * batchMs);
}

/** Whether the `minutes`-long batch starting at `batchStart` is closed at `now`, so its mail may go. */
export function documentBatchClosed(batchStart: Date, now: Date, minutes: number): boolean {
  return batchStart.getTime() + minutes * 60_000 <= now.getTime();
}

/** The weekly signals go out on Monday from this hour on, Amsterdam time (DOMAIN.md §6). */
export const weeklyHour = 7;

/**
 * The Monday (`YYYY-MM-DD`, Amsterdam) of the week the weekly round at `now` belongs to: a week
 * runs from Monday 07:00 to the next Monday 07:00, read on the Amsterdam wall clock, so 07:00
 * stays 07:00 on both sides of a change to or from summer time.
 */
export function weekOf(now: Date): string {
  const date = amsterdamDateOf(now);
  const monday = addDays(date, 1 - dayOfWeek(date));
  return date === monday && amsterdamClockOf(now).hour < weeklyHour ? addDays(monday, -7) : monday;
}

/**
 * The week whose weekly signals are due at `now`, given the Monday of the employer's last weekly
 * round (`lastRound`, undefined when it never had one), else undefined. DOMAIN.md §6 promises the
 * counts on Monday at 07:00: due from then on that Monday (a restart at 07:05 still sends them).
 * Later in the week only to catch up a round the app missed (down all of Monday), and only at an
 * employer whose rounds ran before: a new employer, or the app's first start, begins on a Monday,
 * so nobody gets "weekly" counts mid-week out of nothing. The Monday is the key of the sent
 * signals: whichever tick or instance comes first sends them, once.
 */
export function weeklyPeriodAt(now: Date, lastRound: string | undefined): string | undefined {
  const week = weekOf(now);
  if (lastRound !== undefined && lastRound >= week) return undefined;
  if (amsterdamDateOf(now) === week) return week;
  return lastRound === undefined ? undefined : week;
}

/** DOMAIN.md §6: the third (or later) episode within 12 months. */
export const frequentAbsenceEpisodes = 3;

/**
 * How long after its first sick day a new episode may still set off the frequency signal: a
 * report made late (the first sick day already past) still counts, an old history does not.
 */
export const frequentAbsenceLookbackDays = 28;

/** DOMAIN.md §6: a fixed-term employment of a sick employee ends within 6 weeks. */
export const employmentEndWindowDays = 42;
