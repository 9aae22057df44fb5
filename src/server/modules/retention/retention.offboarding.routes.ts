import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  offboardingEraseRequestSchema,
  offboardingReportSchema,
} from '../../../contracts/offboarding.js';
import type { RetentionUseCases } from './retention.usecases.js';

const permission = 'employers.offboard' as const;
const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** Offboarden (issue 14): the operator admin exports everything of an employer, then erases it. */
export async function offboardingRoutes(
  app: FastifyInstance,
  options: { retention: RetentionUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { retention } = options;
  const params = z.object({ id: entityIdSchema });

  routes.get(
    '/api/employers/:id/offboarding/export',
    {
      config: { permission, acrossEmployers: true },
      schema: {
        tags: ['retention'],
        summary: 'Everything of an employer as a ZIP, before offboarding (employers.offboard)',
        description:
          'application/zip with werkgever.json (settings, departments, users without secrets) and per employee medewerkers/<id>/gegevens.json (as the inzage export) with the stored documents. Audited as employers.offboarding_exported.',
        params,
        // A file, not JSON: no 200 schema (errors still leave in the usual shape).
        response: refusals,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers(permission);
      const file = await retention.offboardingExport(actor, request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.zip as never);
    },
  );

  routes.post(
    '/api/employers/:id/offboarding/erase',
    {
      config: { permission, acrossEmployers: true },
      schema: {
        tags: ['retention'],
        summary: 'Erase an employer and all its data (employers.offboard)',
        description:
          "Irreversible. confirmName must equal the employer's name (else 422 offboarding_name_mismatch). Refused with 409 dossier_legal_proceedings (fields: one per dossier tagged lopende rechtszaak) while any dossier carries that tag; then nothing changes. Answers the erasure report: rows per kind.",
        params,
        body: offboardingEraseRequestSchema,
        response: {
          200: offboardingReportSchema,
          ...refusals,
          409: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActorAcrossEmployers(permission);
      return retention.offboardEmployer(actor, request.params.id, request.body.confirmName);
    },
  );
}
