/**
 * The employee's stored cases as the rules of cases.models.ts read them: episodes, WAZO leave,
 * legal cases (wachttijd), and the links between the episodes of a legal case.
 */
import { addDays } from '../../../contracts/civil-dates.js';
import {
  lastWorkingDayWindow,
  leaveStartOf,
  type PregnancyDates,
} from '../../../contracts/pregnancy-leave.js';
import type { PregnancyLeaveView } from '../../../contracts/cases.js';
import {
  type CasesForTasks,
  type Episode,
  type EpisodePeriod,
  groupIntoLegalCases,
  leaveOverlapping,
  leavePeriods,
  pregnancyLeaveDates,
  registeredSickDays,
  waitingTimeOn,
  type WazoLeave,
} from './cases.models.js';
import type { CasesRepository, StoredCase } from './cases.repository.js';

export function episodeOf(stored: StoredCase): Episode {
  return {
    firstSickDay: stored.row.firstDay,
    lastSickDay: stored.row.lastDay,
    endReason: stored.row.endReason as Episode['endReason'],
    segments: stored.segments.map((segment) => ({
      from: segment.validFrom,
      percentage: segment.percentage,
    })),
  };
}

export function periodOf(stored: StoredCase): EpisodePeriod & { id: string } {
  return { id: stored.row.id, firstSickDay: stored.row.firstDay, lastSickDay: stored.row.lastDay };
}

export const isSickness = (stored: StoredCase) => stored.row.kind === 'sickness';

/** The employee's open sickness case, if any. */
export const openSickness = (all: readonly StoredCase[]) =>
  all.find((stored) => isSickness(stored) && stored.row.lastDay === null);

export function leaveOf(pregnancy: PregnancyDates): PregnancyLeaveView {
  const leave = pregnancyLeaveDates({
    expectedDelivery: pregnancy.expectedDelivery,
    multipleBirth: pregnancy.multipleBirth,
    actualDelivery: pregnancy.actualDelivery,
    leaveStart: leaveStartOf(pregnancy.lastWorkingDay, pregnancy.freeDayBetween),
  });
  return {
    lastWorkingDayWindow: lastWorkingDayWindow(
      pregnancy.expectedDelivery,
      pregnancy.multipleBirth,
      pregnancy.freeDayBetween,
    ),
    leaveStart: leave.leaveStart,
    pregnancyLeave: leave.pregnancyLeave,
    maternityLeave: leave.maternityLeave,
    shortfallDays: leave.shortfallDays,
    totalDays: leave.totalDays,
    provisional: leave.provisional,
  };
}

/** The leave of one pregnancy case; one ended for another reason has leave up to its last day. */
export function leaveOfCase(
  row: Pick<StoredCase['row'], 'endReason' | 'lastDay'>,
  pregnancy: PregnancyDates,
): WazoLeave[] {
  const endedEarly = row.endReason !== null && row.endReason !== 'birth';
  return leavePeriods(leaveOf(pregnancy), endedEarly ? row.lastDay : null);
}

/**
 * The leave periods of the employee's pregnancies, which link the sickness episodes before and
 * after them (DOMAIN.md §2) and in which no sick day may fall (DOMAIN.md §3).
 */
export function leavePeriodsOf(all: readonly StoredCase[]): WazoLeave[] {
  return all.flatMap((stored) =>
    stored.pregnancy ? leaveOfCase(stored.row, stored.pregnancy) : [],
  );
}

/**
 * The earliest of `leave` that falls on sick days registered for the employee (DOMAIN.md §3),
 * for a pregnancy whose leave is reported or moved after sickness was: refused like sickness
 * reported in the leave, so the two never share a day whichever came first.
 */
export function leaveOverSickness(all: readonly StoredCase[], leave: readonly WazoLeave[]) {
  for (const stored of all.filter(isSickness)) {
    const during = leaveOverlapping(registeredSickDays(episodeOf(stored)), leave);
    if (during) return during;
  }
  return null;
}

/** The employee's sickness episodes grouped into legal cases (wachttijd), each in date order. */
export function legalCaseGroupsOf(all: readonly StoredCase[]) {
  return groupIntoLegalCases(all.filter(isSickness).map(periodOf), leavePeriodsOf(all));
}

/**
 * What the tasks follow of the employee's cases: each legal case with the end date of the
 * employment its last episode belongs to (the UWV report when sick at the end of employment),
 * and each pregnancy with its expected delivery date (the WAZO protocol's dates).
 */
export function casesForTasksOf(
  all: readonly StoredCase[],
  employments: readonly { id: string; endDate: string | null }[],
): CasesForTasks {
  const byId = new Map(all.map((stored) => [stored.row.id, stored.row]));
  return {
    legalCases: legalCaseGroupsOf(all).map((episodes) => {
      const employmentId = byId.get(episodes[episodes.length - 1]?.id ?? '')?.employmentId;
      return {
        caseId: episodes[0]?.id ?? '',
        episodes: episodes.map(({ firstSickDay, lastSickDay }) => ({ firstSickDay, lastSickDay })),
        employmentEndDate:
          employments.find((employment) => employment.id === employmentId)?.endDate ?? null,
      };
    }),
    pregnancies: all.flatMap(({ row, pregnancy }) =>
      pregnancy
        ? [
            {
              caseId: row.id,
              firstDay: row.firstDay,
              lastDay: row.lastDay,
              expectedDelivery: pregnancy.expectedDelivery,
            },
          ]
        : [],
    ),
  };
}

/** Each sickness case's legal case (wachttijd): first sick day, previous episode, days before. */
export function legalCasesOf(all: readonly StoredCase[]) {
  const groups = legalCaseGroupsOf(all);
  const byCase = new Map<
    string,
    { firstSickDay: string; previousCaseId: string | null; waitingDaysBefore: number }
  >();
  for (const group of groups) {
    group.forEach((episode, index) => {
      const before = group.slice(0, index);
      byCase.set(episode.id, {
        firstSickDay: group[0]?.firstSickDay ?? episode.firstSickDay,
        previousCaseId: before[before.length - 1]?.id ?? null,
        waitingDaysBefore:
          before.length === 0 ? 0 : waitingTimeOn(before, addDays(episode.firstSickDay, -1)),
      });
    });
  }
  return byCase;
}

/**
 * Brings every sickness case's link to the previous episode of its legal case up to date, after
 * a change to `all` (the employee's cases as they now are); returns them with the links set.
 */
export async function relinkLegalCases(
  repository: CasesRepository,
  all: readonly StoredCase[],
): Promise<StoredCase[]> {
  const legal = legalCasesOf(all);
  const relinked: StoredCase[] = [];
  for (const stored of all) {
    const previousCaseId = isSickness(stored)
      ? (legal.get(stored.row.id)?.previousCaseId ?? null)
      : stored.row.previousCaseId;
    if (previousCaseId !== stored.row.previousCaseId) {
      await repository.updateCase(stored.row.id, { previousCaseId });
    }
    relinked.push({ ...stored, row: { ...stored.row, previousCaseId } });
  }
  return relinked;
}
