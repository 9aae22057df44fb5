import { AppError } from '../../../platform/errors.js';

/** Refusals of the SIVI Verzuimmeldingen exchange (issue 13). */
export const siviErrors = {
  /** A Verzuimmeldingen holds at least one employee with a sickness report: none to send. */
  nothingToExport: () => new AppError('sivi_nothing_to_export', 422),
  /** The export holds the whole employer: a user with a limited dossier scope may not make it. */
  wholeEmployerOnly: () => new AppError('sivi_whole_employer_only', 403),
};
