import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import { employeeDossierSchema, employeeIdParamsSchema } from '../../../contracts/employees.js';
import type { EmployeesUseCases } from './employees.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
};

export async function employeesRoutes(
  app: FastifyInstance,
  options: { employees: EmployeesUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { employees } = options;

  routes.get(
    '/api/employees/:employeeId',
    {
      schema: {
        tags: ['employees'],
        summary: 'The dossier of an employee: personal data and employments with all versions',
        params: employeeIdParamsSchema,
        response: { 200: employeeDossierSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('employees.read');
      return employees.viewDossier(actor, request.params.employeeId);
    },
  );
}
