import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ApiScope } from '../../../contracts/api-clients.js';
import {
  apiAbsenceWithdrawnSchema,
  type ApiAbsenceWritten,
  apiAbsenceWrittenSchema,
  apiChangePercentageSchema,
  apiCorrectionSchema,
  apiIdempotencyHeadersSchema,
  apiRecoverySchema,
  apiReportSickSchema,
  apiWithdrawalSchema,
} from '../../../contracts/api-v1-absences.js';
import {
  type ApiAbsenceKey,
  apiAbsenceParamsSchema,
  apiAbsenceSchema,
} from '../../../contracts/api-v1.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { ApiAnswer } from './integration.api-writes.usecases.js';
import { apiWriteRefusals, sendApiAnswer } from './integration.api.answers.js';
import type { IntegrationUseCases } from './integration.usecases.js';

const absenceId = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const employeeId = '0b7a3c1e-2f4d-4a51-9c6e-3d2b1a0f9e87';
const addressing =
  'Address the absence by the uuid Verzuim gave it, or by the HR system’s own absence id written `hrAbsenceId:<id>` (URL-encoded where needed); another employer’s absence is not found (404).';
const replaying =
  'Send an `Idempotency-Key` to retry safely: the same key with the same request replays the first answer (header `idempotent-replayed: true`); with another request it is refused (422 `api_idempotency_key_reused`). Refused unless the employer’s HR-integration mode is `full` or `absence_only` (409 `api_not_given_to_hr_system`).';

/** An absence as a write answers it, for the examples: `percentages` and `lastDay` as given. */
function writtenExample(
  percentages: ApiAbsenceWritten['percentages'],
  lastDay: string | null = null,
): ApiAbsenceWritten {
  return {
    id: absenceId,
    hrAbsenceId: 'AFW-2026-0417',
    employeeId,
    firstDay: '2026-11-02',
    lastDay,
    percentages,
    legalCase: {
      firstSickDay: '2026-11-02',
      previousAbsenceId: null,
      recurrence: false,
      waitingDaysBefore: 0,
    },
  };
}

/** The absence reads and writes of the REST API v1; registered by `apiV1Routes`, which gives the options. */
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
              id: absenceId,
              hrAbsenceId: 'AFW-2026-0417',
              employeeId,
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
          ...apiWriteRefusals,
        },
      },
    },
    async (request, reply) => {
      const answer = await integration.apiReportSick(
        request.requireApiCaller(),
        request.body,
        request.headers['idempotency-key'],
      );
      return sendApiAnswer(reply, answer);
    },
  );

  routes.get(
    '/api/v1/absences/:absence',
    {
      config: configOf('absences:read'),
      schema: {
        tags,
        security,
        summary: 'One absence, by our id or by the HR system’s (`hrAbsenceId:AFW-2026-0417`)',
        description: addressing,
        params: apiAbsenceParamsSchema,
        response: {
          200: apiAbsenceSchema.meta({
            example: {
              id: absenceId,
              hrAbsenceId: 'AFW-2026-0417',
              employeeId,
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
          }),
          ...apiWriteRefusals,
        },
      },
    },
    async (request) => integration.apiAbsence(request.requireApiCaller(), request.params.absence),
  );

  /** A change of one absence: POST /api/v1/absences/:absence/<path>, answered with `answer`. */
  function absenceChange<Body extends z.ZodType, Answer extends z.ZodType>(
    path: string,
    text: { summary: string; description: string },
    schemas: { body: Body; answer: Answer },
    examples: { request: z.input<Body>; answer: z.output<Answer> },
    handle: (
      caller: ApiCaller,
      absence: ApiAbsenceKey,
      body: z.output<Body>,
      idempotencyKey: string | undefined,
    ) => Promise<ApiAnswer<z.output<Answer>>>,
  ) {
    // The answer's schema as a plain Zod type: the route answers what `handle` gave.
    const answerSchema: z.ZodType = schemas.answer;
    routes.post(
      `/api/v1/absences/:absence/${path}`,
      {
        config: configOf('absences:write'),
        schema: {
          tags,
          security,
          summary: text.summary,
          description: `${text.description} ${addressing} ${replaying}`,
          params: apiAbsenceParamsSchema,
          headers: apiIdempotencyHeadersSchema,
          body: schemas.body.meta({ example: examples.request }),
          response: {
            200: answerSchema.meta({ example: examples.answer }),
            ...apiWriteRefusals,
          },
        },
      },
      async (request, reply) => {
        const answer = await handle(
          request.requireApiCaller(),
          request.params.absence,
          request.body as z.output<Body>,
          request.headers['idempotency-key'],
        );
        return sendApiAnswer(reply, answer);
      },
    );
  }

  absenceChange(
    'percentage',
    {
      summary: 'Change the percentage sick from a date (scope absences:write)',
      description:
        'Partial recovery, or sicker again, from `from` on (inside the absence, at most 14 days ahead). The same percentage as before is refused (`percentage_unchanged`).',
    },
    { body: apiChangePercentageSchema, answer: apiAbsenceWrittenSchema },
    {
      request: { from: '2026-11-16', percentage: 50 },
      answer: writtenExample([
        { validFrom: '2026-11-02', percentage: 100 },
        { validFrom: '2026-11-16', percentage: 50 },
      ]),
    },
    (caller, absence, body, key) => integration.apiChangePercentage(caller, absence, body, key),
  );
  absenceChange(
    'recovery',
    {
      summary: 'Report recovery: the last sick day closes the absence (scope absences:write)',
      description:
        'The last sick day lies inside the absence and at most 14 days ahead; a closed absence is refused (409 `case_closed`). A webhook endpoint that wants `case.closed` gets it.',
    },
    { body: apiRecoverySchema, answer: apiAbsenceWrittenSchema },
    {
      request: { lastSickDay: '2026-11-27' },
      answer: writtenExample([{ validFrom: '2026-11-02', percentage: 100 }], '2026-11-27'),
    },
    (caller, absence, body, key) => integration.apiRecovery(caller, absence, body, key),
  );
  absenceChange(
    'correction',
    {
      summary: 'Correct the sick report: first sick day, percentage, classification',
      description:
        'A trajectmutatie, as in the app (scope absences:write): give one or more of `firstSickDay`, `percentage` (the first percentage) and `classification`. Refused once a partial recovery is registered (409 `case_partial_recovery_registered`). A new first sick day follows the rules of a sick report (inside an employment, no overlap); it may join or leave an earlier legal case, which `legalCase` tells.',
    },
    { body: apiCorrectionSchema, answer: apiAbsenceWrittenSchema },
    {
      request: { firstSickDay: '2026-10-30', classification: 'illness' },
      answer: {
        ...writtenExample([{ validFrom: '2026-10-30', percentage: 100 }]),
        firstDay: '2026-10-30',
        legalCase: {
          firstSickDay: '2026-10-30',
          previousAbsenceId: null,
          recurrence: false,
          waitingDaysBefore: 0,
        },
      },
    },
    (caller, absence, body, key) => integration.apiCorrection(caller, absence, body, key),
  );
  absenceChange(
    'withdrawal',
    {
      summary: 'Withdraw a wrong sick report (scope absences:write)',
      description:
        'For a report made in error: the absence is removed, with its percentages and tasks, and its `hrAbsenceId` is free again; the employee’s other absences are relinked as if it had never been (a recurrence it joined may stand alone again). The removal is audited with what the absence was and the `reason` given. Refused while dossier notes or documents are linked to it (409 `case_has_dossier_items`). A webhook endpoint that wants `case.withdrawn` gets it.',
    },
    { body: apiWithdrawalSchema, answer: apiAbsenceWithdrawnSchema },
    {
      request: { reason: 'Reported for the wrong employee' },
      answer: { id: absenceId, hrAbsenceId: 'AFW-2026-0417', employeeId, withdrawn: true },
    },
    (caller, absence, body, key) => integration.apiWithdrawal(caller, absence, body, key),
  );
}
