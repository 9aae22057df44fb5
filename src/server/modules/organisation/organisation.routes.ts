import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityIdSchema, errorResponseSchema } from '../../../contracts/common.js';
import {
  closeDepartmentRequestSchema,
  createDepartmentRequestSchema,
  departmentResponseSchema,
  employerListResponseSchema,
  employerRequestSchema,
  employerResponseSchema,
  managerCandidatesResponseSchema,
  organisationStructureResponseSchema,
  setDepartmentManagerRequestSchema,
  updateDepartmentRequestSchema,
} from '../../../contracts/organisation.js';
import type { OrganisationUseCases } from './organisation.usecases.js';

const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};

const idParams = z.object({ id: entityIdSchema });

export async function organisationRoutes(
  app: FastifyInstance,
  options: { organisation: OrganisationUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { organisation } = options;

  routes.get(
    '/api/organisation/departments',
    {
      config: { permission: 'organisation.read' },
      schema: {
        tags: ['organisation'],
        summary: "The departments of the user's employer, with today's headcount",
        response: { 200: organisationStructureResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('organisation.read');
      return organisation.describeStructure(actor.employerId);
    },
  );

  routes.post(
    '/api/organisation/departments',
    {
      config: { permission: 'organisation.manage' },
      schema: {
        tags: ['organisation'],
        summary: 'Create a department, at the top or below another (organisation.manage)',
        body: createDepartmentRequestSchema,
        response: { 201: departmentResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('organisation.manage');
      const department = await organisation.addDepartment(actor, request.body);
      return reply.status(201).send({ department });
    },
  );

  routes.patch(
    '/api/organisation/departments/:id',
    {
      config: { permission: 'organisation.manage' },
      schema: {
        tags: ['organisation'],
        summary: 'Rename and/or move a department; never below itself (organisation.manage)',
        params: idParams,
        body: updateDepartmentRequestSchema,
        response: { 200: departmentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('organisation.manage');
      const department = await organisation.updateDepartment(
        actor,
        request.params.id,
        request.body,
      );
      return { department };
    },
  );

  routes.post(
    '/api/organisation/departments/:id/close',
    {
      config: { permission: 'organisation.manage' },
      schema: {
        tags: ['organisation'],
        summary:
          'Close a department (no open sub-departments, nobody employed in it today); never deleted',
        params: idParams,
        body: closeDepartmentRequestSchema,
        response: { 200: departmentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('organisation.manage');
      const department = await organisation.closeDepartment(
        actor,
        request.params.id,
        request.body.closedOn,
      );
      return { department };
    },
  );

  routes.put(
    '/api/organisation/departments/:id/manager',
    {
      config: { permission: 'organisation.manage' },
      schema: {
        tags: ['organisation'],
        summary: "Set or replace a department's manager (organisation.manage)",
        params: idParams,
        body: setDepartmentManagerRequestSchema,
        response: { 200: departmentResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('organisation.manage');
      const department = await organisation.setDepartmentManager(
        actor,
        request.params.id,
        request.body.managerUserId,
      );
      return { department };
    },
  );

  routes.get(
    '/api/organisation/managers',
    {
      config: { permission: 'organisation.manage' },
      schema: {
        tags: ['organisation'],
        summary: 'Users of the employer who may manage a department (organisation.manage)',
        response: { 200: managerCandidatesResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActor('organisation.manage');
      return { managers: await organisation.managerCandidates(actor.employerId) };
    },
  );

  routes.get(
    '/api/employers',
    {
      config: { permission: 'employers.manage', acrossEmployers: true },
      schema: {
        tags: ['organisation'],
        summary: 'Werkgevers: every employer with its settings (operator admin)',
        querystring: z.object({ search: z.string().trim().max(200).optional() }),
        response: { 200: employerListResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      await request.requireActorAcrossEmployers('employers.manage');
      return { employers: await organisation.listEmployers(request.query.search) };
    },
  );

  routes.post(
    '/api/employers',
    {
      config: { permission: 'employers.manage', acrossEmployers: true },
      schema: {
        tags: ['organisation'],
        summary: 'Create an employer (operator admin)',
        body: employerRequestSchema,
        response: { 201: employerResponseSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('employers.manage');
      const employer = await organisation.addEmployer(actor, request.body);
      return reply.status(201).send({ employer });
    },
  );

  routes.put(
    '/api/employers/:id',
    {
      config: { permission: 'employers.manage', acrossEmployers: true },
      schema: {
        tags: ['organisation'],
        summary: "Change an employer's settings (operator admin)",
        params: idParams,
        body: employerRequestSchema,
        response: { 200: employerResponseSchema, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await request.requireActorAcrossEmployers('employers.manage');
      const employer = await organisation.updateEmployer(actor, request.params.id, request.body);
      return { employer };
    },
  );
}
