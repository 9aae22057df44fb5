import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { secondFactorChallengeResponseSchema } from '../../../contracts/auth.js';
import type {
  EnrolmentResult,
  FactorsResponse,
  loginFactorOptionsResponseSchema,
  totpEnrolmentResponseSchema,
} from '../../../contracts/factors.js';
import { api } from '../../lib/api.js';

type LoginFactorOptions = z.infer<typeof loginFactorOptionsResponseSchema>;
type ChallengeResponse = z.infer<typeof secondFactorChallengeResponseSchema>;
type TotpEnrolment = z.infer<typeof totpEnrolmentResponseSchema>;

export const factorsQueryKey = ['factors'] as const;

/** The user's factors, verified number and backup codes left (security settings). */
export const factorsQueryOptions = queryOptions({
  queryKey: factorsQueryKey,
  queryFn: ({ signal }) => api.get<FactorsResponse>('/api/factors', signal),
});

/** What the pending login may use; never cached, since it belongs to this one login. */
export const loginFactorOptionsQueryOptions = queryOptions({
  queryKey: ['auth', 'second-factor', 'options'] as const,
  queryFn: ({ signal }) => api.get<LoginFactorOptions>('/api/auth/second-factor/options', signal),
  staleTime: 0,
  gcTime: 0,
  retry: false,
});

export function useLoginChallengeMutation() {
  return useMutation({
    mutationFn: (kind: 'sms' | 'webauthn') =>
      api.post<ChallengeResponse>('/api/auth/second-factor/challenge', { kind }),
  });
}

function useInvalidateFactors() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: factorsQueryKey });
}

export function useStartTotpMutation() {
  return useMutation({ mutationFn: () => api.post<TotpEnrolment>('/api/factors/totp') });
}

export function useConfirmTotpMutation() {
  const invalidate = useInvalidateFactors();
  return useMutation({
    mutationFn: (code: string) => api.post<EnrolmentResult>('/api/factors/totp/confirm', { code }),
    onSuccess: invalidate,
  });
}

export function useStartSmsMutation() {
  return useMutation({
    mutationFn: (phone: string) => api.post<{ maskedPhone: string }>('/api/factors/sms', { phone }),
  });
}

export function useConfirmSmsMutation() {
  const invalidate = useInvalidateFactors();
  return useMutation({
    mutationFn: (code: string) => api.post<EnrolmentResult>('/api/factors/sms/confirm', { code }),
    onSuccess: invalidate,
  });
}

export function useWebAuthnOptionsMutation() {
  return useMutation({
    mutationFn: () =>
      api.post<{ options: Record<string, unknown> }>('/api/factors/webauthn/options'),
  });
}

export function useRegisterKeyMutation() {
  const invalidate = useInvalidateFactors();
  return useMutation({
    mutationFn: (body: { label?: string; response: Record<string, unknown> }) =>
      api.post<EnrolmentResult>('/api/factors/webauthn', body),
    onSuccess: invalidate,
  });
}

export function useRemoveFactorMutation() {
  const invalidate = useInvalidateFactors();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/factors/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}

export function useBackupCodesMutation() {
  const invalidate = useInvalidateFactors();
  return useMutation({
    mutationFn: () => api.post<{ codes: string[] }>('/api/factors/backup-codes'),
    onSuccess: invalidate,
  });
}
