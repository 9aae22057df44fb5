/**
 * Pure rules of the tasks of a legal case (DOMAIN.md §2): their due dates by sick-day arithmetic
 * over the joined episodes, and what a change of the case does to them — created when the case
 * opens, set aside ("vervallen" by the system) when it closes, back with recomputed dates when a
 * recurrence joins, open dates recomputed when the first sick day is corrected. No database, no
 * clock.
 */
import { addDays, minDate, nextWorkingDay } from '../../../contracts/civil-dates.js';
import type { TaskStatus } from '../../../contracts/tasks.js';
import { type EpisodePeriod, sickDayDate } from '../cases/cases.models.js';
import { occurrencesOf, type Protocol, type ProtocolTask } from './tasks.protocols.models.js';

/** A legal case as the tasks see it: its first episode's case id and its episodes in order. */
export type LegalCase = { caseId: string; episodes: readonly EpisodePeriod[] };

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

/** The due date of a task on `dueSickDay`, or null when a closed case never reaches that day. */
export function dueDateOf(
  task: ProtocolTask,
  dueSickDay: number,
  episodes: readonly EpisodePeriod[],
  doneOnOf: (code: string) => string | null,
): string | null {
  const day = sickDayDate(episodes, dueSickDay);
  if (day === null) return null;
  const due = task.trigger === 'first_working_day_after_sick_day' ? nextWorkingDay(day) : day;
  const earlier = task.earlierAfterDone;
  const doneOn = earlier === undefined ? null : doneOnOf(earlier.code);
  return earlier === undefined || doneOn === null
    ? due
    : minDate(due, addDays(doneOn, earlier.days));
}

/** Tasks that are still to be done, by a person's decision or the protocol's. */
const isPending = (status: TaskStatus) => status === 'open' || status === 'postponed';

/**
 * What the tasks of a legal case become after its episodes changed. A case without tasks gets
 * the protocol's tasks while it is open. A closed case sets its pending tasks aside; an open one
 * brings set-aside tasks back and recomputes every open date. Done and cancelled tasks, and the
 * date a person chose when postponing, stay as they are.
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
  if (existing.length === 0) {
    if (!open) return { inserts: [], updates: [] };
    const inserts = protocol.tasks.flatMap((task) =>
      occurrencesOf(task).map((dueSickDay, occurrence) => ({
        code: task.code,
        occurrence,
        dueSickDay,
        dueDate: dueDateOf(task, dueSickDay, episodes, doneOnOf) ?? '',
        status: 'open' as const,
      })),
    );
    return { inserts, updates: [] };
  }
  const updates: TaskUpdate[] = [];
  for (const task of existing) {
    const definition = protocol.tasks.find((candidate) => candidate.code === task.code);
    if (definition === undefined) continue;
    if (!open) {
      if (isPending(task.status) && definition.setAsideOnClose) {
        updates.push({ id: task.id, dueDate: task.dueDate, status: 'set_aside' });
      }
      continue;
    }
    if (task.status !== 'open' && task.status !== 'set_aside') continue;
    const dueDate = dueDateOf(definition, task.dueSickDay, episodes, doneOnOf) ?? task.dueDate;
    if (dueDate !== task.dueDate || task.status !== 'open') {
      updates.push({ id: task.id, dueDate, status: 'open' });
    }
  }
  return { inserts: [], updates };
}

/** The pending tasks of a legal case that no longer exists as such (its episodes regrouped). */
export function setAsideOrphans(existing: readonly PlannedTask[]): TaskUpdate[] {
  return existing
    .filter((task) => isPending(task.status))
    .map((task) => ({ id: task.id, dueDate: task.dueDate, status: 'set_aside' as const }));
}
