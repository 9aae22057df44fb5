import {
  type ApiClient,
  type ApiClientWithSecret,
  type ApiScope,
  apiScopeSchema,
  apiTokenSeconds,
  type NewApiClient,
} from '../../../contracts/api-clients.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { hashSecretToken, newSecretToken } from '../../platform/crypto/tokens.js';
import { errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { integrationErrors } from './integration.errors.js';
import {
  type ApiClientRow,
  createApiClientsRepository,
  createApiCredentialsRepository,
} from './integration.clients.repository.js';

/** The RFC 6749 §5.2 error codes the token endpoint answers. */
export type TokenRefusal = 'invalid_request' | 'invalid_client' | 'invalid_scope';

export type TokenRequest = {
  clientId: string;
  clientSecret: string;
  /** The space-separated scopes asked for; undefined: all of the client's. */
  scope: string | undefined;
  ip: string;
  requestId: string;
};

export type IssuedToken = { accessToken: string; expiresIn: number; scope: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The API clients of an employer (page "Koppelingen") and the OAuth2 client-credentials grant
 * that turns a client's id and secret into a short-lived bearer token (SPEC.md §2.10).
 */
export function apiClientsUseCases({
  db,
  clock,
  audit,
  users,
}: {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  users: Pick<UsersUseCases, 'displayNamesOf'>;
}) {
  const credentials = createApiCredentialsRepository(db);

  async function viewsOf(tx: Db, rows: ApiClientRow[]): Promise<ApiClient[]> {
    const userIds = [
      ...new Set(rows.flatMap((row) => [row.createdBy, row.rotatedBy, row.revokedBy])),
    ].filter((id): id is string => id !== null);
    const names = await users.displayNamesOf(userIds, tx);
    const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      scopes: row.scopes.filter(
        (scope): scope is ApiScope => apiScopeSchema.safeParse(scope).success,
      ),
      createdAt: row.createdAt.toISOString(),
      createdBy: nameOf(row.createdBy),
      rotatedAt: row.rotatedAt?.toISOString() ?? null,
      rotatedBy: nameOf(row.rotatedBy),
      revokedAt: row.revokedAt?.toISOString() ?? null,
      revokedBy: nameOf(row.revokedBy),
    }));
  }

  async function viewOf(tx: Db, row: ApiClientRow): Promise<ApiClient> {
    const [view] = await viewsOf(tx, [row]);
    if (!view) throw new Error('no view of an api client');
    return view;
  }

  /** Rotation and revocation: a live client of the actor's employer, changed with `set`. */
  async function changeLive(
    actor: EmployerActor,
    clientId: string,
    action: 'api_clients.rotated' | 'api_clients.revoked',
    set: (now: Date) => Parameters<ReturnType<typeof createApiClientsRepository>['updateLive']>[2],
  ): Promise<ApiClient> {
    return inTenant(db, actor.employerId, async (tx) => {
      const clients = createApiClientsRepository(tx);
      const existing = await clients.find(actor.employerId, clientId);
      if (!existing) throw errors.notFound();
      const changed = await clients.updateLive(actor.employerId, clientId, set(clock.now()));
      if (!changed) throw integrationErrors.apiClientRevoked();
      await clients.deleteTokensOf(clientId);
      await auditBy(audit, actor).record(
        { action, subjectType: 'api_client', subjectId: clientId, details: { name: changed.name } },
        tx,
      );
      return viewOf(tx, changed);
    });
  }

  return {
    /** The employer's clients, revoked ones included, oldest first. */
    listApiClients(actor: EmployerActor): Promise<ApiClient[]> {
      return inTenant(db, actor.employerId, async (tx) =>
        viewsOf(tx, await createApiClientsRepository(tx).list(actor.employerId)),
      );
    },

    /** A new client with a new secret, shown in this answer only. Audited. */
    createApiClient(actor: EmployerActor, input: NewApiClient): Promise<ApiClientWithSecret> {
      const secret = newSecretToken();
      return inTenant(db, actor.employerId, async (tx) => {
        const row = await createApiClientsRepository(tx).insert({
          employerId: actor.employerId,
          name: input.name,
          scopes: [...input.scopes],
          secretHash: hashSecretToken(secret),
          createdBy: actor.userId,
          createdAt: clock.now(),
        });
        await auditBy(audit, actor).record(
          {
            action: 'api_clients.created',
            subjectType: 'api_client',
            subjectId: row.id,
            details: { name: row.name, scopes: row.scopes },
          },
          tx,
        );
        return { client: await viewOf(tx, row), clientSecret: secret };
      });
    },

    /** A new secret for a live client; the old secret and every token of it stop at once. */
    async rotateApiClient(actor: EmployerActor, clientId: string): Promise<ApiClientWithSecret> {
      const secret = newSecretToken();
      const client = await changeLive(actor, clientId, 'api_clients.rotated', (now) => ({
        secretHash: hashSecretToken(secret),
        rotatedBy: actor.userId,
        rotatedAt: now,
      }));
      return { client, clientSecret: secret };
    },

    /** Revokes a client for good: its tokens stop working at once. */
    revokeApiClient(actor: EmployerActor, clientId: string): Promise<ApiClient> {
      return changeLive(actor, clientId, 'api_clients.revoked', (now) => ({
        revokedBy: actor.userId,
        revokedAt: now,
      }));
    },

    /**
     * The client-credentials grant (RFC 6749 §4.4): a live client whose secret matches gets a
     * bearer token for the scopes asked (a subset of its own) or all of its scopes. The token is
     * stored as its hash. Issued and refused tokens of a known client are audited.
     */
    async issueToken(request: TokenRequest): Promise<IssuedToken | TokenRefusal> {
      const client = uuidPattern.test(request.clientId)
        ? await credentials.findClient(request.clientId)
        : undefined;
      if (!client || client.revokedAt !== null) return 'invalid_client';
      const employerId = trustEmployerId(client.employerId);
      const record = (action: 'api.token_issued' | 'api.token_refused', details: object) =>
        audit.record({
          employerId,
          userId: null,
          action,
          subjectType: 'api_client',
          subjectId: client.id,
          ip: request.ip,
          requestId: request.requestId,
          details: { ...details },
        });
      if (hashSecretToken(request.clientSecret) !== client.secretHash) {
        await record('api.token_refused', { reason: 'invalid_client' });
        return 'invalid_client';
      }
      const asked = request.scope === undefined ? client.scopes : request.scope.split(' ');
      if (asked.length === 0 || asked.some((scope) => !client.scopes.includes(scope))) {
        await record('api.token_refused', { reason: 'invalid_scope' });
        return 'invalid_scope';
      }
      const scopes = [...new Set(asked)];
      const accessToken = newSecretToken();
      const now = clock.now();
      await inTenant(db, employerId, async (tx) => {
        await createApiClientsRepository(tx).insertToken(
          {
            tokenHash: hashSecretToken(accessToken),
            clientId: client.id,
            employerId,
            scopes,
            createdAt: now,
            expiresAt: new Date(now.getTime() + apiTokenSeconds * 1000),
          },
          now,
        );
        await audit.record(
          {
            employerId,
            userId: null,
            action: 'api.token_issued',
            subjectType: 'api_client',
            subjectId: client.id,
            ip: request.ip,
            requestId: request.requestId,
            details: { scopes },
          },
          tx,
        );
      });
      return { accessToken, expiresIn: apiTokenSeconds, scope: scopes.join(' ') };
    },

    /** The caller of a bearer token: its client, employer and scopes; undefined when not live. */
    async resolveBearerToken(
      token: string,
      meta: { ip: string; requestId: string },
    ): Promise<ApiCaller | undefined> {
      const grant = await credentials.findGrant(hashSecretToken(token), clock.now());
      if (!grant) return undefined;
      return {
        clientId: grant.clientId,
        employerId: trustEmployerId(grant.employerId) as AuthorizedEmployerId,
        scopes: grant.scopes,
        ...meta,
      };
    },
  };
}

export type ApiClientsUseCases = ReturnType<typeof apiClientsUseCases>;
