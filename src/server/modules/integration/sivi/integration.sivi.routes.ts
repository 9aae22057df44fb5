import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema, isoDateSchema } from '../../../../contracts/common.js';
import {
  siviCheckResponseSchema,
  siviImportListSchema,
  siviImportRefusedSchema,
  siviImportSchema,
} from '../../../../contracts/integration-sivi.js';
import { errors } from '../../../platform/errors.js';
import { readUploadedFile } from '../../../platform/http/multipart.js';
import type { SiviUseCases } from './integration.sivi.usecases.js';

const exportQuerySchema = z.object({
  /** Leave out cases that ended before this day (YYYY-MM-DD); all cases when absent. */
  since: isoDateSchema.optional(),
});

/** The one file of a multipart upload, refused when absent or larger than the limit. */
async function uploadOf(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  const upload = await readUploadedFile(request, errors.payloadTooLarge);
  if (!upload) throw errors.unsupportedMediaType();
  return { fileName: upload.fileName.slice(0, 255), bytes: upload.content };
}

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
      const upload = await uploadOf(request);
      return options.sivi.checkVerzuimmeldingen(actor, upload.bytes, request.t);
    },
  );

  routes.post(
    '/api/integration/sivi/verzuimmeldingen/import',
    {
      config: { permission: 'integration.sivi' },
      schema: {
        tags: ['integration'],
        summary:
          'Imports an uploaded SIVI Verzuimmeldingen (multipart, field file): applied all-or-nothing, logged per element',
        description:
          'The message is checked against the XSD and the rules of each case, then applied in one transaction: new employees (by personnel number and IdWrknmr/IdDnstvbnd), sick reports, changes of percentage and recoveries (by VrzmgvlId and VrzmgvlVnrMld). Any refused element leaves the whole message unapplied. A report applied before is `repeated` and not applied again. The answer is the log entry of the message: 200 with result applied or repeated, 422 with result refused and the reason of every refused element.',
        consumes: ['multipart/form-data'],
        response: {
          200: siviImportSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          413: errorResponseSchema,
          415: errorResponseSchema,
          422: siviImportRefusedSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('integration.sivi');
      const upload = await uploadOf(request);
      const logged = await options.sivi.importVerzuimmeldingen(actor, upload, request.t);
      if (logged.result !== 'refused') return logged;
      // A refused message answers 422 with its log entry: the reasons, and nothing applied.
      const count = logged.elements.filter((element) => element.outcome === 'refused').length;
      return reply.code(422).send({
        ...logged,
        error: {
          code: 'sivi_message_refused',
          message: request.t('errors.sivi_message_refused', { count }),
        },
      });
    },
  );

  routes.get(
    '/api/integration/sivi/imports',
    {
      config: { permission: 'integration.sivi' },
      schema: {
        tags: ['integration'],
        summary: 'The processing log of SIVI imports, the latest 100 messages first',
        response: { 200: siviImportListSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = await request.requireActor('integration.sivi');
      return options.sivi.listSiviImports(actor);
    },
  );

  routes.get(
    '/api/integration/sivi/imports/:id',
    {
      config: { permission: 'integration.sivi' },
      schema: {
        tags: ['integration'],
        summary: 'One message of the SIVI processing log, with the outcome of every element',
        params: z.object({ id: z.uuid() }),
        response: {
          200: siviImportSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActor('integration.sivi');
      return options.sivi.getSiviImport(actor, request.params.id, request.t);
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
