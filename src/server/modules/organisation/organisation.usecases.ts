import { departmentsUseCases } from './organisation.departments.usecases.js';
import type { OrganisationDependencies } from './organisation.context.js';
import { employersUseCases } from './organisation.employers.usecases.js';
import type { Department, Employer } from './organisation.repository.js';

export type { Department, Employer };
export type {
  DepartmentActor,
  EmployerSettings,
  HeadcountPort,
  MemberDirectory,
  OrganisationActor,
  OrganisationDependencies,
} from './organisation.context.js';
import { organisationOffboardingUseCases } from './organisation.offboarding.usecases.js';

/**
 * The use cases of the organisation module: employers (employers.usecases) and their
 * departments (departments.usecases). Each opens one transaction and writes its audit entry in it.
 */
export function createOrganisationUseCases(dependencies: OrganisationDependencies) {
  return {
    ...employersUseCases(dependencies),
    ...departmentsUseCases(dependencies),
    ...organisationOffboardingUseCases(),
  };
}

export type OrganisationUseCases = ReturnType<typeof createOrganisationUseCases>;
