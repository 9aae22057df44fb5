import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  meResponseSchema,
  preferencesRequestSchema,
  secondFactorChallengeResponseSchema,
  secondFactorRequestSchema,
  sessionListResponseSchema,
  stepUpPasswordResponseSchema,
  stepUpStatusResponseSchema,
} from '../../../contracts/auth.js';
import { api } from '../../lib/api.js';
import { meQueryKey } from '../auth/auth.api.js';

type PreferencesRequest = z.infer<typeof preferencesRequestSchema>;
type MeResponse = z.infer<typeof meResponseSchema>;

/** Saves the user's preferences (language) and refreshes the cached current user. */
export function usePreferencesMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PreferencesRequest) =>
      api.patch<MeResponse>('/api/me/preferences', request),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

type StepUpStatus = z.infer<typeof stepUpStatusResponseSchema>;
type StepUpPasswordResponse = z.infer<typeof stepUpPasswordResponseSchema>;
type SessionList = z.infer<typeof sessionListResponseSchema>;
type SecondFactorRequest = z.infer<typeof secondFactorRequestSchema>;

export const stepUpQueryKey = ['auth', 'step-up'] as const;

/** Whether password and second factor were proven in the last 5 minutes (and until when). */
export const stepUpQueryOptions = queryOptions({
  queryKey: stepUpQueryKey,
  queryFn: ({ signal }) => api.get<StepUpStatus>('/api/auth/step-up', signal),
  staleTime: 0,
});

export function useStepUpPasswordMutation() {
  return useMutation({
    mutationFn: (password: string) =>
      api.post<StepUpPasswordResponse>('/api/auth/step-up', { password }),
  });
}

export function useStepUpCodeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (proof: SecondFactorRequest) =>
      api.post<StepUpStatus>('/api/auth/step-up/second-factor', proof),
    onSuccess: (status) => {
      queryClient.setQueryData(stepUpQueryKey, status);
      void queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
  });
}

type ChallengeResponse = z.infer<typeof secondFactorChallengeResponseSchema>;

/** Sends an SMS code, or gets WebAuthn options, for the step-up of this session. */
export function useStepUpChallengeMutation() {
  return useMutation({
    mutationFn: (kind: 'sms' | 'webauthn') =>
      api.post<ChallengeResponse>('/api/auth/step-up/challenge', { kind }),
  });
}

export function useChangePasswordMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/api/me/password', request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useChangeEmailMutation() {
  return useMutation({
    mutationFn: (email: string) => api.post<void>('/api/me/email', { email }),
  });
}

export const sessionsQueryKey = ['me', 'sessions'] as const;

export const sessionsQueryOptions = queryOptions({
  queryKey: sessionsQueryKey,
  queryFn: ({ signal }) => api.get<SessionList>('/api/me/sessions', signal),
});

export function useEndSessionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/me/sessions/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}

export function useEndOtherSessionsMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ended: number }>('/api/me/sessions/end-others'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
