import { queryOptions } from '@tanstack/react-query';
import type { EmployeeDossier } from '../../../contracts/employees.js';
import { api } from '../../lib/api.js';

export const employeeKeys = {
  all: ['employees'] as const,
  dossier: (employeeId: string) => ['employees', 'dossier', employeeId] as const,
};

export const employeeDossierQuery = (employeeId: string) =>
  queryOptions({
    queryKey: employeeKeys.dossier(employeeId),
    queryFn: ({ signal }) =>
      api.get<EmployeeDossier>(`/api/employees/${encodeURIComponent(employeeId)}`, signal),
  });

/** "Jan de Vries": the name as written in a sentence. */
export function displayName(employee: {
  firstName: string;
  namePrefix: string | null;
  lastName: string;
}): string {
  return [employee.firstName, employee.namePrefix, employee.lastName]
    .filter((part) => part !== null && part !== '')
    .join(' ');
}
