import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  accessRequestListResponseSchema,
  authorisationResponseSchema,
  maskedPersonalDataResponseSchema,
  PersonalData,
  PersonalDataInput,
  revealResponseSchema,
  VaultAccessLevel,
  VaultDocumentName,
  vaultDocumentListResponseSchema,
  vaultDocumentResponseSchema,
  VaultStatus,
} from '../../../contracts/vault.js';
import { api } from '../../lib/api.js';

type DocumentList = z.infer<typeof vaultDocumentListResponseSchema>;
type DocumentText = z.infer<typeof vaultDocumentResponseSchema>;
type Authorisation = z.infer<typeof authorisationResponseSchema>;
type AccessRequests = z.infer<typeof accessRequestListResponseSchema>;
type MaskedResponse = z.infer<typeof maskedPersonalDataResponseSchema>;
type RevealResponse = z.infer<typeof revealResponseSchema>;

export const vaultStatusKey = ['vault', 'status'] as const;

/** The employer's agreement and this user's vault access; also answers before signing. */
export const vaultStatusQuery = queryOptions({
  queryKey: vaultStatusKey,
  queryFn: ({ signal }) => api.get<VaultStatus>('/api/vault/status', signal),
  // The agreement gate reads it before the start page's widgets mount; without a stale time each
  // new reader would fetch it again. Every change made here invalidates it (see below).
  staleTime: 60_000,
});

export const vaultDocumentsQuery = queryOptions({
  queryKey: ['vault', 'documents'],
  queryFn: ({ signal }) => api.get<DocumentList>('/api/vault/documents', signal),
  staleTime: Infinity,
});

export const vaultDocumentQuery = (document: VaultDocumentName, version: string) =>
  queryOptions({
    queryKey: ['vault', 'documents', document, version],
    queryFn: ({ signal }) =>
      api.get<DocumentText>(
        `/api/vault/documents/${encodeURIComponent(document)}/${encodeURIComponent(version)}`,
        signal,
      ),
    // A published version never changes.
    staleTime: Infinity,
  });

export function useSignAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (signature: { version: string; authorisedName: string; authorisedEmail: string }) =>
      api.post<void>('/api/vault/agreement', signature),
    // Everything the gate held back may now load.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

const authorisationKey = ['vault', 'authorisation'] as const;
const requestsKey = ['vault', 'access-requests'] as const;

export const authorisationQuery = queryOptions({
  queryKey: authorisationKey,
  queryFn: ({ signal }) => api.get<Authorisation>('/api/vault/authorisation', signal),
});

export function useSetAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, level }: { userId: string; level: VaultAccessLevel }) =>
      api.put<void>(`/api/vault/authorisation/${encodeURIComponent(userId)}`, { level }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: authorisationKey });
      void queryClient.invalidateQueries({ queryKey: vaultStatusKey });
    },
  });
}

export const accessRequestsQuery = queryOptions({
  queryKey: requestsKey,
  queryFn: ({ signal }) => api.get<AccessRequests>('/api/vault/access-requests', signal),
});

export function useRequestAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/vault/access-requests'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vaultStatusKey }),
  });
}

export function useDecideRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approved' | 'refused' }) =>
      api.post<void>(`/api/vault/access-requests/${encodeURIComponent(id)}/decision`, {
        decision,
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: requestsKey });
      void queryClient.invalidateQueries({ queryKey: authorisationKey });
      void queryClient.invalidateQueries({ queryKey: vaultStatusKey });
    },
  });
}

const personalDataKey = (employeeId: string) => ['vault', 'personal-data', employeeId] as const;

/** The masked record (•••••1234); the clear one only through `useRevealPersonalData`. */
export const personalDataQuery = (employeeId: string) =>
  queryOptions({
    queryKey: personalDataKey(employeeId),
    queryFn: ({ signal }) =>
      api.get<MaskedResponse>(
        `/api/employees/${encodeURIComponent(employeeId)}/personal-data`,
        signal,
      ),
  });

/** The clear record: never cached by the query client, kept only in the component's state. */
export function useRevealPersonalData(employeeId: string) {
  return useMutation({
    mutationFn: (purpose: 'view' | 'edit') =>
      api.post<RevealResponse>(
        `/api/employees/${encodeURIComponent(employeeId)}/personal-data/reveal`,
        { purpose },
      ),
  });
}

export function useChangePersonalData(employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Partial<PersonalDataInput>) =>
      api.patch<{ personalData: MaskedResponse['personalData'] }>(
        `/api/employees/${encodeURIComponent(employeeId)}/personal-data`,
        change,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personalDataKey(employeeId) }),
  });
}

export type { PersonalData };
