import { AppError, errors } from '../../platform/errors.js';

/** The refusals of task actions; the codes are catalogue keys (`errors.<code>`, field errors). */
export const tasksErrors = {
  /** Done, postponed or cancelled only while the task is still to be done. */
  notOpen: () => new AppError('task_not_open', 409),
  /** The protocol says this task keeps its legal date (e.g. the 42nd-week report). */
  notPostponable: () => new AppError('task_not_postponable', 409),
  doneInFuture: () => errors.invalidField('doneOn', 'task_done_in_future'),
  postponeNotLater: () => errors.invalidField('dueDate', 'task_postpone_not_later'),
};
