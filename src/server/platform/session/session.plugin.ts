import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.js';
import { setRequestLocale } from '../http/request-context.js';
import { isApiRequest } from '../http/routed-path.js';
import { isVersionedApiRequest } from './bearer.plugin.js';
import {
  type Actor,
  allowedOriginsFor,
  hasFreshStepUp,
  type RequestMeta,
  type RequestSession,
  type ResolvedSession,
  sessionErrors,
} from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session of the request's cookie, if any (pending or authenticated). */
    session: RequestSession | null;
    /** The session user's role, employer and scope, read with the session (actor.plugin.ts). */
    sessionActor: Actor | null;
  }
}

export type SessionPluginOptions = {
  cookieName: string;
  /** The origin of PUBLIC_URL: a state-changing request from any other Origin is refused. */
  publicOrigin: string;
  /** The auth module's lookup of a cookie token, wired in src/server/modules.ts. */
  resolve(
    token: string,
    meta: { ip: string; requestId: string },
  ): Promise<ResolvedSession | undefined>;
};

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie of API requests, with the user's access in the same query, and
 * guards state-changing API calls against CSRF. Other routes (health, metrics, the web app's
 * files) never read the session, so a cookie costs them nothing.
 */
export const sessionPlugin = fp(
  async (app: FastifyInstance, options: SessionPluginOptions) => {
    const allowedOrigins = allowedOriginsFor(options.publicOrigin);
    app.decorateRequest('session', null);
    app.decorateRequest('sessionActor', null);
    app.addHook('onRequest', async (request, reply) => {
      // The REST API v1 knows bearer tokens only (bearer.plugin.ts): no cookie, so no CSRF.
      if (isVersionedApiRequest(request)) return;
      // On the routed path: `/%61pi/…` reaches the same handlers as `/api/…`.
      const guarded = isApiRequest(request) && stateChangingMethods.has(request.method);
      // A cross-site form or image cannot set this header; with SameSite cookies this stops CSRF.
      if (guarded && request.headers['x-requested-with'] !== 'fetch') {
        throw sessionErrors.csrfHeaderMissing();
      }
      // A browser always names the page's origin on a cross-origin request; only ours may write.
      const origin = request.headers.origin;
      if (guarded && origin !== undefined && !allowedOrigins.has(origin)) {
        throw sessionErrors.foreignOrigin();
      }
      if (!isApiRequest(request)) return;
      const token = request.cookies[options.cookieName];
      if (!token) return;
      const resolved = await options.resolve(token, { ip: request.ip, requestId: request.id });
      if (!resolved) return;
      request.session = resolved.session;
      request.sessionActor = resolved.actor ?? null;
      if (resolved.session.stage !== 'authenticated') return;
      setRequestLocale(request, resolved.locale);
      // The web warns before the idle limit ends the session; this answer counts as use.
      reply.header('x-session-expires-in', String(resolved.expiresInSeconds));
    });
  },
  { name: 'session', dependencies: ['request-context'] },
);

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id };
}

/**
 * For the second-factor enrolment of a first login (factors module): a setup session, or an
 * authenticated one. Everything else needs `requireAuthenticated`.
 */
export function requireEnrolmentSession(request: FastifyRequest): RequestSession {
  const stage = request.session?.stage;
  if (!request.session || (stage !== 'setup_required' && stage !== 'authenticated'))
    throw errors.unauthenticated();
  return request.session;
}

/** For routes that need a logged-in user: the authenticated session or a 401. */
export function requireAuthenticated(request: FastifyRequest): RequestSession {
  if (request.session?.stage !== 'authenticated') throw errors.unauthenticated();
  return request.session;
}

/**
 * For security settings and the vault: an authenticated session whose password and second
 * factor were proven in the last 5 minutes, or 403 `step_up_required`.
 */
export function requireStepUp(request: FastifyRequest, now: Date): RequestSession {
  const session = requireAuthenticated(request);
  if (!hasFreshStepUp(session, now)) throw sessionErrors.stepUpRequired();
  return session;
}
