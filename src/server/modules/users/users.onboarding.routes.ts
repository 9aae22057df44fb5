import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  onboardEmployerRequestSchema,
  onboardEmployerResponseSchema,
} from '../../../contracts/onboarding.js';
import type { UsersUseCases } from './users.usecases.js';

/** "Werkgever aansluiten" (operator admin): an employer, its departments and its first super user. */
export async function onboardingRoutes(
  app: FastifyInstance,
  options: { users: UsersUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.post(
    '/api/employers/onboarding',
    {
      config: { permission: 'employers.manage', acrossEmployers: true },
      schema: {
        tags: ['organisation'],
        summary:
          'Onboard an employer in one transaction: settings, first departments, the first super user (invited by e-mail after the commit); the datakluis agreement stays pending',
        body: onboardEmployerRequestSchema,
        response: {
          201: onboardEmployerResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('employers.manage');
      const onboarded = await options.users.onboardEmployer(actor, request.body, (error) =>
        request.log.error({ err: error }, 'onboarding invitation mail failed'),
      );
      return reply.status(201).send(onboarded);
    },
  );
}
