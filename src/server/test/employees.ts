import type { AuthorizedEmployerId } from '../db/tenancy.js';
import type {
  EmployeesUseCases,
  NewEmployee,
  NewEmployment,
} from '../modules/employees/employees.usecases.js';

/**
 * Hires an employee for a test, without an actor or audit entry: Sam Jansen, born 1 May 1990, in
 * service since 1 January 2020 for 32 hours a week on a permanent contract, in `departmentId`.
 * `employment` and `person` override any of it. Returns the employee's id.
 */
export async function hireEmployee(
  employees: Pick<EmployeesUseCases, 'addEmployee'>,
  employerId: AuthorizedEmployerId,
  employment: Partial<NewEmployment> & { departmentId: string },
  person: Partial<NewEmployee> = {},
): Promise<string> {
  const employee = await employees.addEmployee(
    employerId,
    { firstName: 'Sam', lastName: 'Jansen', gender: 'x', dateOfBirth: '1990-05-01', ...person },
    {
      startDate: '2020-01-01',
      contractHoursPerWeek: '32',
      employmentType: 'permanent',
      ...employment,
    },
  );
  return employee.id;
}
