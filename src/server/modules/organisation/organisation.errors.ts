import { AppError, errors } from '../../platform/errors.js';

export const organisationErrors = {
  invalidKvkNumber: () => errors.invalidField('kvkNumber', 'invalid_kvk_number'),
  /** Onboarding: the arbodienst has an employer of this name already. */
  employerNameTaken: () => errors.invalidField('employer.name', 'employer_name_taken'),
  /** A move that would put a department below itself or one of its sub-departments. */
  moveCreatesCycle: () => errors.invalidField('parentId', 'department_move_cycle'),
  /** A move to where the department already is, and no new name: nothing to store. */
  alreadyThere: () => errors.invalidField('parentId', 'department_already_there'),
  /** A new or moved department cannot go below a closed one. */
  parentClosed: () => errors.invalidField('parentId', 'department_parent_closed'),
  departmentClosed: () => new AppError('department_closed', 409),
  hasOpenSubDepartments: () => new AppError('department_has_open_sub_departments', 409),
  hasEmployees: () => new AppError('department_has_employees', 409),
  /** Only a user of this employer with a manager or super-user role. */
  managerNotEligible: () => errors.invalidField('managerUserId', 'manager_not_eligible'),
};
