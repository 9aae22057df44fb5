import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  newReintegrationDocumentSchema,
  reintegrationDocumentListSchema,
  reintegrationDocumentSchema,
  saveReintegrationDocumentSchema,
  signOffSchema,
} from '../../../contracts/reintegration.js';
import type { ReintegrationUseCases } from './reintegration.usecases.js';

const employeeParams = z.object({ employeeId: entityIdSchema });
const documentParams = z.object({ employeeId: entityIdSchema, documentId: entityIdSchema });
const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const conflict = { 409: errorResponseSchema };
const base = '/api/employees/:employeeId/reintegration-documents';

/**
 * Re-integration and UWV documents from templates (issue 14), with the dossier's permission for
 * documents; the PDF of a final one is a dossier document (its download is the dossier's route).
 */
export async function reintegrationRoutes(
  app: FastifyInstance,
  options: { reintegration: ReintegrationUseCases },
): Promise<void> {
  const { reintegration } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'dossier.documents' } as const;

  routes.get(
    base,
    {
      config,
      schema: {
        tags: ['reintegration'],
        summary: "An employee's re-integration documents with their versions (audited)",
        params: employeeParams,
        response: { 200: reintegrationDocumentListSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return {
        documents: await reintegration.listReintegrationDocuments(actor, request.params.employeeId),
      };
    },
  );

  routes.post(
    base,
    {
      config,
      schema: {
        tags: ['reintegration'],
        summary:
          'Make a draft from a template for a sickness case, prefilled from the dossier and ' +
          'linked to the open task of its kind',
        params: employeeParams,
        body: newReintegrationDocumentSchema,
        response: { 201: reintegrationDocumentSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('dossier.documents');
      const document = await reintegration.createReintegrationDocument(
        actor,
        request.params.employeeId,
        request.body,
      );
      return reply.status(201).send(document);
    },
  );

  routes.put(
    `${base}/:documentId`,
    {
      config,
      schema: {
        tags: ['reintegration'],
        summary: "Save a draft's sections as its next version (409 when final or outdated)",
        params: documentParams,
        body: saveReintegrationDocumentSchema,
        response: { 200: reintegrationDocumentSchema, ...refusals, ...conflict },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return reintegration.saveReintegrationDocument(
        actor,
        request.params.employeeId,
        request.params.documentId,
        request.body,
      );
    },
  );

  routes.post(
    `${base}/:documentId/finalize`,
    {
      config,
      schema: {
        tags: ['reintegration'],
        summary:
          'Make the draft final: its PDF is filed as a UWV document of the dossier and the ' +
          'linked task is done',
        params: documentParams,
        response: { 200: reintegrationDocumentSchema, ...refusals, ...conflict },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return reintegration.finalizeReintegrationDocument(
        actor,
        request.params.employeeId,
        request.params.documentId,
      );
    },
  );

  routes.post(
    `${base}/:documentId/sign-off`,
    {
      config,
      schema: {
        tags: ['reintegration'],
        summary:
          "Record the employer's sign-off (an employer-side user) or the employee's (recorded " +
          'by the acting user) of a final document',
        params: documentParams,
        body: signOffSchema,
        response: { 200: reintegrationDocumentSchema, ...refusals, ...conflict },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.documents');
      return reintegration.signOffReintegrationDocument(
        actor,
        request.params.employeeId,
        request.params.documentId,
        request.body.party,
      );
    },
  );
}
