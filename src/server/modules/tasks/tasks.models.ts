/**
 * Pure rules of the tasks of a legal case (DOMAIN.md §2): their due dates by sick-day arithmetic
 * over the joined episodes, and what a change of the case does to them — created when the case
 * opens, set aside ("vervallen" by the system) when it closes, back with recomputed dates when a
 * recurrence joins, open dates recomputed when the first sick day is corrected. No database, no
 * clock.
 */
import {
  addDays,
  lastWorkingDayOnOrBefore,
  minDate,
  nextWorkingDay,
} from '../../../contracts/civil-dates.js';
import { isSickDayTrigger } from '../../../contracts/protocols.js';
import type { TaskStatus } from '../../../contracts/tasks.js';
import { type EpisodePeriod, sickDayDate, waitingTimeOn } from '../cases/cases.models.js';
import { occurrencesOf, type Protocol, type ProtocolTask } from './tasks.protocols.models.js';

/**
 * A legal case as the tasks see it: its first episode's case id, its episodes in order, and the
 * dates the calendar triggers count from when the case knows them.
 */
export type LegalCase = {
  caseId: string;
  episodes: readonly EpisodePeriod[];
  expectedDeliveryDate?: string | null;
  employmentEndDate?: string | null;
};

/** A pregnancy case as the tasks see it (the WAZO protocol's dates count from it). */
export type PregnancyCase = {
  caseId: string;
  firstDay: string;
  lastDay: string | null;
  expectedDelivery: string;
};

/**
 * A pregnancy case planned as a legal case of one "episode", the days the case runs: its tasks
 * count from its start and the expected delivery, and it opens and closes the same way.
 */
export function pregnancyAsLegalCase(pregnancy: PregnancyCase): LegalCase {
  return {
    caseId: pregnancy.caseId,
    episodes: [{ firstSickDay: pregnancy.firstDay, lastSickDay: pregnancy.lastDay }],
    expectedDeliveryDate: pregnancy.expectedDelivery,
  };
}

/** What the plan reads of a stored task. */
export type PlannedTask = {
  id: string;
  code: string;
  occurrence: number;
  dueSickDay: number;
  dueDate: string;
  status: TaskStatus;
  doneOn: string | null;
};

export type NewTask = Omit<PlannedTask, 'id' | 'status' | 'doneOn'> & { status: 'open' };
export type TaskUpdate = { id: string; dueDate: string; status: TaskStatus };

/**
 * The due date of a task's occurrence at `offset` (a sick-day number for the sick-day triggers,
 * calendar days for the others), or null when the case never reaches it: a closed case short of
 * that sick-day, or a date the case does not know (no expected delivery, no end of employment).
 */
export function dueDateOf(
  task: ProtocolTask,
  offset: number,
  legalCase: Omit<LegalCase, 'caseId'>,
  doneOnOf: (code: string) => string | null,
): string | null {
  const due = triggerDate(task, offset, legalCase);
  const earlier = task.earlierAfterDone;
  if (due === null || earlier === null) return due;
  const doneOn = doneOnOf(earlier.task);
  return doneOn === null ? due : minDate(due, addDays(doneOn, earlier.days));
}

function triggerDate(
  task: ProtocolTask,
  offset: number,
  { episodes, expectedDeliveryDate, employmentEndDate }: Omit<LegalCase, 'caseId'>,
): string | null {
  const caseStart = episodes[0]?.firstSickDay;
  switch (task.trigger) {
    case 'sick_day':
      return sickDayDate(episodes, offset);
    case 'first_working_day_after_sick_day': {
      const day = sickDayDate(episodes, offset);
      return day === null ? null : nextWorkingDay(day);
    }
    // A case starts on its first (sick) day, so both count from the same date.
    case 'case_start':
    case 'calendar_days':
      return caseStart === undefined ? null : addDays(caseStart, offset);
    case 'expected_delivery_date':
      return expectedDeliveryDate ? addDays(expectedDeliveryDate, offset) : null;
    case 'end_of_employment':
      return sickOnLastDay(episodes, employmentEndDate)
        ? addDays(lastWorkingDayOnOrBefore(employmentEndDate), offset)
        : null;
  }
}

/**
 * Whether the employee is sick on the employment's last day (DOMAIN.md §2: the UWV report at the
 * end of employment): in the last episode, which an open case assumes runs on.
 */
function sickOnLastDay(
  episodes: readonly EpisodePeriod[],
  endDate: string | null | undefined,
): endDate is string {
  const last = episodes[episodes.length - 1];
  if (!endDate || last === undefined) return false;
  return last.firstSickDay <= endDate && (last.lastSickDay === null || endDate <= last.lastSickDay);
}

/**
 * The sick-day a task's occurrence falls due on: its offset for the sick-day triggers, else the
 * waiting time reached on its due date (0 for a date before the case).
 */
export function dueSickDayOf(
  task: ProtocolTask,
  offset: number,
  episodes: readonly EpisodePeriod[],
  dueDate: string,
): number {
  return isSickDayTrigger(task.trigger) ? offset : waitingTimeOn(episodes, dueDate);
}

/** Tasks that are still to be done, by a person's decision or the protocol's. */
const isPending = (status: TaskStatus) => status === 'open' || status === 'postponed';

/**
 * What the tasks of a legal case become after its episodes (or the dates its calendar triggers
 * count from) changed. An open case gets each task of the protocol it has none of yet once its
 * due date is known (all of them when it opens; the UWV report when an end of employment becomes
 * known). A closed case sets its pending tasks aside, except the UWV report of an employee sick on
 * the employment's last day, which outlives the case. An open one brings set-aside tasks back,
 * recomputes every open date, and sets aside an open task whose date it no longer knows. Done and
 * cancelled tasks, and the date a person chose when postponing, stay as they are.
 */
export function planTasks(
  protocol: Protocol,
  legalCase: LegalCase,
  existing: readonly PlannedTask[],
): { inserts: NewTask[]; updates: TaskUpdate[] } {
  const { episodes } = legalCase;
  const open = episodes[episodes.length - 1]?.lastSickDay === null;
  const doneOnOf = (code: string) =>
    existing.find((task) => task.code === code && task.status === 'done')?.doneOn ?? null;
  const inserts: NewTask[] = [];
  if (open) {
    for (const task of protocol.tasks) {
      occurrencesOf(task).forEach((offset, occurrence) => {
        if (existing.some((row) => row.code === task.code && row.occurrence === occurrence)) return;
        const dueDate = dueDateOf(task, offset, legalCase, doneOnOf);
        if (dueDate === null) return;
        const dueSickDay = dueSickDayOf(task, offset, episodes, dueDate);
        inserts.push({ code: task.code, occurrence, dueSickDay, dueDate, status: 'open' });
      });
    }
  }
  const updates: TaskUpdate[] = [];
  for (const task of existing) {
    const definition = protocol.tasks.find((candidate) => candidate.code === task.code);
    if (definition === undefined) continue;
    const offset = occurrencesOf(definition)[task.occurrence] ?? task.dueSickDay;
    const dueDate = dueDateOf(definition, offset, legalCase, doneOnOf);
    if (!open) {
      if (!isPending(task.status)) continue;
      const outlivesCase = definition.trigger === 'end_of_employment' && dueDate !== null;
      if (outlivesCase) {
        if (task.status === 'open' && dueDate !== task.dueDate) {
          updates.push({ id: task.id, dueDate, status: 'open' });
        }
      } else if (definition.setAsideOnClose) {
        updates.push({ id: task.id, dueDate: task.dueDate, status: 'set_aside' });
      }
      continue;
    }
    if (task.status !== 'open' && task.status !== 'set_aside') continue;
    if (dueDate === null) {
      if (task.status === 'open') {
        updates.push({ id: task.id, dueDate: task.dueDate, status: 'set_aside' });
      }
    } else if (dueDate !== task.dueDate || task.status !== 'open') {
      updates.push({ id: task.id, dueDate, status: 'open' });
    }
  }
  return { inserts, updates };
}

/** The pending tasks of a legal case that no longer exists as such (its episodes regrouped). */
export function setAsideOrphans(existing: readonly PlannedTask[]): TaskUpdate[] {
  return existing
    .filter((task) => isPending(task.status))
    .map((task) => ({ id: task.id, dueDate: task.dueDate, status: 'set_aside' as const }));
}
