import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { userListResponseSchema } from '../../../contracts/users.js';
import { requestMeta, requireAuthenticated } from '../auth/auth.routes.js';
import type { AuthUseCases } from '../auth/auth.usecases.js';
import type { FactorsUseCases } from '../factors/factors.usecases.js';
import type { UsersUseCases } from './users.usecases.js';

export async function usersRoutes(
  app: FastifyInstance,
  options: {
    users: UsersUseCases;
    factors: Pick<FactorsUseCases, 'usersWithSecondFactor'>;
    auth: Pick<AuthUseCases, 'endAllSessionsOf'>;
  },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary:
          "Gebruikersbeheer: the accounts of the user's active employer, by last name (users.manage)",
        response: {
          200: userListResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      const meta = requestMeta(request);
      const users = await options.users.listEmployerUsers(
        session.userId,
        session.activeEmployerId,
        options.factors,
        { ip: meta.ip, requestId: meta.requestId },
      );
      return { users };
    },
  );
  routes.post(
    '/api/users/:id/unblock',
    {
      schema: {
        tags: ['users'],
        summary:
          'Lift the block after repeated failed logins (operator admin, or a super user of the same employer)',
        params: z.object({ id: z.uuid() }),
        response: {
          204: z.null(),
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const session = requireAuthenticated(request);
      const meta = requestMeta(request);
      await options.users.unblock(session.userId, request.params.id, {
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return reply.status(204).send(null);
    },
  );
  routes.post(
    '/api/users/:id/sessions/end',
    {
      schema: {
        tags: ['users'],
        summary: 'End every session of a user (operator admin)',
        params: z.object({ id: z.uuid() }),
        response: {
          204: z.null(),
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const session = requireAuthenticated(request);
      const meta = requestMeta(request);
      await options.users.endAllSessions(session.userId, request.params.id, options.auth, {
        ip: meta.ip,
        requestId: meta.requestId,
      });
      return reply.status(204).send(null);
    },
  );
}
