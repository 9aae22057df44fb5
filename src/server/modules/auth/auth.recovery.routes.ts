import { z } from 'zod';
import {
  confirmEmailRequestSchema,
  forgotLoginNameRequestSchema,
  forgotPasswordRequestSchema,
  linkCheckRequestSchema,
  linkCheckResponseSchema,
  recoveryResponseSchema,
  setPasswordWithLinkRequestSchema,
  setPasswordWithLinkResponseSchema,
} from '../../../contracts/auth.js';
import { requestMeta } from '../../platform/session/session.plugin.js';
import { authErrors } from './auth.errors.js';
import type { AuthRouteKit, AuthRouteOptions } from './auth.shared.routes.js';

/** E-mailed links: forgotten login names and passwords, setting a password with a link, confirming an address. */
export function recoveryRoutes(kit: AuthRouteKit, options: AuthRouteOptions): void {
  const { routes, cookieName, setSessionCookie, perIp, perAccount, errorResponses } = kit;
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
}
