/**
 * Protocols as data (SPEC.md §2.7, DOMAIN.md §2): each task of a protocol with a stable code,
 * its names, when it is due, who does it, whether it may be postponed and whether it is set aside
 * when the case closes. The protocols live in the database (migration 0013 seeds WVP and WAZO);
 * a version never changes, and the tasks of a case name the version they were made from, so a
 * later change of a protocol never silently moves the tasks of an open case.
 */
import {
  isSickDayTrigger,
  type ProtocolTaskView,
  type Responsible,
  type TaskTrigger,
} from '../../../contracts/protocols.js';
import type { FieldError } from '../../platform/errors.js';

export type { Responsible, TaskTrigger };

export type ProtocolTask = ProtocolTaskView;

export type Protocol = {
  id: string;
  code: string;
  name: { nl: string; en: string };
  /** Null for the arbodienst's default; else the employer whose variant this is. */
  employerId: string | null;
  version: number;
  tasks: ProtocolTask[];
};

/** The protocol a new sickness case gets (the employer's variant of it when there is one). */
export const defaultProtocolCode = 'WVP';
/** The protocol a new pregnancy case gets (DOMAIN.md §3). */
export const pregnancyProtocolCode = 'WAZO';

/** A protocol task's occurrences as offsets: one, or one per repetition. */
export function occurrencesOf(task: ProtocolTask): number[] {
  if (task.repetition === null) return [task.offset];
  const offsets: number[] = [];
  for (let offset = task.offset; offset <= task.repetition.until; offset += task.repetition.every) {
    offsets.push(offset);
  }
  return offsets;
}

/**
 * What is wrong with a protocol's tasks as a whole, as field errors of the task at `path`: rules
 * one task's schema cannot see (a sick-day is 1 or more, a repetition ends after it starts, the
 * task a due date depends on exists, codes are unique).
 */
export function protocolTaskProblems(
  tasks: readonly ProtocolTask[],
  task: ProtocolTask,
  path = '',
): FieldError[] {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  const problems: FieldError[] = [];
  if (isSickDayTrigger(task.trigger) && task.offset < 1) {
    problems.push({ path: at('offset'), code: 'protocol_sick_day_offset' });
  }
  if (task.repetition !== null && task.repetition.until < task.offset) {
    problems.push({ path: at('repetition.until'), code: 'protocol_repetition_ends_before' });
  }
  if (new Set(task.responsible).size !== task.responsible.length) {
    problems.push({ path: at('responsible'), code: 'protocol_responsible_twice' });
  }
  const earlier = task.earlierAfterDone;
  if (
    earlier !== null &&
    (earlier.task === task.code || !tasks.some((other) => other.code === earlier.task))
  ) {
    problems.push({ path: at('earlierAfterDone.task'), code: 'protocol_unknown_task' });
  }
  if (tasks.filter((other) => other.code === task.code).length > 1) {
    problems.push({ path: at('code'), code: 'protocol_task_code_taken' });
  }
  return problems;
}
