import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import type {
  EmployerMember,
  LinkAccountRequest,
  MyEmployers,
} from '../../../contracts/linked-accounts.js';
import type { AssignCareRequest, CareAssignments } from '../../../contracts/care-assignments.js';
import { api } from '../../lib/api.js';

export const myEmployersQuery = (search: string) =>
  queryOptions({
    queryKey: ['me', 'employers', search],
    queryFn: ({ signal }) =>
      api.get<MyEmployers>(
        `/api/me/employers${search === '' ? '' : `?search=${encodeURIComponent(search)}`}`,
        signal,
      ),
  });

/**
 * Switches the session to another employer, then forgets every cached answer (they belong to the
 * previous employer) and reloads the route's data for the new one.
 */
export function useSwitchEmployerMutation() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation({
    mutationFn: (employerId: string) => api.put<void>('/api/me/active-employer', { employerId }),
    onSuccess: async () => {
      await queryClient.resetQueries();
      await router.invalidate();
    },
  });
}

const membersUrl = (employerId: string) =>
  `/api/employers/${encodeURIComponent(employerId)}/members`;

export const employerMembersQuery = (employerId: string) =>
  queryOptions({
    queryKey: ['employers', employerId, 'members'],
    queryFn: ({ signal }) => api.get<{ members: EmployerMember[] }>(membersUrl(employerId), signal),
  });

export function useLinkedAccountMutations(employerId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: ['employers', employerId, 'members'] });
  return {
    link: useMutation({
      mutationFn: (values: LinkAccountRequest) => api.post<void>(membersUrl(employerId), values),
      onSuccess,
    }),
    unlink: useMutation({
      mutationFn: (userId: string) =>
        api.delete<void>(`${membersUrl(employerId)}/${encodeURIComponent(userId)}`),
      onSuccess,
    }),
  };
}

const careUrl = (employerId: string) =>
  `/api/employers/${encodeURIComponent(employerId)}/care-assignments`;

export const careAssignmentsQuery = (employerId: string) =>
  queryOptions({
    queryKey: ['employers', employerId, 'care-assignments'],
    queryFn: ({ signal }) => api.get<CareAssignments>(careUrl(employerId), signal),
  });

export function useCareAssignmentMutations(employerId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    queryClient.invalidateQueries({ queryKey: ['employers', employerId, 'care-assignments'] });
  return {
    assign: useMutation({
      mutationFn: (values: AssignCareRequest) => api.post<void>(careUrl(employerId), values),
      onSuccess,
    }),
    unassign: useMutation({
      mutationFn: (assignmentId: string) =>
        api.delete<void>(`${careUrl(employerId)}/${encodeURIComponent(assignmentId)}`),
      onSuccess,
    }),
  };
}
