import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  feedbackListResponseSchema,
  feedbackSchema,
  functionalAdviceListResponseSchema,
  functionalAdviceSchema,
  newFeedbackSchema,
  newFunctionalAdviceSchema,
} from '../../../contracts/dossier-advice.js';
import type { DossierUseCases } from './dossier.usecases.js';

const employeeParams = z.object({ employeeId: entityIdSchema });
const refusals = {
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

/** The arbodienst's side of the dossier: functional advice and terugkoppeling (issue 14). */
export function adviceRoutes(app: FastifyInstance, dossier: DossierUseCases): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/employees/:employeeId/functional-advice',
    {
      config: { permission: 'dossier.notes' },
      schema: {
        tags: ['dossier'],
        summary: "The company doctor's functional advice of an employee (dossier.notes, audited)",
        params: employeeParams,
        response: { 200: functionalAdviceListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.notes');
      return { advices: await dossier.listFunctionalAdvice(actor, request.params.employeeId) };
    },
  );

  routes.post(
    '/api/employees/:employeeId/functional-advice',
    {
      config: { permission: 'advice.write' },
      schema: {
        tags: ['dossier'],
        summary:
          'Record functional advice (company doctor); the employee receives the same text by ' +
          'e-mail when the datakluis holds an address, else it is marked for printing (audited)',
        params: employeeParams,
        body: newFunctionalAdviceSchema,
        response: { 201: functionalAdviceSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('advice.write');
      const advice = await dossier.addFunctionalAdvice(
        actor,
        request.params.employeeId,
        request.body,
      );
      return reply.status(201).send(advice);
    },
  );

  routes.get(
    '/api/employees/:employeeId/feedback',
    {
      config: { permission: 'dossier.notes' },
      schema: {
        tags: ['dossier'],
        summary: 'Terugkoppeling after consultations of an employee (dossier.notes, audited)',
        params: employeeParams,
        response: { 200: feedbackListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('dossier.notes');
      return { feedback: await dossier.listFeedback(actor, request.params.employeeId) };
    },
  );

  routes.post(
    '/api/employees/:employeeId/feedback',
    {
      config: { permission: 'feedback.write' },
      schema: {
        tags: ['dossier'],
        summary:
          'Place a terugkoppeling (casemanager, company doctor); signals the employer (audited)',
        params: employeeParams,
        body: newFeedbackSchema,
        response: { 201: feedbackSchema, 400: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('feedback.write');
      const feedback = await dossier.addFeedback(actor, request.params.employeeId, request.body);
      return reply.status(201).send(feedback);
    },
  );
}
