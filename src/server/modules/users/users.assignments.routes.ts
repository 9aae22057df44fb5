import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignCareRequestSchema,
  careAssignmentsResponseSchema,
} from '../../../contracts/care-assignments.js';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import type { UsersUseCases } from './users.usecases.js';

/**
 * Werkgevers > Casemanagers en bedrijfsartsen: the operator admin assigns the care roles to an
 * employer or a department of it. The same permission as linking accounts: both say who of
 * which side works for the employer.
 */
export async function careAssignmentsRoutes(
  app: FastifyInstance,
  options: { users: UsersUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const errorResponses = {
    400: errorResponseSchema,
    401: errorResponseSchema,
    403: errorResponseSchema,
    404: errorResponseSchema,
    409: errorResponseSchema,
  };
  const employerParams = z.object({ id: entityIdSchema });

  routes.get(
    '/api/employers/:id/care-assignments',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'The casemanagers and bedrijfsartsen assigned to an employer (operator admin)',
        params: employerParams,
        response: { 200: careAssignmentsResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await request.requireActorAcrossEmployers('accounts.link');
      return options.users.listCareAssignments(request.params.id);
    },
  );

  routes.post(
    '/api/employers/:id/care-assignments',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'Assign a casemanager or bedrijfsarts to the employer or a department of it',
        params: employerParams,
        body: assignCareRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('accounts.link');
      await options.users.assignCare(actor, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  routes.delete(
    '/api/employers/:id/care-assignments/:assignmentId',
    {
      config: { permission: 'accounts.link', acrossEmployers: true },
      schema: {
        tags: ['users'],
        summary: 'End an assignment of a casemanager or bedrijfsarts (operator admin)',
        params: z.object({ id: entityIdSchema, assignmentId: entityIdSchema }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('accounts.link');
      await options.users.unassignCare(actor, request.params.id, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );
}
