import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AddEmployeeRequest,
  ChangeEmploymentRequest,
  CorrectEmploymentRequest,
  DepartmentCountsResponse,
  EmployeeDossier,
  EmployeeSearchQuery,
  EmployeeSearchResponse,
  NewEmploymentInput,
  PersonalDetails,
  RecentDossiers,
} from '../../../contracts/employees.js';
import { api } from '../../lib/api.js';

export const employeeKeys = {
  all: ['employees'] as const,
  dossier: (employeeId: string) => ['employees', 'dossier', employeeId] as const,
  search: (query: EmployeeSearchQuery) => ['employees', 'search', query] as const,
  counts: ['employees', 'department-counts'] as const,
  recent: ['employees', 'recent'] as const,
};

const path = (employeeId: string) => `/api/employees/${encodeURIComponent(employeeId)}`;

export const employeeDossierQuery = (employeeId: string) =>
  queryOptions({
    queryKey: employeeKeys.dossier(employeeId),
    queryFn: ({ signal }) => api.get<EmployeeDossier>(path(employeeId), signal),
  });

export const employeeSearchQuery = (query: EmployeeSearchQuery) =>
  queryOptions({
    queryKey: employeeKeys.search(query),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '' && value !== false) params.set(key, String(value));
      }
      return api.get<EmployeeSearchResponse>(`/api/employees?${params.toString()}`, signal);
    },
    placeholderData: keepPreviousData,
  });

export const departmentCountsQuery = queryOptions({
  queryKey: employeeKeys.counts,
  queryFn: ({ signal }) =>
    api.get<DepartmentCountsResponse>('/api/employees/department-counts', signal),
});

export const recentDossiersQuery = queryOptions({
  queryKey: employeeKeys.recent,
  queryFn: ({ signal }) => api.get<RecentDossiers>('/api/employees/recent', signal),
});

/** A change of employee data; afterwards every employee query is fetched again. */
function useEmployeeMutation<Input, Output = void>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employeeKeys.all }),
  });
}

export const useAddEmployee = () =>
  useEmployeeMutation((request: AddEmployeeRequest) =>
    api.post<{ id: string }>('/api/employees', request),
  );

/** The employee's own leidinggevende; replaced, never removed. */
export const useSetManager = (employeeId: string) =>
  useEmployeeMutation((userId: string) => api.put<void>(`${path(employeeId)}/manager`, { userId }));

export const useUpdateDetails = (employeeId: string) =>
  useEmployeeMutation((details: PersonalDetails) =>
    api.put(`${path(employeeId)}/details`, details),
  );

export const useAddEmployment = (employeeId: string) =>
  useEmployeeMutation((employment: NewEmploymentInput) =>
    api.post<{ id: string }>(`${path(employeeId)}/employments`, employment),
  );

export const useCorrectEmployment = (employeeId: string, employmentId: string) =>
  useEmployeeMutation((correction: CorrectEmploymentRequest) =>
    api.post(`${path(employeeId)}/employments/${employmentId}/correction`, correction),
  );

export const useChangeEmployment = (employeeId: string, employmentId: string) =>
  useEmployeeMutation((change: ChangeEmploymentRequest) =>
    api.post(`${path(employeeId)}/employments/${employmentId}/changes`, change),
  );

export const useEndEmployment = (employeeId: string, employmentId: string) =>
  useEmployeeMutation((endDate: string | null) =>
    api.put(`${path(employeeId)}/employments/${employmentId}/end`, { endDate }),
  );

export const useReportOutOfService = (employeeId: string) =>
  useEmployeeMutation((report: { date: string; reason: 'none' | 'deceased' }) =>
    api.post(`${path(employeeId)}/out-of-service`, report),
  );

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

/** "Vries, Sanne de": the name as lists sort it. */
export function listName(employee: {
  firstName: string;
  namePrefix: string | null;
  lastName: string;
}): string {
  return `${employee.lastName}, ${employee.firstName}${employee.namePrefix ? ` ${employee.namePrefix}` : ''}`;
}
