import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  secondFactorRequestSchema,
  stepUpPasswordRequestSchema,
  stepUpPasswordResponseSchema,
  stepUpStatusResponseSchema,
} from '../../../contracts/auth.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import { errors } from '../../platform/errors.js';
import { setRequestLocale } from '../../platform/http/request-context.js';
import { hasFreshStepUp, stepUpMinutes } from '../../platform/session/session.js';
import { requestMeta, requireAuthenticated } from '../../platform/session/session.plugin.js';
import { authRouteKit, type AuthRouteOptions } from './auth.shared.routes.js';
import { ownAccountRoutes } from './auth.me.routes.js';
import { recoveryRoutes } from './auth.recovery.routes.js';

/** Logging in and out, the first-login setup, step-up and the current user; the other auth routes beside them. */
export async function authRoutes(app: FastifyInstance, options: AuthRouteOptions): Promise<void> {
  const kit = authRouteKit(app, options);
  const { routes, cookieName, setSessionCookie, perIp, perAccount, perSession, errorResponses } =
    kit;
  routes.post(
    '/api/auth/login',
    {
      config: perIp,
      preHandler: perAccount('loginName'),
      schema: {
        tags: ['auth'],
        summary: 'Log in with login name and password (step 1 of 2)',
        body: loginRequestSchema,
        response: { 200: loginResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      // Whatever cookie came along (perhaps planted by someone else) is never promoted.
      if (request.session) await options.auth.replaceSession(request.session);
      const result = await options.auth.loginWithPassword(
        request.body.loginName,
        request.body.password,
        requestMeta(request),
      );
      setSessionCookie(reply, result.token);
      return {
        status: result.setupRequired
          ? ('setup_required' as const)
          : ('second_factor_required' as const),
        factors: result.factors,
      };
    },
  );

  routes.post(
    '/api/auth/second-factor',
    {
      config: perIp,
      preHandler: perSession,
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
      reply.clearCookie(cookieName, { path: '/', secure: options.secureCookies });
      reply.header('clear-site-data', '"cookies"');
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/auth/setup/complete',
    {
      config: perIp,
      schema: {
        tags: ['auth'],
        summary: 'First login: finish after enrolling a second factor (a new session id follows)',
        response: { 200: meResponseSchema, 409: errorResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.session?.stage !== 'setup_required') throw errors.unauthenticated();
      const { token, session } = await options.auth.completeSetup(
        request.session,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      const user = await options.users.describeCurrentUser(session.userId, null);
      if (!user) throw errors.unauthenticated();
      return { user };
    },
  );

  routes.get(
    '/api/auth/step-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether password and second factor were proven in the last 5 minutes',
        response: { 200: stepUpStatusResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      const now = options.now();
      const fresh = hasFreshStepUp(session, now);
      const oldest = Math.min(
        session.passwordAt?.getTime() ?? 0,
        session.secondFactorAt?.getTime() ?? 0,
      );
      return {
        fresh,
        until: fresh ? new Date(oldest + stepUpMinutes * 60_000).toISOString() : null,
      };
    },
  );

  routes.post(
    '/api/auth/step-up',
    {
      config: perIp,
      preHandler: perSession,
      schema: {
        tags: ['auth'],
        summary: 'Step-up, part 1: re-enter the password (a new session id follows)',
        body: stepUpPasswordRequestSchema,
        response: { 200: stepUpPasswordResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireAuthenticated(request);
      const result = await options.auth.stepUpPassword(
        session,
        request.body.password,
        requestMeta(request),
      );
      setSessionCookie(reply, result.token);
      return { factors: result.factors };
    },
  );

  routes.post(
    '/api/auth/step-up/second-factor',
    {
      config: perIp,
      preHandler: perSession,
      schema: {
        tags: ['auth'],
        summary: 'Step-up, part 2: a second factor; security settings open for 5 minutes',
        body: secondFactorRequestSchema,
        response: { 200: stepUpStatusResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireAuthenticated(request);
      const { token } = await options.auth.stepUpSecondFactor(
        session,
        request.body,
        requestMeta(request),
      );
      setSessionCookie(reply, token);
      return {
        fresh: true,
        until: new Date(options.now().getTime() + stepUpMinutes * 60_000).toISOString(),
      };
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

  recoveryRoutes(kit, options);
  ownAccountRoutes(kit, options);
}
