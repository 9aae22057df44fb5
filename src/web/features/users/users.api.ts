import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateUserRequest,
  ScopeEmployeesResponse,
  UpdateUserRequest,
  UserDetailResponse,
  UserListResponse,
  UserScopeRequest,
  UserScopeResponse,
} from '../../../contracts/users.js';
import { api } from '../../lib/api.js';

export const usersQueryKey = ['users'] as const;
const path = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

/** The accounts of the user's active employer (Gebruikersbeheer). */
export const usersQueryOptions = queryOptions({
  queryKey: usersQueryKey,
  queryFn: ({ signal }) => api.get<UserListResponse>('/api/users', signal),
});

/** One account of the employer (its detail page). */
export const userQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: [...usersQueryKey, userId],
    queryFn: ({ signal }) => api.get<UserDetailResponse>(path(userId), signal),
  });

/** "Dossiertoegang beheren": the user's stored scope. */
export const userScopeQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: [...usersQueryKey, userId, 'scope'],
    queryFn: ({ signal }) => api.get<UserScopeResponse>(`${path(userId)}/scope`, signal),
  });

/** The employee level of the scope tree, loaded when a department is opened. */
export const departmentEmployeesQueryOptions = (departmentId: string) =>
  queryOptions({
    queryKey: ['users', 'scope-tree', departmentId],
    queryFn: ({ signal }) =>
      api.get<ScopeEmployeesResponse>(
        `/api/users/scope-tree/departments/${encodeURIComponent(departmentId)}/employees`,
        signal,
      ),
  });

/** Every change to an account: the list and the account's own queries are fetched again. */
function useUserChange<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

/** Lifts the block of an account. */
export const useUnblockUserMutation = () =>
  useUserChange((userId: string) => api.post<void>(`${path(userId)}/unblock`));

export const useCreateUserMutation = () =>
  useUserChange((values: CreateUserRequest) => api.post<UserDetailResponse>('/api/users', values));

export const useUpdateUserMutation = (userId: string) =>
  useUserChange((values: UpdateUserRequest) => api.patch<UserDetailResponse>(path(userId), values));

export const useDeactivateUserMutation = (userId: string) =>
  useUserChange(() => api.post<void>(`${path(userId)}/deactivate`));

export const useReactivateUserMutation = (userId: string) =>
  useUserChange(() => api.post<void>(`${path(userId)}/reactivate`));

export const useSendPasswordResetMutation = (userId: string) =>
  useUserChange(() => api.post<void>(`${path(userId)}/password-reset`));

export const useReplaceScopeMutation = (userId: string) =>
  useUserChange((scope: UserScopeRequest) =>
    api.put<UserScopeResponse>(`${path(userId)}/scope`, scope),
  );
