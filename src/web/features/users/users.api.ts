import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserListResponse } from '../../../contracts/users.js';
import { api } from '../../lib/api.js';

export const usersQueryKey = ['users'] as const;

/** The accounts of the user's active employer (Gebruikersbeheer). */
export const usersQueryOptions = queryOptions({
  queryKey: usersQueryKey,
  queryFn: ({ signal }) => api.get<UserListResponse>('/api/users', signal),
});

/** Lifts the block of an account; the list is fetched again afterwards. */
export function useUnblockUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.post<void>(`/api/users/${encodeURIComponent(userId)}/unblock`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
