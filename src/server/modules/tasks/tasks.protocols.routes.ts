import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  addProtocolTaskRequestSchema,
  changeProtocolTaskRequestSchema,
  createProtocolVariantRequestSchema,
  protocolListResponseSchema,
  protocolParamsSchema,
  protocolSchema,
  protocolTaskParamsSchema,
} from '../../../contracts/protocols.js';
import type { TasksUseCases } from './tasks.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
/** The operator admin's, across employers: a protocol serves every employer of the arbodienst. */
const manage = { permission: 'protocols.manage', acrossEmployers: true } as const;
const tags = ['protocols'];

/** Protocollen (SPEC.md §2.7): every edit answers the protocol's next version. */
export async function protocolsRoutes(
  app: FastifyInstance,
  options: { tasks: TasksUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { tasks } = options;
  const actorOf = (request: FastifyRequest) =>
    request.requireActorAcrossEmployers('protocols.manage');

  routes.get(
    '/api/protocols',
    {
      config: manage,
      schema: {
        tags,
        summary: 'The last version of every protocol and of every employer variant',
        response: { 200: protocolListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      await actorOf(request);
      return { items: await tasks.listProtocols() };
    },
  );

  routes.post(
    '/api/protocols/:protocolId/tasks',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Adds a task: writes the next version (audited)',
        params: protocolParamsSchema,
        body: addProtocolTaskRequestSchema,
        response: { 200: protocolSchema, ...refusals },
      },
    },
    async (request) =>
      tasks.addProtocolTask(await actorOf(request), request.params.protocolId, request.body),
  );

  routes.put(
    '/api/protocols/:protocolId/tasks/:taskCode',
    {
      config: manage,
      schema: {
        tags,
        summary: "Changes a task's names and offset: writes the next version (audited)",
        params: protocolTaskParamsSchema,
        body: changeProtocolTaskRequestSchema,
        response: { 200: protocolSchema, ...refusals },
      },
    },
    async (request) =>
      tasks.changeProtocolTask(
        await actorOf(request),
        request.params.protocolId,
        request.params.taskCode,
        request.body,
      ),
  );

  routes.delete(
    '/api/protocols/:protocolId/tasks/:taskCode',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Removes a task: writes the next version (audited)',
        params: protocolTaskParamsSchema,
        response: { 200: protocolSchema, ...refusals },
      },
    },
    async (request) =>
      tasks.removeProtocolTask(
        await actorOf(request),
        request.params.protocolId,
        request.params.taskCode,
      ),
  );

  routes.post(
    '/api/protocols/:protocolId/variants',
    {
      config: manage,
      schema: {
        tags,
        summary: "Makes an employer's own variant of a default protocol (audited)",
        params: protocolParamsSchema,
        body: createProtocolVariantRequestSchema,
        response: { 200: protocolSchema, ...refusals },
      },
    },
    async (request) =>
      tasks.createProtocolVariant(
        await actorOf(request),
        request.params.protocolId,
        request.body.employerId,
      ),
  );
}
