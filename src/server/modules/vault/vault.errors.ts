import { AppError } from '../../platform/errors.js';

export const vaultErrors = {
  /** Nobody of the employer can work until a super user has signed the user agreement. */
  agreementRequired: () => new AppError('agreement_required', 403),
  agreementAlreadySigned: () => new AppError('agreement_already_signed', 409),
  /** Only a super user of the employer signs for it. */
  mayNotSign: () => new AppError('agreement_super_user_only', 403),
  /** The signed text is not the current version any more (it changed while the page was open). */
  agreementVersionOutdated: () => new AppError('agreement_version_outdated', 409),
  vaultAccessRequired: () => new AppError('vault_access_required', 403),
  /** Operator roles read the vault only while the employee has an open case. */
  noOpenCase: () => new AppError('vault_no_open_case', 403),
  adminRequired: () => new AppError('vault_admin_required', 403),
  lastAdmin: () => new AppError('vault_last_admin', 409),
  requestExists: () => new AppError('vault_request_exists', 409),
  alreadyHasAccess: () => new AppError('vault_already_has_access', 409),
  /** The stored value does not decrypt: tampered with, or copied from another row. */
  unreadable: () => new AppError('vault_unreadable', 500),
};
