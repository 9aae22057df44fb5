import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  createOrganisationRepository,
  type Department,
  type Employer,
} from './organisation.repository.js';

export type { Department, Employer };

export function createOrganisationUseCases({ db }: { db: Db }) {
  const repository = createOrganisationRepository(db);
  return {
    createEmployer(values: { name: string; kvkNumber?: string | null }): Promise<Employer> {
      return repository.insertEmployer({ name: values.name, kvkNumber: values.kvkNumber ?? null });
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
