import { AppError } from '../../platform/errors.js';

/** Coded errors of the second-factor module; the web shows `errors.<code>` from the catalogue. */
export const factorsErrors = {
  /** Removing this factor would leave the account without a second factor. */
  lastFactor: () => new AppError('factor_last_one', 409),
  notFound: () => new AppError('factor_not_found', 404),
  /**
   * More than 3 SMS codes in 15 minutes for this account: refused without sending. The message
   * says in how many minutes a new code can be sent; a code sent before still works.
   */
  smsSendLimit: (minutes: number) => new AppError('sms_send_limit', 429, { params: { minutes } }),
  /** SMS asked for, but the account has no verified mobile number. */
  smsUnavailable: () => new AppError('sms_unavailable', 400),
  webauthnUnavailable: () => new AppError('webauthn_unavailable', 400),
  invalidPhone: () => new AppError('phone_invalid', 400),
  /** The code or key response did not prove the new factor; nothing was enrolled. */
  enrolmentFailed: () => new AppError('enrolment_failed', 400),
  keyAlreadyRegistered: () => new AppError('key_already_registered', 409),
  /** Enrolment needs a fresh step-up, or the first-login stage. */
  enrolmentNotAllowed: () => new AppError('step_up_required', 403),
};
