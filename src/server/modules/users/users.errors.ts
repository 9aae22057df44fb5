import { AppError } from '../../platform/errors.js';

export const usersErrors = {
  /** An operator must first choose the employer to act for (header switch). */
  noActiveEmployer: () => new AppError('no_active_employer', 403),
};
