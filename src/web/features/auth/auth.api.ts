import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CurrentUser,
  LoginRequest,
  linkCheckResponseSchema,
  loginResponseSchema,
  meResponseSchema,
  secondFactorRequestSchema,
  setPasswordWithLinkResponseSchema,
} from '../../../contracts/auth.js';
import { ApiError, api } from '../../lib/api.js';
import { applyLocale } from '../../i18n/i18n.js';

type LoginResponse = z.infer<typeof loginResponseSchema>;
type MeResponse = z.infer<typeof meResponseSchema>;
type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;

export const meQueryKey = ['auth', 'me'] as const;

/** Why the login page is shown again: the session expired, the user logged out, or sat idle. */
export const loginReasons = ['expired', 'logged_out', 'idle'] as const;
export type LoginReason = (typeof loginReasons)[number];

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

type SetPasswordResponse = z.infer<typeof setPasswordWithLinkResponseSchema>;
type LinkCheckResponse = z.infer<typeof linkCheckResponseSchema>;

/** "Loginnaam opvragen" and "Wachtwoord aanvragen": the answer is the same for any input. */
export function useForgotLoginNameMutation() {
  return useMutation({
    mutationFn: (email: string) => api.post<unknown>('/api/auth/forgot-login-name', { email }),
  });
}

export function useForgotPasswordMutation() {
  return useMutation({
    mutationFn: (loginName: string) =>
      api.post<unknown>('/api/auth/password-reset/request', { loginName }),
  });
}

/** The token of an e-mailed link: it travels in the URL fragment, never to a server log. */
export function linkTokenFromLocation(): string | undefined {
  const match = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  return match?.[1];
}

/** Whether the link can still be used (it is not used up by asking). */
export function useLinkCheck(token: string | undefined) {
  return useQuery({
    queryKey: ['auth', 'link', token],
    queryFn: () => api.post<LinkCheckResponse>('/api/auth/link/check', { token }),
    enabled: token !== undefined,
    retry: false,
    staleTime: Infinity,
  });
}

export function useSetPasswordWithLinkMutation(purpose: 'reset_password' | 'set_password') {
  return useMutation({
    mutationFn: (request: { token: string; password: string }) =>
      api.post<SetPasswordResponse>(
        purpose === 'reset_password'
          ? '/api/auth/password-reset/complete'
          : '/api/auth/setup/password',
        request,
      ),
  });
}

export function useCompleteSetupMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MeResponse>('/api/auth/setup/complete'),
    onSuccess: ({ user }) => {
      applyUserLocale(user);
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useConfirmEmailMutation() {
  return useMutation({
    mutationFn: (token: string) => api.post<void>('/api/auth/email/confirm', { token }),
  });
}
