import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema } from '../../../../contracts/common.js';
import type { SiviUseCases } from './integration.sivi.usecases.js';

const exportQuerySchema = z.object({
  /** Leave out cases that ended before this day (YYYY-MM-DD); all cases when absent. */
  since: isoDateSchema.optional(),
});

/** SIVI Verzuimmeldingen 2024.0 over HTTP (issue 13): the export as an XML download. */
export async function siviRoutes(
  app: FastifyInstance,
  options: { sivi: SiviUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/integration/sivi/verzuimmeldingen',
    {
      config: { permission: 'integration.sivi' },
      schema: {
        tags: ['integration'],
        summary:
          "The employer's sickness cases as one SIVI Verzuimmeldingen 2024.0 file, validated against the XSD",
        description:
          'A sick report is a Vrzm with EndVrzmJN=N; each later change of percentage a Vrzm with the same VrzmgvlId and the next VrzmgvlVnrMld; the recovery EndVrzmJN=J with DatHrstld. The answer is application/xml (a download); errors leave as JSON.',
        querystring: exportQuerySchema,
        // A file, not JSON: no response schema (errors still leave in the usual shape).
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('integration.sivi');
      const file = await options.sivi.exportVerzuimmeldingen(actor, request.query.since);
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.xml);
    },
  );
}
