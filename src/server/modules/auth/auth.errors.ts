import { AppError } from '../../platform/errors.js';

/** Deliberately vague: the answer never tells whether the login name exists. */
export const authErrors = {
  invalidCredentials: () => new AppError('invalid_credentials', 401),
  invalidCode: () => new AppError('invalid_code', 401),
  stepUpRequired: () => new AppError('step_up_required', 403),
  csrfHeaderMissing: () =>
    new AppError('forbidden', 403, { detail: 'missing X-Requested-With header' }),
};
