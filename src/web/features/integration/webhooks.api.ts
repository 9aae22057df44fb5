import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  SaveWebhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookSettings,
  WebhookWithSecret,
} from '../../../contracts/webhooks.js';
import { api } from '../../lib/api.js';

const webhookUrl = '/api/integration/webhook';

export const webhookQuery = queryOptions({
  queryKey: ['webhook'],
  queryFn: ({ signal }) => api.get<WebhookSettings>(webhookUrl, signal),
});

/** The delivery log; refreshed while a delivery waits for its next attempt. */
export const webhookDeliveriesQuery = queryOptions({
  queryKey: ['webhook', 'deliveries'],
  queryFn: ({ signal }) => api.get<WebhookDeliveryList>(`${webhookUrl}/deliveries`, signal),
  refetchInterval: (query) =>
    query.state.data?.deliveries.some((delivery) => delivery.status === 'pending') ? 5000 : false,
});

/** Save, rotate, test and remove; each refreshes the settings and the log. */
export function useWebhookMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: webhookQuery.queryKey });
  return {
    save: useMutation({
      mutationFn: (body: SaveWebhook) => api.put<WebhookWithSecret>(webhookUrl, body),
      onSuccess,
    }),
    rotate: useMutation({
      mutationFn: () => api.post<WebhookWithSecret>(`${webhookUrl}/rotate`),
      onSuccess,
    }),
    test: useMutation({
      mutationFn: () => api.post<WebhookDelivery>(`${webhookUrl}/test`),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: () => api.delete<null>(webhookUrl),
      onSuccess,
    }),
  };
}
