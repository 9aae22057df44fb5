import type { OrganisationStructure } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { organisationErrors } from './organisation.errors.js';
import { isValidKvkNumber } from './organisation.models.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  createOrganisationRepository,
  type Department,
  type Employer,
} from './organisation.repository.js';

export type { Department, Employer };

export function createOrganisationUseCases({
  db,
  clock,
  employees,
}: {
  db: Db;
  clock: Clock;
  employees: EmployeesUseCases;
}) {
  const repository = createOrganisationRepository(db);
  return {
    async createEmployer(values: { name: string; kvkNumber?: string | null }): Promise<Employer> {
      if (values.kvkNumber && !isValidKvkNumber(values.kvkNumber)) {
        throw organisationErrors.invalidKvkNumber();
      }
      return repository.insertEmployer({ name: values.name, kvkNumber: values.kvkNumber ?? null });
    },
    /** The employer's departments with today's headcount of each (organisation-structure widget). */
    async describeStructure(employerId: AuthorizedEmployerId): Promise<OrganisationStructure> {
      const employer = await repository.findEmployer(employerId);
      if (!employer) throw errors.notFound();
      const [departments, headcounts] = await Promise.all([
        repository.listDepartments(employerId),
        employees.countEmployedByDepartment(employerId, amsterdamDateOf(clock.now())),
      ]);
      return {
        employer: { id: employer.id, name: employer.name },
        departments: departments.map((department) => ({
          id: department.id,
          parentId: department.parentId,
          name: department.name,
          closedOn: department.closedOn,
          employeeCount: headcounts.get(department.id) ?? 0,
        })),
      };
    },
    hasAnyEmployer(): Promise<boolean> {
      return repository.hasAnyEmployer();
    },
    getEmployer(employerId: string): Promise<Employer | undefined> {
      return repository.findEmployer(employerId);
    },
    createDepartment(
      employerId: AuthorizedEmployerId,
      values: { name: string; parentId: string | null },
    ): Promise<Department> {
      return repository.insertDepartment(employerId, values);
    },
  };
}

export type OrganisationUseCases = ReturnType<typeof createOrganisationUseCases>;
