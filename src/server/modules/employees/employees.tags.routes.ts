import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import { employeeIdParamsSchema } from '../../../contracts/employees.js';
import { dossierTagSchema, dossierTagsResponseSchema } from '../../../contracts/retention.js';
import type { EmployeesUseCases } from './employees.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const permission = 'dossier.tags' as const;
const tagParams = z.object({ employeeId: entityIdSchema, tag: dossierTagSchema });

/** The dossier tags "lopende rechtszaak" and "uitgesloten van opschoning" (DOMAIN.md §5). */
export async function employeeTagsRoutes(
  app: FastifyInstance,
  options: { employees: EmployeesUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { employees } = options;

  routes.get(
    '/api/employees/:employeeId/tags',
    {
      config: { permission },
      schema: {
        tags: ['employees'],
        summary: "The dossier's tags (dossier.tags)",
        params: employeeIdParamsSchema,
        response: { 200: dossierTagsResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor(permission);
      return { tags: await employees.dossierTags(actor, request.params.employeeId) };
    },
  );

  for (const [method, present] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    routes.route({
      method,
      url: '/api/employees/:employeeId/tags/:tag',
      config: { permission },
      schema: {
        tags: ['employees'],
        summary: present
          ? 'Set a dossier tag; exempts the dossier from the clean-up (dossier.tags)'
          : 'Remove a dossier tag (dossier.tags)',
        params: tagParams,
        response: { 200: dossierTagsResponseSchema, ...refusals },
      },
      handler: async (request) => {
        const actor = await request.requireActor(permission);
        const { employeeId, tag } = request.params;
        return { tags: await employees.setDossierTag(actor, employeeId, tag, present) };
      },
    });
  }
}
