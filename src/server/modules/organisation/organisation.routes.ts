import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { organisationStructureResponseSchema } from '../../../contracts/organisation.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { requireAuthenticated } from '../auth/auth.routes.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { OrganisationUseCases } from './organisation.usecases.js';

export async function organisationRoutes(
  app: FastifyInstance,
  options: { organisation: OrganisationUseCases; users: UsersUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/organisation/departments',
    {
      schema: {
        tags: ['organisation'],
        summary: "The departments of the user's employer, with today's headcount",
        response: {
          200: organisationStructureResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const session = requireAuthenticated(request);
      const user = await options.users.describeCurrentUser(
        session.userId,
        session.activeEmployerId,
      );
      if (!user?.employer || !roleHasPermission(user.role, 'organisation.read')) {
        throw errors.forbidden();
      }
      // The employer is the one the user's own membership names: checked by describeCurrentUser.
      return options.organisation.describeStructure(trustEmployerId(user.employer.id));
    },
  );
}
