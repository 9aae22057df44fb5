import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ApiScope } from '../../../contracts/api-clients.js';
import {
  apiAbsenceWrittenSchema,
  apiIdempotencyHeadersSchema,
  apiReportSickSchema,
} from '../../../contracts/api-v1-absences.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import type { IntegrationUseCases } from './integration.usecases.js';

const writeRefusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
  429: errorResponseSchema,
};

/** The absence writes of the REST API v1; registered by `apiV1Routes`, which gives the options. */
export function apiAbsenceWriteRoutes(
  app: FastifyInstance,
  options: {
    integration: IntegrationUseCases;
    configOf: (scope: ApiScope) => Record<string, unknown>;
    tags: string[];
    security: Record<string, string[]>[];
  },
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { integration, configOf, tags, security } = options;

  routes.post(
    '/api/v1/absences',
    {
      config: configOf('absences:write'),
      schema: {
        tags,
        security,
        summary: 'Report an employee sick (scope absences:write), backdated if need be',
        description:
          'The rules of the app apply: the first sick day lies inside an employment, overlaps no other absence (an open one included: `case_overlapping`) and is at most 14 days ahead. A recurrence within 28 days of an earlier absence joins its legal case (wachttijd): `legalCase.recurrence` is then true. Send an `Idempotency-Key` to retry safely: the same key with the same body replays the first answer (header `idempotent-replayed: true`); with another body it is refused (422 `api_idempotency_key_reused`). Refused unless the employer’s HR-integration mode is `full` or `absence_only` (409 `api_not_given_to_hr_system`).',
        headers: apiIdempotencyHeadersSchema,
        body: apiReportSickSchema.meta({
          example: {
            personnelNumber: '0012',
            hrAbsenceId: 'AFW-2026-0417',
            firstSickDay: '2026-11-02',
            percentage: 100,
            classification: 'illness',
          },
        }),
        response: {
          201: apiAbsenceWrittenSchema.meta({
            example: {
              id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
              hrAbsenceId: 'AFW-2026-0417',
              employeeId: '0b7a3c1e-2f4d-4a51-9c6e-3d2b1a0f9e87',
              firstDay: '2026-11-02',
              lastDay: null,
              percentages: [{ validFrom: '2026-11-02', percentage: 100 }],
              legalCase: {
                firstSickDay: '2026-10-12',
                previousAbsenceId: '3c2b1a0f-9e87-4d6c-8b5a-4a3928170f6e',
                recurrence: true,
                waitingDaysBefore: 14,
              },
            },
          }),
          ...writeRefusals,
        },
      },
    },
    async (request, reply) => {
      const answer = await integration.apiReportSick(
        request.requireApiCaller(),
        request.body,
        request.headers['idempotency-key'],
      );
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(answer.statusCode).send(answer.body);
    },
  );
}
