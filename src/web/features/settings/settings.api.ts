import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { meResponseSchema, preferencesRequestSchema } from '../../../contracts/auth.js';
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
