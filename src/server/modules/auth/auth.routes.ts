import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  preferencesRequestSchema,
  secondFactorRequestSchema,
} from '../../../contracts/auth.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import { errors } from '../../platform/errors.js';
import { setRequestLocale } from '../../platform/http/request-context.js';
import { localeOf, type UsersUseCases } from '../users/users.usecases.js';
import { authErrors } from './auth.errors.js';
import { hasFreshStepUp } from './auth.models.js';
import type { Session } from './auth.repository.js';
import type { AuthUseCases, RequestMeta } from './auth.usecases.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The live session of the request's cookie, if any (pending or authenticated). */
    session: Session | null;
  }
}

type AuthOptions = {
  auth: AuthUseCases;
  users: UsersUseCases;
  secureCookies: boolean;
  absoluteHours: number;
};

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function sessionCookieName(secure: boolean): string {
  // The __Host- prefix pins the cookie to this host and path /, only over HTTPS.
  return secure ? '__Host-verzuim_session' : 'verzuim_session';
}

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'], requestId: request.id };
}

/** Resolves the session cookie on every request and guards state-changing API calls against CSRF. */
export const sessionPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    const cookieName = sessionCookieName(options.secureCookies);
    app.decorateRequest('session', null);
    app.addHook('onRequest', async (request) => {
      // A cross-site form or image cannot set this header; with SameSite cookies this stops CSRF.
      if (
        request.url.startsWith('/api/') &&
        stateChangingMethods.has(request.method) &&
        request.headers['x-requested-with'] !== 'fetch'
      ) {
        throw authErrors.csrfHeaderMissing();
      }
      const token = request.cookies[cookieName];
      if (!token) return;
      request.session = (await options.auth.resolveSession(token)) ?? null;
      if (request.session?.stage === 'authenticated') {
        const user = await options.users.findById(request.session.userId);
        if (user) setRequestLocale(request, localeOf(user));
      }
    });
  },
  { name: 'session', dependencies: ['request-context'] },
);

/** For routes that need a logged-in user: the authenticated session or a 401. */
export function requireAuthenticated(request: FastifyRequest): Session {
  if (request.session?.stage !== 'authenticated') throw errors.unauthenticated();
  return request.session;
}

/**
 * For security settings and the vault: an authenticated session whose password and second
 * factor were proven in the last 5 minutes, or 403 `step_up_required`.
 */
export function requireStepUp(request: FastifyRequest, now: Date): Session {
  const session = requireAuthenticated(request);
  if (!hasFreshStepUp(session, now)) throw authErrors.stepUpRequired();
  return session;
}

export async function authRoutes(app: FastifyInstance, options: AuthOptions): Promise<void> {
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
  };

  routes.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with login name and password (step 1 of 2)',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await options.auth.loginWithPassword(
        request.body.loginName,
        request.body.password,
        requestMeta(request),
      );
      setSessionCookie(reply, result.token);
      return { status: 'second_factor_required' as const, factors: result.factors };
    },
  );

  routes.post(
    '/api/auth/second-factor',
    {
      schema: {
        tags: ['auth'],
        summary: 'Complete the login with a second factor (step 2 of 2)',
        body: secondFactorRequestSchema,
        response: { 200: meResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.session?.stage !== 'password_verified') throw errors.unauthenticated();
      const { token, session } = await options.auth.verifySecondFactor(
        request.session,
        request.body,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      const user = await options.users.describeCurrentUser(
        session.userId,
        session.activeEmployerId,
      );
      if (!user) throw errors.unauthenticated();
      setRequestLocale(request, user.locale);
      return { user };
    },
  );

  routes.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.session) await options.auth.logout(request.session, requestMeta(request));
      reply.clearCookie(cookieName, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The logged-in user',
        response: { 200: meResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      const user = await options.users.describeCurrentUser(
        session.userId,
        session.activeEmployerId,
      );
      if (!user) throw errors.unauthenticated();
      return { user };
    },
  );

  routes.patch(
    '/api/me/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: "Change the user's own preferences (language)",
        body: preferencesRequestSchema,
        response: { 200: meResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      await options.users.setLocale(session.userId, request.body.locale);
      setRequestLocale(request, request.body.locale);
      const user = await options.users.describeCurrentUser(
        session.userId,
        session.activeEmployerId,
      );
      if (!user) throw errors.unauthenticated();
      return { user };
    },
  );
}
