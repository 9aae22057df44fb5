/**
 * The absence state of an employee on a date (issue 18): sick with percentage, first sick day and
 * the sick-day of the legal case, or on pregnancy or maternity leave until its last day. Pure.
 */
import type { AbsenceState } from '../../../contracts/absence-state.js';
import type { AbsenceCaseJson } from './cases.absence-state.repository.js';
import { leaveOfCase } from './cases.history.js';
import { groupIntoLegalCases, progressOn, waitingTimeWeeks } from './cases.recurrence.models.js';

export function absenceStateOf(all: readonly AbsenceCaseJson[], date: string): AbsenceState {
  const leave = all.flatMap((stored) =>
    stored.pregnancy === null ? [] : leaveOfCase(stored, stored.pregnancy),
  );
  const sickness = all.filter((stored) => stored.kind === 'sickness');
  const current = sickness.find(
    (stored) =>
      stored.firstDay <= date &&
      (stored.lastDay === null || stored.lastDay >= date) &&
      (stored.percentage ?? 0) > 0,
  );
  if (current !== undefined) {
    const episodes = sickness.map((stored) => ({
      id: stored.id,
      firstSickDay: stored.firstDay,
      lastSickDay: stored.lastDay,
    }));
    const legalCase =
      groupIntoLegalCases(episodes, leave).find((group) =>
        group.some((episode) => episode.id === current.id),
      ) ?? [];
    // Today is a sick day of the legal case, so its progress is never null.
    const progress = progressOn(legalCase, date) ?? {
      sickDay: 1,
      week: 1,
      ofWeeks: waitingTimeWeeks,
    };
    return {
      kind: 'sick',
      percentage: current.percentage ?? 0,
      since: current.firstDay,
      ...progress,
    };
  }
  const onLeave = leave.find((period) => period.first <= date && date <= period.last);
  return onLeave === undefined ? null : { kind: onLeave.kind, until: onLeave.last };
}
