import { AppError } from '../../platform/errors.js';

/** Deliberately vague: the answer never tells whether the login name exists. */
export const authErrors = {
  invalidCredentials: () => new AppError('invalid_credentials', 401),
  invalidCode: () => new AppError('invalid_code', 401),
  /**
   * Only at the second factor, after the right password: the password step answers a blocked
   * account like any wrong password, so a password cannot be guessed against a blocked account.
   */
  accountBlocked: () => new AppError('account_blocked', 403),
  /** Re-entering the password of the logged-in user (step-up): the login name is not in doubt. */
  passwordIncorrect: () => new AppError('password_incorrect', 401),
  invalidLink: () => new AppError('invalid_link', 400),
  setupIncomplete: () => new AppError('setup_incomplete', 409),
};
