import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  NewReintegrationDocument,
  ReintegrationDocument,
  ReintegrationDocumentList,
  SaveReintegrationDocument,
  SignOffParty,
} from '../../../contracts/reintegration.js';
import { api } from '../../lib/api.js';
import { dossierKeys } from './dossier.api.js';

const base = (employeeId: string) =>
  `/api/employees/${encodeURIComponent(employeeId)}/reintegration-documents`;

/** The employee's re-integration documents (issue 14) with their versions. */
export const reintegrationQuery = (employeeId: string) =>
  queryOptions({
    queryKey: ['dossier', employeeId, 'reintegration'] as const,
    queryFn: ({ signal }) => api.get<ReintegrationDocumentList>(base(employeeId), signal),
  });

/** Every change refreshes the list; a final one also the documents and the tasks. */
function useRefresh(employeeId: string) {
  const queryClient = useQueryClient();
  return async (document: ReintegrationDocument) => {
    await queryClient.invalidateQueries({ queryKey: reintegrationQuery(employeeId).queryKey });
    if (document.status === 'final') {
      await queryClient.invalidateQueries({ queryKey: dossierKeys.documents(employeeId) });
      // The tasks live under the cases' key (tasks.api.ts): the linked task is done now.
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
    }
  };
}

export function useCreateReintegrationDocument(employeeId: string) {
  const refresh = useRefresh(employeeId);
  return useMutation({
    mutationFn: (input: NewReintegrationDocument) =>
      api.post<ReintegrationDocument>(base(employeeId), input),
    onSuccess: refresh,
  });
}

export function useSaveReintegrationDocument(employeeId: string, documentId: string) {
  const refresh = useRefresh(employeeId);
  return useMutation({
    mutationFn: (input: SaveReintegrationDocument) =>
      api.put<ReintegrationDocument>(`${base(employeeId)}/${documentId}`, input),
    onSuccess: refresh,
  });
}

export function useFinalizeReintegrationDocument(employeeId: string) {
  const refresh = useRefresh(employeeId);
  return useMutation({
    mutationFn: (documentId: string) =>
      api.post<ReintegrationDocument>(`${base(employeeId)}/${documentId}/finalize`, {}),
    onSuccess: refresh,
  });
}

export function useSignOffReintegrationDocument(employeeId: string) {
  const refresh = useRefresh(employeeId);
  return useMutation({
    mutationFn: ({ documentId, party }: { documentId: string; party: SignOffParty }) =>
      api.post<ReintegrationDocument>(`${base(employeeId)}/${documentId}/sign-off`, { party }),
    onSuccess: refresh,
  });
}
