import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import type { RetentionUseCases } from './retention.usecases.js';

const permission = 'subject_access.export' as const;

/** Inzage (AVG art. 15): everything held on one employee as a ZIP, for the operator admin. */
export async function subjectAccessRoutes(
  app: FastifyInstance,
  options: { retention: RetentionUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/employers/:id/employees/:employeeId/subject-access',
    {
      config: { permission, acrossEmployers: true },
      schema: {
        tags: ['retention'],
        summary: 'Everything held on an employee as a ZIP (subject_access.export)',
        description:
          "application/zip with gegevens.json (every row as stored, with the audit entries about the employee), dossier.pdf (a readable summary) and documenten/ (the stored files). Not included: BSN and address from the data vault, medical notes. The download is audited as retention.subject_access_exported. 404 for an employee that is not the employer's.",
        params: z.object({ id: entityIdSchema, employeeId: entityIdSchema }),
        // A file, not JSON: no 200 schema (errors still leave in the usual shape).
        response: {
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers(permission);
      const file = await options.retention.subjectAccessExport(
        actor,
        request.params.id,
        request.params.employeeId,
        request.locale,
      );
      return (
        reply
          .header('content-type', 'application/zip')
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .header('cache-control', 'no-store')
          // A Buffer is sent as it is.
          .send(file.zip as never)
      );
    },
  );
}
