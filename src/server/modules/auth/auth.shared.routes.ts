import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { errors } from '../../platform/errors.js';
import { routedPath } from '../../platform/http/routed-path.js';
import { sessionCookieName } from '../../platform/session/session.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { AuthUseCases } from './auth.usecases.js';

/** What the auth routes are given (app.ts). */
export type AuthRouteOptions = {
  auth: AuthUseCases;
  users: UsersUseCases;
  secureCookies: boolean;
  absoluteHours: number;
  /** Requests per minute to each auth endpoint, per client IP and per account named in the body. */
  rateLimit: { authPerIp: number; authPerAccount: number };
  now: () => Date;
};

/** What the auth route files share: the session cookie, the rate limits and the error answers. */
export function authRouteKit(app: FastifyInstance, options: AuthRouteOptions) {
  const cookieName = sessionCookieName(options.secureCookies);
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(cookieName, token, {
      path: '/',
      httpOnly: true,
      secure: options.secureCookies,
      sameSite: 'strict',
      maxAge: options.absoluteHours * 3600,
    });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const errorResponses = {
    400: errorResponseSchema,
    401: errorResponseSchema,
    403: errorResponseSchema,
    429: errorResponseSchema,
  };

  /** Per client IP (request.ip follows TRUST_PROXY, so a forged X-Forwarded-For changes nothing). */
  const perIp = {
    rateLimit: {
      max: options.rateLimit.authPerIp,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => request.ip,
    },
  };
  /**
   * A second, independent limit as a preHandler (the body is parsed by then). The plugin's own
   * `rateLimit()` hook would be skipped after the per-IP one ran, so this checks by hand.
   */
  const limitBy = (keyOf: (request: FastifyRequest) => string) => {
    const check = app.createRateLimit({
      max: options.rateLimit.authPerAccount,
      timeWindow: 60_000,
      keyGenerator: keyOf,
    });
    return async (request: FastifyRequest) => {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) throw errors.rateLimited();
    };
  };
  /**
   * Per account: the login name or address in the body, normalised like the lookup, per route (the
   * routed path: a query string or an encoded letter in the URL must not open a fresh count).
   */
  const perAccount = (field: 'loginName' | 'email') =>
    limitBy((request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const value = body?.[field];
      return `${routedPath(request)}:${field}:${typeof value === 'string' ? value.trim().toLowerCase() : ''}`;
    });
  /** Per account, for the steps that follow the password (second factor, step-up, setup). */
  const perSession = limitBy(
    (request) => `${routedPath(request)}:user:${request.session?.userId ?? request.ip}`,
  );

  return { routes, cookieName, setSessionCookie, errorResponses, perIp, perAccount, perSession };
}

export type AuthRouteKit = ReturnType<typeof authRouteKit>;
