import { AppError, errors } from '../../platform/errors.js';

/** The refusals of task actions; the codes are catalogue keys (`errors.<code>`, field errors). */
export const tasksErrors = {
  /** Done, postponed or cancelled only while the task is still to be done. */
  notOpen: () => new AppError('task_not_open', 409),
  /** The protocol says this task keeps its legal date (e.g. the 42nd-week report). */
  notPostponable: () => new AppError('task_not_postponable', 409),
  /** The protocol version edited is no longer the last (someone changed it meanwhile). */
  protocolChanged: () => new AppError('protocol_changed', 409),
  /** Another task's due date depends on this one being done. */
  protocolTaskInUse: () => new AppError('protocol_task_in_use', 409),
  protocolIsVariant: () => new AppError('protocol_is_variant', 409),
  protocolVariantExists: () => new AppError('protocol_variant_exists', 409),
  doneInFuture: () => errors.invalidField('doneOn', 'task_done_in_future'),
  postponeNotLater: () => errors.invalidField('dueDate', 'task_postpone_not_later'),
  /** Not a user of the employer who works on tasks and may see this employee's dossier. */
  assigneeNotAllowed: () => errors.invalidField('userId', 'task_assignee_not_allowed'),
};
