import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  exportRequestSchema,
  reportExportListSchema,
  reportExportParamsSchema,
  reportExportSchema,
} from '../../../contracts/report-exports.js';
import type { ExportJobsUseCases } from './reports.exportjobs.usecases.js';

const tags = ['reports'];
const permission = 'statistics.read';
const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
const refusals = {
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** Report exports prepared in the background (reports.exportjobs.usecases.ts). */
export async function reportExportJobsRoutes(
  app: FastifyInstance,
  options: { exports: ExportJobsUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { exports } = options;

  routes.post(
    '/api/reports/exports',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          "Prepares a statistical report's Excel or PDF in the background, within the user's " +
          'dossier scope; poll the export for its progress, download it for 7 days',
        body: exportRequestSchema,
        response: { 202: reportExportSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      const created = await exports.request({ ...actor, locale: request.locale }, request.body);
      return reply.code(202).send(created);
    },
  );

  routes.get(
    '/api/reports/exports',
    {
      config: { permission },
      schema: {
        tags,
        summary: "The user's exports of the last 7 days with their progress, newest first",
        response: { 200: reportExportListSchema, ...refusals },
      },
    },
    async (request) => exports.list(await request.requireActor(permission)),
  );

  routes.get(
    '/api/reports/exports/:id',
    {
      config: { permission },
      schema: {
        tags,
        summary: "One of the user's exports with its progress",
        params: reportExportParamsSchema,
        response: { 200: reportExportSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request) => exports.get(await request.requireActor(permission), request.params.id),
  );

  routes.get(
    '/api/reports/exports/:id/file',
    {
      config: { permission },
      schema: {
        tags,
        summary: "The file of one of the user's finished exports",
        params: reportExportParamsSchema,
        response: { 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      const file = await exports.download(actor, request.params.id);
      return (
        reply
          .header('content-type', contentTypes[file.format])
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          // A stream is sent as it is; the response schemas are the refusals only.
          .send(file.content as never)
      );
    },
  );
}
