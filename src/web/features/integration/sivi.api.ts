import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type SiviImport,
  type SiviImportList,
  siviImportSchema,
} from '../../../contracts/integration-sivi.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { api, ApiError } from '../../lib/api.js';

const base = '/api/integration/sivi';

/** Who sees "SIVI-verzuimmeldingen": read from the one permission matrix (the server checks). */
export function canExchangeSivi(role: string): boolean {
  return roleHasPermission(role, 'integration.sivi');
}

export const siviImportsQueryOptions = queryOptions({
  queryKey: ['sivi-imports'],
  queryFn: ({ signal }) => api.get<SiviImportList>(`${base}/imports`, signal),
});

export const siviImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sivi-imports', id],
    queryFn: ({ signal }) => api.get<SiviImport>(`${base}/imports/${id}`, signal),
  });

/**
 * Sends a message to be imported. A refused message answers 422 with its log entry: that entry
 * is the result to show (every refused element with its reason), not a failure of the request.
 */
export function useSiviImportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<SiviImport> => {
      try {
        return await api.uploadForm<SiviImport>(`${base}/verzuimmeldingen/import`, file);
      } catch (error) {
        if (error instanceof ApiError && error.status === 422) {
          const logged = siviImportSchema.safeParse(error.body);
          if (logged.success) return logged.data;
        }
        throw error;
      }
    },
    onSettled: () => queryClient.invalidateQueries(),
  });
}
