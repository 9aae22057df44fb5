import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { apiClients, apiTokens } from './integration.clients.table.js';
import { apiIdempotencyKeys } from './integration.idempotency.table.js';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from './integration.webhooks.table.js';

/**
 * Offboarding (issue 14): the employer's API clients with their tokens, the idempotency keys and
 * the webhooks with their outbox and attempts.
 */
export function integrationOffboardingUseCases() {
  return {
    async eraseEmployerIntegrationRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<Record<string, number>> {
      const idempotencyKeys = await deleteEmployerRows(tx, apiIdempotencyKeys, employerId);
      await deleteEmployerRows(tx, apiTokens, employerId);
      const clients = await deleteEmployerRows(tx, apiClients, employerId);
      await deleteEmployerRows(tx, webhookAttempts, employerId);
      const deliveries = await deleteEmployerRows(tx, webhookDeliveries, employerId);
      return {
        apiClients: clients,
        idempotencyKeys,
        webhookEndpoints: await deleteEmployerRows(tx, webhookEndpoints, employerId),
        webhookDeliveries: deliveries,
      };
    },
  };
}
