import { errors } from '../../platform/errors.js';

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
};
