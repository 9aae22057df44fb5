import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  addEmployeeRequestSchema,
  changeEmploymentRequestSchema,
  correctEmploymentRequestSchema,
  createdEmployeeSchema,
  departmentCountsResponseSchema,
  employeeDossierSchema,
  employeeIdParamsSchema,
  employeeSearchQuerySchema,
  employeeSearchResponseSchema,
  employmentParamsSchema,
  endEmploymentRequestSchema,
  newEmploymentSchema,
  outOfServiceRequestSchema,
  personalDetailsSchema,
  recentDossiersResponseSchema,
  setManagerRequestSchema,
} from '../../../contracts/employees.js';
import { employeeTagsRoutes } from './employees.tags.routes.js';
import type { EmployeesUseCases } from './employees.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};
const writeRefusals = { ...refusals, 409: errorResponseSchema };
const noContent = { 204: z.null(), ...writeRefusals };

export async function employeesRoutes(
  app: FastifyInstance,
  options: { employees: EmployeesUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { employees } = options;
  await app.register(employeeTagsRoutes, { employees });

  routes.get(
    '/api/employees',
    {
      config: { permission: 'employees.search' },
      schema: {
        tags: ['employees'],
        summary: 'Dossier zoeken: employees in scope by name and extended criteria, paged',
        querystring: employeeSearchQuerySchema,
        response: { 200: employeeSearchResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.search');
      return employees.searchEmployees(actor, request.query);
    },
  );

  routes.get(
    '/api/employees/department-counts',
    {
      config: { permission: 'employees.search' },
      schema: {
        tags: ['employees'],
        summary: 'Employees in service today per department, within the scope',
        response: { 200: departmentCountsResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.search');
      return employees.departmentCounts(actor);
    },
  );

  routes.get(
    '/api/employees/recent',
    {
      config: { permission: 'employees.read' },
      schema: {
        tags: ['employees'],
        summary: "Recent bezochte dossiers: the user's last 10 opened dossiers",
        response: { 200: recentDossiersResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.read');
      return employees.recentDossiers(actor);
    },
  );

  routes.post(
    '/api/employees',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Werknemer toevoegen: an employee with one or two employments',
        body: addEmployeeRequestSchema,
        response: { 201: createdEmployeeSchema, ...writeRefusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      return reply.status(201).send(await employees.registerEmployee(actor, request.body));
    },
  );

  routes.get(
    '/api/employees/:employeeId',
    {
      config: { permission: 'employees.read' },
      schema: {
        tags: ['employees'],
        summary: 'The dossier of an employee: personal data and employments with all versions',
        params: employeeIdParamsSchema,
        response: { 200: employeeDossierSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.read');
      return employees.viewDossier(actor, request.params.employeeId, request.locale);
    },
  );

  routes.put(
    '/api/employees/:employeeId/details',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Werknemer muteren: name parts, gender, date of birth, personnel number',
        params: employeeIdParamsSchema,
        body: personalDetailsSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      await employees.updatePersonalDetails(actor, request.params.employeeId, request.body);
      return reply.status(204).send(null);
    },
  );

  routes.put(
    '/api/employees/:employeeId/manager',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: "Set the employee's manager (a user of the employer)",
        params: employeeIdParamsSchema,
        body: setManagerRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      await employees.setManager(actor, request.params.employeeId, request.body.userId);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/employees/:employeeId/employments',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Add an employment: a second job, or re-hiring someone who left',
        params: employeeIdParamsSchema,
        body: newEmploymentSchema,
        response: { 201: createdEmployeeSchema, ...writeRefusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      const created = await employees.addEmploymentFor(
        actor,
        request.params.employeeId,
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  routes.post(
    '/api/employees/:employeeId/employments/:employmentId/correction',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Dienstverband corrigeren: fix the current terms in place (no history)',
        params: employmentParamsSchema,
        body: correctEmploymentRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      const { employeeId, employmentId } = request.params;
      await employees.correctEmployment(actor, employeeId, employmentId, request.body);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/employees/:employeeId/employments/:employmentId/changes',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Dienstverband wijzigen: new terms from a date, history kept',
        params: employmentParamsSchema,
        body: changeEmploymentRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      const { employeeId, employmentId } = request.params;
      await employees.changeEmploymentFor(actor, employeeId, employmentId, request.body);
      return reply.status(204).send(null);
    },
  );

  routes.put(
    '/api/employees/:employeeId/employments/:employmentId/end',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'End one employment on a date (null opens it again)',
        params: employmentParamsSchema,
        body: endEmploymentRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      const { employeeId, employmentId } = request.params;
      await employees.endEmployment(actor, employeeId, employmentId, request.body.endDate);
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/employees/:employeeId/out-of-service',
    {
      config: { permission: 'employees.write' },
      schema: {
        tags: ['employees'],
        summary: 'Uit dienst melden: end every employment on a date, with a reason; overwritable',
        params: employeeIdParamsSchema,
        body: outOfServiceRequestSchema,
        response: noContent,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('employees.write');
      await employees.reportOutOfService(actor, request.params.employeeId, request.body);
      return reply.status(204).send(null);
    },
  );
}
