import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RetentionEraseResult, RetentionPreview } from '../../../contracts/retention.js';
import { api } from '../../lib/api.js';

const previewKey = ['retention', 'preview'] as const;

/** What is expired at every employer (retention.manage). */
export const retentionPreviewQuery = queryOptions({
  queryKey: previewKey,
  queryFn: ({ signal }) => api.get<RetentionPreview>('/api/retention/preview', signal),
});

/** "Nu opschonen": erases an employer's expired data; the preview is read again after. */
export function useEraseExpired() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (employerId: string) =>
      api.post<RetentionEraseResult>('/api/retention/erase', { employerId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: previewKey }),
  });
}
