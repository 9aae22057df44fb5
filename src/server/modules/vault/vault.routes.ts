import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  accessRequestListResponseSchema,
  authorisationResponseSchema,
  decideRequestSchema,
  maskedPersonalDataResponseSchema,
  personalDataChangeSchema,
  revealRequestSchema,
  revealResponseSchema,
  setAccessRequestSchema,
  signAgreementRequestSchema,
  vaultDocumentListResponseSchema,
  vaultDocumentNames,
  vaultDocumentResponseSchema,
  vaultStatusResponseSchema,
} from '../../../contracts/vault.js';
import type { Clock } from '../../platform/clock.js';
import { requireAuthenticated } from '../../platform/session/session.plugin.js';
import { hasFreshStepUp } from '../../platform/session/session.js';
import type { VaultUseCases } from './vault.usecases.js';

const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

/**
 * The datakluis over HTTP. The BSN appears only in the reveal answer (a POST, never cached, never
 * in a URL); lists and the masked view carry •••••1234 at most.
 */
export async function vaultRoutes(
  app: FastifyInstance,
  options: { vault: VaultUseCases; clock: Clock },
): Promise<void> {
  const { vault } = options;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const employeeParams = z.object({ id: entityIdSchema });

  routes.get(
    '/api/employees/:id/personal-data',
    {
      config: { permission: 'employees.read' },
      schema: {
        tags: ['vault'],
        summary: "An employee's vault record, masked (employees.read, in scope)",
        params: employeeParams,
        response: { 200: maskedPersonalDataResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.read');
      return vault.maskedPersonalData(actor, request.params.id);
    },
  );

  routes.patch(
    '/api/employees/:id/personal-data',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['vault'],
        summary: "Change an employee's vault record; fields left out stay (employees.write)",
        params: employeeParams,
        body: personalDataChangeSchema,
        response: {
          200: maskedPersonalDataResponseSchema.pick({ personalData: true }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.write');
      const personalData = await vault.changePersonalData(actor, request.params.id, request.body);
      return { personalData };
    },
  );

  routes.post(
    '/api/employees/:id/personal-data/reveal',
    {
      config: { permission: 'employees.read' },
      schema: {
        tags: ['vault'],
        summary:
          'Reveal the clear record: vault access, in scope, a second factor within 5 minutes; logged',
        params: employeeParams,
        body: revealRequestSchema,
        response: { 200: revealResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.read');
      const session = requireAuthenticated(request);
      const personalData = await vault.revealPersonalData(
        actor,
        request.params.id,
        request.body.purpose,
        hasFreshStepUp(session, options.clock.now()),
      );
      return { personalData };
    },
  );

  routes.get(
    '/api/vault/status',
    {
      schema: {
        tags: ['vault'],
        summary: "The employer's agreement and this user's vault access (also before signing)",
        response: { 200: vaultStatusResponseSchema, ...errorResponses },
      },
    },
    async (request) => vault.status(await request.requireActorForAgreement()),
  );

  routes.post(
    '/api/vault/agreement',
    {
      schema: {
        tags: ['vault'],
        summary: 'A super user signs the datakluis user agreement for the employer',
        body: signAgreementRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorForAgreement();
      await vault.signAgreement(actor, request.body, {
        userAgent: request.headers['user-agent'],
        locale: request.locale,
      });
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/vault/documents',
    {
      schema: {
        tags: ['vault'],
        summary: 'Beheerdersovereenkomsten: the four agreements and their versions',
        response: { 200: vaultDocumentListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await request.requireActorForAgreement();
      return { documents: vault.listDocuments() };
    },
  );

  routes.get(
    '/api/vault/documents/:document/:version',
    {
      schema: {
        tags: ['vault'],
        summary: 'The exact text of one version of an agreement',
        params: z.object({ document: z.enum(vaultDocumentNames), version: z.string().max(40) }),
        response: { 200: vaultDocumentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await request.requireActorForAgreement();
      return vault.document(request.params.document, request.params.version);
    },
  );

  /** Management routes: an employer that has signed, and (in the use case) a vault admin. */
  const managingActor = async (request: FastifyRequest) => {
    const actor = await request.requireActorForAgreement();
    await vault.requireAgreement(actor);
    return actor;
  };

  routes.get(
    '/api/vault/authorisation',
    {
      schema: {
        tags: ['vault'],
        summary: 'Autorisatie: every user of the employer with their vault level (vault admins)',
        response: { 200: authorisationResponseSchema, ...errorResponses },
      },
    },
    async (request) => ({ users: await vault.listAuthorisation(await managingActor(request)) }),
  );

  routes.put(
    '/api/vault/authorisation/:userId',
    {
      schema: {
        tags: ['vault'],
        summary: "Set a user's vault level; the last admin cannot be withdrawn (vault admins)",
        params: z.object({ userId: entityIdSchema }),
        body: setAccessRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await vault.setAccess(
        await managingActor(request),
        request.params.userId,
        request.body.level,
      );
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/vault/access-requests',
    {
      schema: {
        tags: ['vault'],
        summary: 'Ask the vault admins for access to the datakluis',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await vault.requestAccess(await managingActor(request));
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/vault/access-requests',
    {
      schema: {
        tags: ['vault'],
        summary: 'Beheeracties: access requests, pending first (vault admins)',
        response: { 200: accessRequestListResponseSchema, ...errorResponses },
      },
    },
    async (request) => ({ requests: await vault.listRequests(await managingActor(request)) }),
  );

  routes.post(
    '/api/vault/access-requests/:id/decision',
    {
      schema: {
        tags: ['vault'],
        summary:
          'Approve or refuse a pending access request; the requester is mailed (vault admins)',
        params: z.object({ id: entityIdSchema }),
        body: decideRequestSchema,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await vault.decideRequest(
        await managingActor(request),
        request.params.id,
        request.body.decision,
      );
      return reply.status(204).send(null);
    },
  );
}
