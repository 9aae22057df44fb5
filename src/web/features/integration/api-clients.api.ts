import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ApiClient,
  ApiClientList,
  ApiClientWithSecret,
  NewApiClient,
} from '../../../contracts/api-clients.js';
import { api } from '../../lib/api.js';

export const apiClientsQuery = queryOptions({
  queryKey: ['api-clients'],
  queryFn: ({ signal }) => api.get<ApiClientList>('/api/integration/clients', signal),
});

const clientUrl = (id: string) => `/api/integration/clients/${encodeURIComponent(id)}`;

/** Create, rotate and revoke; each refreshes the list. */
export function useApiClientMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: apiClientsQuery.queryKey });
  return {
    create: useMutation({
      mutationFn: (body: NewApiClient) =>
        api.post<ApiClientWithSecret>('/api/integration/clients', body),
      onSuccess,
    }),
    rotate: useMutation({
      mutationFn: (id: string) => api.post<ApiClientWithSecret>(`${clientUrl(id)}/rotate`),
      onSuccess,
    }),
    revoke: useMutation({
      mutationFn: (id: string) => api.post<ApiClient>(`${clientUrl(id)}/revoke`),
      onSuccess,
    }),
  };
}
