import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  DepartmentSummary,
  EmployerDetails,
  EmployerRequest,
  ManagerCandidates,
  OrganisationStructure,
} from '../../../contracts/organisation.js';
import type {
  OnboardEmployerRequest,
  OnboardEmployerResponse,
} from '../../../contracts/onboarding.js';
import { api } from '../../lib/api.js';

export const organisationStructureQuery = queryOptions({
  queryKey: ['organisation', 'departments'],
  queryFn: ({ signal }) => api.get<OrganisationStructure>('/api/organisation/departments', signal),
});

export const managerCandidatesQuery = queryOptions({
  queryKey: ['organisation', 'managers'],
  queryFn: ({ signal }) => api.get<ManagerCandidates>('/api/organisation/managers', signal),
});

type DepartmentResponse = { department: DepartmentSummary };

const departmentUrl = (id: string) => `/api/organisation/departments/${encodeURIComponent(id)}`;

/** One mutation per department action; each refreshes the tree (and the dashboard widget). */
export function useDepartmentMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['organisation'] });
  return {
    create: useMutation({
      mutationFn: (values: { name: string; parentId: string | null }) =>
        api.post<DepartmentResponse>('/api/organisation/departments', values),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...values }: { id: string; name?: string; parentId?: string | null }) =>
        api.patch<DepartmentResponse>(departmentUrl(id), values),
      onSuccess,
    }),
    close: useMutation({
      mutationFn: (id: string) => api.post<DepartmentResponse>(`${departmentUrl(id)}/close`, {}),
      onSuccess,
    }),
    setManager: useMutation({
      mutationFn: ({ id, managerUserId }: { id: string; managerUserId: string }) =>
        api.put<DepartmentResponse>(`${departmentUrl(id)}/manager`, { managerUserId }),
      onSuccess,
    }),
  };
}

export const employersQueryKey = ['employers'] as const;

export const employersQuery = queryOptions({
  queryKey: employersQueryKey,
  queryFn: ({ signal }) => api.get<{ employers: EmployerDetails[] }>('/api/employers', signal),
});

export function useSaveEmployerMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, values }: { id: string | null; values: EmployerRequest }) =>
      id === null
        ? api.post<{ employer: EmployerDetails }>('/api/employers', values)
        : api.put<{ employer: EmployerDetails }>(
            `/api/employers/${encodeURIComponent(id)}`,
            values,
          ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employersQueryKey }),
  });
}

/** Werkgever aansluiten: one request; the new employer then shows in Werkgevers. */
export function useOnboardEmployerMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: OnboardEmployerRequest) =>
      api.post<OnboardEmployerResponse>('/api/employers/onboarding', values),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: employersQueryKey }),
  });
}
