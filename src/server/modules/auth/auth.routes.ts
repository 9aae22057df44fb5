import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  confirmEmailRequestSchema,
  endSessionsResponseSchema,
  forgotLoginNameRequestSchema,
  forgotPasswordRequestSchema,
  linkCheckRequestSchema,
  linkCheckResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
  preferencesRequestSchema,
  recoveryResponseSchema,
  secondFactorRequestSchema,
  sessionListResponseSchema,
  setPasswordWithLinkRequestSchema,
  setPasswordWithLinkResponseSchema,
  stepUpPasswordRequestSchema,
  stepUpPasswordResponseSchema,
  stepUpStatusResponseSchema,
} from '../../../contracts/auth.js';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import { errors } from '../../platform/errors.js';
import { setRequestLocale } from '../../platform/http/request-context.js';
import { routedPath } from '../../platform/http/routed-path.js';
import {
  requestMeta,
  requireAuthenticated,
  requireStepUp,
} from '../../platform/session/session.plugin.js';
import {
  hasFreshStepUp,
  sessionCookieName,
  stepUpMinutes,
} from '../../platform/session/session.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import { authErrors } from './auth.errors.js';
import type { AuthUseCases } from './auth.usecases.js';

type AuthOptions = {
  auth: AuthUseCases;
  users: UsersUseCases;
  secureCookies: boolean;
  absoluteHours: number;
  /** Requests per minute to each auth endpoint, per client IP and per account named in the body. */
  rateLimit: { authPerIp: number; authPerAccount: number };
  now: () => Date;
};

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
    '/api/auth/forgot-login-name',
    {
      config: perIp,
      preHandler: perAccount('email'),
      schema: {
        tags: ['auth'],
        summary:
          'Mail the login names of the accounts with this address (same answer for any address)',
        body: forgotLoginNameRequestSchema,
        response: { 202: recoveryResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      options.auth.requestLoginNames(request.body.email, requestMeta(request));
      return reply.status(202).send({ status: 'sent_if_known' as const });
    },
  );

  routes.post(
    '/api/auth/password-reset/request',
    {
      config: perIp,
      preHandler: perAccount('loginName'),
      schema: {
        tags: ['auth'],
        summary: 'Mail a password reset link (same answer for any login name)',
        body: forgotPasswordRequestSchema,
        response: { 202: recoveryResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      options.auth.requestPasswordReset(request.body.loginName, requestMeta(request));
      return reply.status(202).send({ status: 'sent_if_known' as const });
    },
  );

  routes.post(
    '/api/auth/link/check',
    {
      config: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Whether an e-mailed link can still be used (it is not used up by this)',
        body: linkCheckRequestSchema,
        response: { 200: linkCheckResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const purpose = await options.auth.checkLink(request.body.token);
      if (!purpose) throw authErrors.invalidLink();
      return { purpose };
    },
  );

  for (const [url, purpose] of [
    ['/api/auth/password-reset/complete', 'reset_password'],
    ['/api/auth/setup/password', 'set_password'],
  ] as const) {
    routes.post(
      url,
      {
        config: perIp,
        schema: {
          tags: ['auth'],
          summary:
            purpose === 'reset_password'
              ? 'Set a new password with a reset link; all sessions end, no login follows'
              : 'First login: set the password with the invitation link; a setup session follows',
          body: setPasswordWithLinkRequestSchema,
          response: { 200: setPasswordWithLinkResponseSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        const { setupToken } = await options.auth.setPasswordWithLink(
          request.body.token,
          request.body.password,
          purpose,
          requestMeta(request),
        );
        if (setupToken) {
          setSessionCookie(reply, setupToken);
          return { status: 'setup_required' as const };
        }
        reply.clearCookie(cookieName, { path: '/', secure: options.secureCookies });
        return { status: 'password_set' as const };
      },
    );
  }

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

  routes.post(
    '/api/auth/email/confirm',
    {
      config: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Confirm a new e-mail address with the link sent to it',
        body: confirmEmailRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await options.auth.confirmEmail(request.body.token, requestMeta(request));
      return reply.status(204).send(null);
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

  routes.post(
    '/api/me/password',
    {
      config: perIp,
      schema: {
        tags: ['auth'],
        summary: 'Change the password (after step-up); the other sessions end',
        body: changePasswordRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireStepUp(request, options.now());
      await options.auth.changePassword(
        session,
        request.body.currentPassword,
        request.body.newPassword,
        requestMeta(request),
      );
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/me/email',
    {
      config: perIp,
      schema: {
        tags: ['auth'],
        summary:
          'Change the e-mail address (after step-up): a confirmation link goes to the new one',
        body: changeEmailRequestSchema,
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireStepUp(request, options.now());
      await options.auth.requestEmailChange(session, request.body.email, requestMeta(request));
      return reply.status(202).send(null);
    },
  );

  routes.get(
    '/api/me/sessions',
    {
      schema: {
        tags: ['auth'],
        summary: "The user's own live sessions (after step-up)",
        response: { 200: sessionListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireStepUp(request, options.now());
      return { sessions: await options.auth.listSessions(session) };
    },
  );

  routes.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'End one of the user’s other sessions (after step-up)',
        params: z.object({ id: entityIdSchema }),
        response: { 204: z.null(), 404: errorResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = requireStepUp(request, options.now());
      await options.auth.endSession(session, request.params.id, requestMeta(request));
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/me/sessions/end-others',
    {
      schema: {
        tags: ['auth'],
        summary: 'End all the user’s other sessions (after step-up)',
        response: { 200: endSessionsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const session = requireStepUp(request, options.now());
      return { ended: await options.auth.endOtherSessions(session, requestMeta(request)) };
    },
  );
}
