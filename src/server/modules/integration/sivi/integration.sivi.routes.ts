import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema, isoDateSchema } from '../../../../contracts/common.js';
import { siviCheckResponseSchema } from '../../../../contracts/integration-sivi.js';
import { errors } from '../../../platform/errors.js';
import type { SiviUseCases } from './integration.sivi.usecases.js';

const exportQuerySchema = z.object({
  /** Leave out cases that ended before this day (YYYY-MM-DD); all cases when absent. */
  since: isoDateSchema.optional(),
});

/** SIVI Verzuimmeldingen 2024.0 over HTTP (issue 13): the export as an XML download. */
export async function siviRoutes(
  app: FastifyInstance,
  options: { sivi: SiviUseCases; maxBytes: number },
): Promise<void> {
  // Only this plugin parses multipart: one file, no other fields, at most `maxBytes`.
  await app.register(fastifyMultipart, {
    limits: { fileSize: options.maxBytes, files: 1, fields: 0, parts: 1 },
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/integration/sivi/verzuimmeldingen/check',
    {
      config: { permission: 'integration.sivi' },
      schema: {
        tags: ['integration'],
        summary:
          'Checks an uploaded SIVI Verzuimmeldingen (multipart, field file) against the XSD and the rules of each case; stores nothing',
        consumes: ['multipart/form-data'],
        response: {
          200: siviCheckResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          413: errorResponseSchema,
          415: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActor('integration.sivi');
      if (!request.isMultipart()) throw errors.unsupportedMediaType();
      const part = await request.file();
      if (!part) throw errors.unsupportedMediaType();
      let content: Buffer;
      try {
        content = await part.toBuffer();
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw errors.payloadTooLarge();
        }
        throw error;
      }
      return options.sivi.checkVerzuimmeldingen(actor, content, request.t);
    },
  );

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
