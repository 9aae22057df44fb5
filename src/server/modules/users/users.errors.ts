import { AppError, errors } from '../../platform/errors.js';

export const usersErrors = {
  /** Account linking names an existing login. */
  unknownLoginName: () => errors.invalidField('loginName', 'unknown_login_name'),
  /** Operator accounts serve every employer already; they have no memberships. */
  operatorNotLinkable: () => errors.invalidField('loginName', 'operator_account_not_linkable'),
  alreadyLinked: () => new AppError('account_already_linked', 409),
  /** Only an active casemanager or bedrijfsarts account is assigned to employers. */
  notACareAccount: () => errors.invalidField('userId', 'not_a_care_account'),
  unknownAssignmentDepartment: () => errors.invalidField('departmentId', 'unknown_department'),
  alreadyAssigned: () => new AppError('care_already_assigned', 409),
  lastEmployerLink: () => new AppError('last_employer_link', 409),
  managesDepartments: () => new AppError('account_manages_departments', 409),
  /** A user manager cannot lock themselves out ("meteen deactiveren" of the own account). */
  cannotDeactivateSelf: () => new AppError('cannot_deactivate_self', 409),
  /** The change would leave the employer without a usable account that manages users. */
  lastUserManager: () => new AppError('last_user_manager', 409),
  /** A deactivated account gets no reset link; reactivate it first. */
  accountDeactivated: () => new AppError('account_deactivated', 409),
  loginNameTaken: (path = 'loginName') => errors.invalidField(path, 'login_name_taken'),
  validUntilBeforeValidFrom: () =>
    errors.invalidField('validUntil', 'valid_until_before_valid_from'),
  unknownDepartment: () => errors.invalidField('departmentIds', 'unknown_department'),
  unknownEmployee: () => errors.invalidField('employeeIds', 'unknown_employee'),
};
