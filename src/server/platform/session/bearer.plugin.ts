import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { AppError } from '../errors.js';
import { routedPath } from '../http/routed-path.js';

/**
 * Who calls the REST API v1: an employer's API client, resolved once per request from its
 * bearer token. Every `/api/v1` use case takes this, as a web use case takes the `Actor`.
 */
export type ApiCaller = {
  clientId: string;
  employerId: AuthorizedEmployerId;
  scopes: readonly string[];
  /** For the audit log. */
  ip: string;
  requestId: string;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a `/api/v1` route needs; checked before the body or query is read. */
    apiScope?: string;
  }
  interface FastifyRequest {
    /** The API client of a `/api/v1` request's bearer token (null elsewhere). */
    apiCaller: ApiCaller | null;
    /** The caller of a `/api/v1` route; every such route declares its scope. */
    requireApiCaller(): ApiCaller;
  }
}

/** The versioned REST API: bearer tokens only, never the session cookie (SPEC.md §2.10). */
export const versionedApiPrefix = '/api/v1/';
/** The one `/api/v1` route without a bearer token: the one that hands them out. */
export const tokenPath = '/api/v1/oauth/token';

export function isVersionedApiRequest(request: FastifyRequest): boolean {
  return routedPath(request).startsWith(versionedApiPrefix);
}

export const bearerErrors = {
  /** No bearer token, or one that is unknown, expired or of a revoked client (RFC 6750). */
  invalidToken: () => new AppError('api_invalid_token', 401),
  /** The token lacks the route's scope. */
  scopeMissing: (scope: string) => new AppError('api_scope_missing', 403, { params: { scope } }),
};

/**
 * Resolves the bearer token of every `/api/v1` request but the token endpoint, and refuses a
 * request without a live token (401) or without the route's scope (403), with the
 * `WWW-Authenticate` header of RFC 6750. Cookies are never read here, and the session plugin
 * leaves `/api/v1` alone, so a session cannot call the API and a token cannot call the web API.
 */
export const bearerPlugin = fp(
  async (
    app: FastifyInstance,
    options: {
      resolve(
        token: string,
        meta: { ip: string; requestId: string },
      ): Promise<ApiCaller | undefined>;
    },
  ) => {
    app.decorateRequest('apiCaller', null);
    app.decorateRequest('requireApiCaller', function (this: FastifyRequest) {
      if (!this.apiCaller) throw bearerErrors.invalidToken();
      return this.apiCaller;
    });
    const challenge = (reply: FastifyReply, error: string) =>
      reply.header('www-authenticate', `Bearer realm="verzuim", error="${error}"`);
    app.addHook('onRequest', async (request, reply) => {
      if (!isVersionedApiRequest(request) || routedPath(request) === tokenPath) return;
      const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/i.exec(request.headers.authorization ?? '');
      const caller = match?.[1]
        ? await options.resolve(match[1], { ip: request.ip, requestId: request.id })
        : undefined;
      if (!caller) {
        challenge(reply, 'invalid_token');
        throw bearerErrors.invalidToken();
      }
      request.apiCaller = caller;
      const scope = request.routeOptions.config.apiScope;
      if (scope !== undefined && !caller.scopes.includes(scope)) {
        challenge(reply, 'insufficient_scope');
        throw bearerErrors.scopeMissing(scope);
      }
    });
  },
  { name: 'bearer' },
);
