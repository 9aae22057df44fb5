import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ApiScope } from '../../../contracts/api-clients.js';
import {
  apiAbsencePageSchema,
  apiDepartmentListSchema,
  apiEmployeePageSchema,
  apiEmployeeParamsSchema,
  apiEmployeeSchema,
  apiListQuerySchema,
  apiTaskPageSchema,
} from '../../../contracts/api-v1.js';
import { apiIdempotencyHeadersSchema } from '../../../contracts/api-v1-absences.js';
import { apiEmployeeUpsertSchema } from '../../../contracts/api-v1-employees.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import { apiAbsenceWriteRoutes } from './integration.api.absences.routes.js';
import { apiDossierRoutes } from './integration.api.dossier.routes.js';
import { apiWriteRefusals, sendApiAnswer } from './integration.api.answers.js';
import type { IntegrationUseCases } from './integration.usecases.js';

const tags = ['api-v1'];
const security = [{ bearer: [] }];
const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  429: errorResponseSchema,
};

const employeeExample = {
  id: '0b7a3c1e-2f4d-4a51-9c6e-3d2b1a0f9e87',
  personnelNumber: '0012',
  firstName: 'Sanne',
  initials: 'S.',
  namePrefix: 'de',
  lastName: 'Vries',
  gender: 'f',
  dateOfBirth: '1985-03-14',
  employments: [
    {
      id: '5d1e2c3b-4a59-4f68-8e7d-6c5b4a392817',
      number: 1,
      startDate: '2020-02-01',
      endDate: null,
    },
  ],
  updatedAt: '2026-12-07 09:15:02.123456+00',
};

/**
 * The REST API v1 for an employer's HR system (SPEC.md §2.10): bearer tokens of
 * `POST /api/v1/oauth/token` only (bearer.plugin.ts resolves the caller and checks each route's
 * `apiScope`), limited per API client. Routes are thin: the integration use cases read.
 */
export async function apiV1Routes(
  app: FastifyInstance,
  options: { integration: IntegrationUseCases; perClientPerMinute: number },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { integration } = options;
  const configOf = (apiScope: ApiScope) => ({
    apiScope,
    rateLimit: {
      max: options.perClientPerMinute,
      timeWindow: 60_000,
      // The bearer plugin ran before (an onRequest hook of the root); every route shares one count.
      keyGenerator: (request: { apiCaller: { clientId: string } | null; ip: string }) =>
        `api-client:${request.apiCaller?.clientId ?? request.ip}`,
    },
  });

  routes.get(
    '/api/v1/departments',
    {
      config: configOf('employees:read'),
      schema: {
        tags,
        security,
        summary: "The employer's departments (scope employees:read)",
        response: { 200: apiDepartmentListSchema, ...refusals },
      },
    },
    async (request) => integration.apiDepartments(request.requireApiCaller()),
  );

  routes.get(
    '/api/v1/employees',
    {
      config: configOf('employees:read'),
      schema: {
        tags,
        security,
        summary: 'Employees with their employments, paged in the order of last change',
        description:
          'Synchronise with `updatedSince` (ISO 8601) and follow `nextCursor` until it is null; `limit` 1–500 (100).',
        querystring: apiListQuerySchema,
        response: {
          200: apiEmployeePageSchema.meta({
            example: { data: [employeeExample], nextCursor: null },
          }),
          ...refusals,
        },
      },
    },
    async (request) => integration.apiEmployees(request.requireApiCaller(), request.query),
  );

  routes.get(
    '/api/v1/employees/:employee',
    {
      config: configOf('employees:read'),
      schema: {
        tags,
        security,
        summary: 'One employee, by our id or by personnel number (`personnelNumber:0012`)',
        description:
          'Address the employee by the uuid Verzuim gave it, or by the HR system’s personnel number written `personnelNumber:<number>` (URL-encoded where needed; leading zeros count).',
        params: apiEmployeeParamsSchema,
        response: {
          200: apiEmployeeSchema.meta({ example: employeeExample }),
          ...refusals,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => integration.apiEmployee(request.requireApiCaller(), request.params.employee),
  );

  routes.put(
    '/api/v1/employees/:employee',
    {
      config: configOf('employees:write'),
      schema: {
        tags,
        security,
        summary:
          'Create or update one employee with its employments and their history (scope employees:write)',
        description:
          'An idempotent upsert of the employee as the HR system holds it, addressed as in GET (our id, or `personnelNumber:<number>`: a personnel number the employer does not have yet creates the employee, 201; otherwise 200). Each employment is matched by the HR system’s `hrEmploymentId` (or a stored one without it starting the same day, which then gets it) and gets exactly the given `versions`: the terms from `validFrom` on, oldest first, the first on `startDate` (a department move or other hours from a date is a further version). Employments left out are kept as they are. The same body again changes nothing. An id of another employer is not found (404); an `hrEmploymentId` of another employee is refused (`api_hr_employment_id_taken`). Refused unless the employer’s HR-integration mode is `full` (409 `api_not_given_to_hr_system`). An `Idempotency-Key` may be sent as with the other writes. Answers the employee as GET shows it.',
        params: apiEmployeeParamsSchema,
        headers: apiIdempotencyHeadersSchema,
        body: apiEmployeeUpsertSchema.meta({
          example: {
            personnelNumber: '0012',
            firstName: 'Sanne',
            initials: 'S.',
            namePrefix: 'de',
            lastName: 'Vries',
            gender: 'f',
            dateOfBirth: '1985-03-14',
            employments: [
              {
                hrEmploymentId: 'DV-0012-1',
                startDate: '2020-02-01',
                contractStartDate: null,
                endDate: null,
                versions: [
                  {
                    validFrom: '2020-02-01',
                    departmentId: '7c6b5a49-3827-4165-9f4e-3d2c1b0a9f8e',
                    contractHoursPerWeek: 32,
                    functionName: 'Verkoper',
                    functionGroup: null,
                    employmentType: 'permanent',
                    noRiskPolicy: false,
                  },
                  {
                    validFrom: '2026-01-01',
                    departmentId: '7c6b5a49-3827-4165-9f4e-3d2c1b0a9f8e',
                    contractHoursPerWeek: 24,
                    functionName: 'Verkoper',
                    functionGroup: null,
                    employmentType: 'permanent',
                    noRiskPolicy: false,
                  },
                ],
              },
            ],
          },
        }),
        response: {
          200: apiEmployeeSchema.meta({ example: employeeExample }),
          201: apiEmployeeSchema.meta({ example: employeeExample }),
          ...apiWriteRefusals,
        },
      },
    },
    async (request, reply) => {
      const answer = await integration.apiUpsertEmployee(
        request.requireApiCaller(),
        request.params.employee,
        request.body,
        request.headers['idempotency-key'],
      );
      return sendApiAnswer(reply, answer);
    },
  );

  routes.get(
    '/api/v1/absences',
    {
      config: configOf('absences:read'),
      schema: {
        tags,
        security,
        summary:
          'Sickness absences with their percentage timeline, paged in the order of last change',
        querystring: apiListQuerySchema,
        response: {
          200: apiAbsencePageSchema.meta({
            example: {
              data: [
                {
                  id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
                  employeeId: employeeExample.id,
                  personnelNumber: '0012',
                  firstDay: '2026-11-02',
                  lastDay: null,
                  previousAbsenceId: null,
                  percentages: [
                    { validFrom: '2026-11-02', percentage: 100 },
                    { validFrom: '2026-11-16', percentage: 50 },
                  ],
                  updatedAt: '2026-11-16 08:01:44.5+00',
                },
              ],
              nextCursor: null,
            },
          }),
          ...refusals,
        },
      },
    },
    async (request) => integration.apiAbsences(request.requireApiCaller(), request.query),
  );

  routes.get(
    '/api/v1/tasks',
    {
      config: configOf('tasks:read'),
      schema: {
        tags,
        security,
        summary:
          'The tasks of the legal cases (scope tasks:read), paged in the order of last change',
        description:
          'Read-only: the Poortwachter (and WAZO) tasks Verzuim plans for each legal case, by the protocol task `code`, with `absenceId` the first absence of the legal case. Synchronise with `updatedSince` and `nextCursor` as for the other lists; `limit` 1–500 (100).',
        querystring: apiListQuerySchema,
        response: {
          200: apiTaskPageSchema.meta({
            example: {
              data: [
                {
                  id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
                  employeeId: employeeExample.id,
                  absenceId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
                  code: 'ziekmelding_arbodienst',
                  occurrence: 0,
                  dueDate: '2026-11-08',
                  dueSickDay: 7,
                  status: 'open',
                  important: true,
                  doneOn: null,
                  updatedAt: '2026-11-02 08:01:44.5+00',
                },
              ],
              nextCursor: null,
            },
          }),
          ...refusals,
        },
      },
    },
    async (request) => integration.apiTasks(request.requireApiCaller(), request.query),
  );

  apiAbsenceWriteRoutes(app, { integration, configOf, tags, security });
  await app.register(apiDossierRoutes, {
    integration,
    configOf,
    tags,
    security,
    documentMaxBytes: integration.limits.documentMaxBytes,
  });
}
