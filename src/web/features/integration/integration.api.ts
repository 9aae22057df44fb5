import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportLimits, ImportPreview, ImportResult } from '../../../contracts/integration.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { api } from '../../lib/api.js';

const base = '/api/integration/employee-import';

/** Who sees "Werknemers importeren": read from the one permission matrix (the server checks). */
export function canImportEmployees(role: string): boolean {
  return roleHasPermission(role, 'employees.write');
}

export const templateUrl = (format: 'xlsx' | 'csv') => `${base}/template?format=${format}`;

export const importLimitsQueryOptions = queryOptions({
  queryKey: ['employee-import', 'limits'],
  queryFn: ({ signal }) => api.get<ImportLimits>(`${base}/limits`, signal),
  staleTime: Infinity,
});

/** Sends the file to be checked; nothing is stored. */
export function usePreviewImportMutation() {
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportPreview>(`${base}/preview`, file),
  });
}

/** Sends the same file again to store every row, or none; employee data is fetched anew after. */
export function useCommitImportMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>(base, file),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
