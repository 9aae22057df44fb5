import type { OrganisationStructure } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { organisationErrors } from './organisation.errors.js';
import { departmentsWithDescendants, isValidKvkNumber } from './organisation.models.js';
import { type AuthorizedEmployerId, inTenant } from '../../db/tenancy.js';
import {
  createDepartmentsRepository,
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
  const departmentsOf = <T>(
    employerId: AuthorizedEmployerId,
    work: (departments: ReturnType<typeof createDepartmentsRepository>) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createDepartmentsRepository(tx)));
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
        departmentsOf(employerId, (departments) => departments.listDepartments(employerId)),
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
    /** Every department of the employer, closed ones included. */
    listDepartments(employerId: AuthorizedEmployerId): Promise<Department[]> {
      return departmentsOf(employerId, (departments) => departments.listDepartments(employerId));
    },
    createDepartment(
      employerId: AuthorizedEmployerId,
      values: { name: string; parentId: string | null },
    ): Promise<Department> {
      return departmentsOf(employerId, (departments) =>
        departments.insertDepartment(employerId, values),
      );
    },
    /**
     * The given departments of the employer with all their sub-departments (a dossier scope's
     * departments as queries apply them). Ids of other employers are dropped.
     */
    async departmentsWithDescendants(
      employerId: AuthorizedEmployerId,
      departmentIds: readonly string[],
    ): Promise<string[]> {
      if (departmentIds.length === 0) return [];
      const all = await departmentsOf(employerId, (departments) =>
        departments.listDepartments(employerId),
      );
      return departmentsWithDescendants(all, departmentIds);
    },
  };
}

export type OrganisationUseCases = ReturnType<typeof createOrganisationUseCases>;
