import { AppError, errors } from '../../platform/errors.js';

export const usersErrors = {
  /** An operator must first choose the employer to act for (header switch). */
  noActiveEmployer: () => new AppError('no_active_employer', 403),
  /** Account linking names an existing login. */
  unknownLoginName: () => errors.invalidField('loginName', 'unknown_login_name'),
  /** Operator accounts serve every employer already; they have no memberships. */
  operatorNotLinkable: () => errors.invalidField('loginName', 'operator_account_not_linkable'),
  alreadyLinked: () => new AppError('account_already_linked', 409),
  lastEmployerLink: () => new AppError('last_employer_link', 409),
  managesDepartments: () => new AppError('account_manages_departments', 409),
};
