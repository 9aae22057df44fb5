import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CurrentUser,
  LoginRequest,
  loginResponseSchema,
  meResponseSchema,
  secondFactorRequestSchema,
} from '../../../contracts/auth.js';
import { ApiError, api } from '../../lib/api.js';
import { applyLocale } from '../../i18n/i18n.js';

type LoginResponse = z.infer<typeof loginResponseSchema>;
type MeResponse = z.infer<typeof meResponseSchema>;
type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;

export const meQueryKey = ['auth', 'me'] as const;

/** The logged-in user, or `null` when there is no session (401). */
export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<CurrentUser | null> => {
    try {
      const { user } = await api.get<MeResponse>('/api/auth/me', signal);
      return user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 5 * 60 * 1000,
  retry: false,
});

/** After login the account's own language wins over the one picked on the login page. */
export function applyUserLocale(user: CurrentUser): void {
  applyLocale(user.locale);
}

export function useLoginMutation() {
  return useMutation({
    mutationFn: (request: LoginRequest) => api.post<LoginResponse>('/api/auth/login', request),
  });
}

export function useSecondFactorMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SecondFactorRequest) =>
      api.post<MeResponse>('/api/auth/second-factor', request),
    onSuccess: ({ user }) => {
      applyUserLocale(user);
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useLogoutMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
