import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import {
  createEmployeesRepository,
  type Employee,
  type NewEmployee,
  type NewEmployment,
} from './employees.repository.js';

export type { Employee, NewEmployee, NewEmployment };

export function createEmployeesUseCases({ db }: { db: Db }) {
  const repository = createEmployeesRepository(db);
  return {
    addEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return repository.insertEmployeeWithEmployment(employerId, employee, employment);
    },
    countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      return repository.countEmployedByDepartment(employerId, date);
    },
  };
}

export type EmployeesUseCases = ReturnType<typeof createEmployeesUseCases>;
