import { AppError, errors, type FieldError } from '../../platform/errors.js';

const fieldError = errors.invalidField;

export const employeesErrors = {
  /** Not a real `YYYY-MM-DD` date. */
  invalidDate: (path: string) => fieldError(path, 'invalid_format'),
  /** Contract hours outside 0–80 or with more than two decimals (employment_versions check). */
  contractHoursTooSmall: () => fieldError('contractHoursPerWeek', 'too_small'),
  contractHoursTooBig: () => fieldError('contractHoursPerWeek', 'too_big'),
  contractHoursInvalid: () => fieldError('contractHoursPerWeek', 'invalid_format'),
  invalidDepartment: () => fieldError('departmentId', 'invalid_value'),
  invalidEmploymentType: () => fieldError('employmentType', 'invalid_value'),
  /** A change must take effect on a day of the employment (start … end). */
  changeOutsideEmployment: () => fieldError('validFrom', 'employment_change_outside_employment'),
  /** A version already starts that day: correct it in place instead of changing. */
  versionExistsOnDate: () => fieldError('validFrom', 'employment_version_exists'),
  /** Several fields refused at once, each with its own message. */
  fields: (fields: FieldError[]) => errors.validation(fields),
  /** The employer's HR system owns this data (koppeling): change it there. */
  managedByHrSystem: () => new AppError('managed_by_hr_system', 409),
  /** Contact details were entered but the vault module that keeps them is not there. */
  vaultUnavailable: () => new AppError('vault_unavailable', 409),
  /** Reported out of service as deceased: no new employment (correct the report if it was wrong). */
  deceased: () => new AppError('employee_deceased', 409),
  /** The user is not a user of this employer. */
  managerNotAUser: () => fieldError('userId', 'manager_not_a_user'),
  /** The dossier carries "lopende rechtszaak": offboarding waits until the tag is removed. */
  legalProceedings: () => new AppError('dossier_legal_proceedings', 409),
};
