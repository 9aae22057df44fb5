import { z } from 'zod';
import {
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  endSessionsResponseSchema,
  meResponseSchema,
  preferencesRequestSchema,
  sessionListResponseSchema,
} from '../../../contracts/auth.js';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import { errors } from '../../platform/errors.js';
import { setRequestLocale } from '../../platform/http/request-context.js';
import {
  requestMeta,
  requireAuthenticated,
  requireStepUp,
} from '../../platform/session/session.plugin.js';
import type { AuthRouteKit, AuthRouteOptions } from './auth.shared.routes.js';

/** The user's own preferences, password, e-mail address and sessions (/api/me). */
export function ownAccountRoutes(kit: AuthRouteKit, options: AuthRouteOptions): void {
  const { routes, perIp, errorResponses } = kit;
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
