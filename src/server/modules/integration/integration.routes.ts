import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  importLimitsSchema,
  importPreviewSchema,
  importResultSchema,
  importTemplateQuerySchema,
  importUploadContentType,
} from '../../../contracts/integration.js';
import { errors } from '../../platform/errors.js';
import type { IntegrationUseCases } from './integration.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  413: errorResponseSchema,
  415: errorResponseSchema,
};

/** The uploaded file: the raw request body (see `importUploadContentType`). */
function uploadedBytes(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body) || body.length === 0) throw errors.unsupportedMediaType();
  return body;
}

/**
 * Bulk import of employees (SPEC.md §2.10). The file travels as the raw body with content type
 * application/octet-stream, up to `maxBytes` (IMPORT_MAX_BYTES): no multipart parser and no
 * base64 overhead, and the server tells CSV from xlsx by the bytes, not by the name or type.
 * The permission is employees.write, which integration super users lack: their HR feed owns the
 * data. The preview is not stored: the commit sends the same file again and is checked anew.
 */
export async function integrationRoutes(
  app: FastifyInstance,
  options: { integration: IntegrationUseCases; maxBytes: number },
): Promise<void> {
  // Only in this plugin's scope: elsewhere an octet-stream body stays unsupported.
  app.addContentTypeParser(
    importUploadContentType,
    { parseAs: 'buffer', bodyLimit: options.maxBytes },
    (_request, body, done) => done(null, body),
  );
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/integration/employee-import/preview',
    {
      config: { permission: 'employees.write' },
      bodyLimit: options.maxBytes,
      schema: {
        tags: ['integration'],
        summary: 'Reads a CSV or xlsx employee file and checks every row; stores nothing',
        consumes: [importUploadContentType],
        response: { 200: importPreviewSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.write');
      return options.integration.preview(actor, uploadedBytes(request.body), request.t);
    },
  );

  routes.post(
    '/api/integration/employee-import',
    {
      config: { permission: 'employees.write' },
      bodyLimit: options.maxBytes,
      schema: {
        tags: ['integration'],
        summary:
          'Imports every employee of the file in one transaction, or none when a row has errors',
        consumes: [importUploadContentType],
        response: {
          201: importResultSchema,
          ...refusals,
          409: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      const result = await options.integration.commit(actor, uploadedBytes(request.body));
      return reply.status(201).send(result);
    },
  );

  routes.get(
    '/api/integration/employee-import/limits',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['integration'],
        summary: 'The largest file (bytes) and the most rows an import accepts',
        response: { 200: importLimitsSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      await request.requireActor('employees.write');
      return options.integration.limits;
    },
  );

  routes.get(
    '/api/integration/employee-import/template',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['integration'],
        summary:
          'The file template (xlsx with an explanation sheet, or CSV) with the import columns',
        // A file, not JSON: no response schema (errors still leave in the usual shape).
        querystring: importTemplateQuerySchema,
      },
    },
    async (request, reply) => {
      await request.requireActor('employees.write');
      const template = await options.integration.template(request.query.format, request.t);
      return reply
        .header('content-type', template.contentType)
        .header('content-disposition', `attachment; filename="${template.fileName}"`)
        .send(template.body);
    },
  );
}
