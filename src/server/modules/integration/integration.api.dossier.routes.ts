import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ApiScope } from '../../../contracts/api-clients.js';
import { apiIdempotencyHeadersSchema } from '../../../contracts/api-v1-absences.js';
import {
  type ApiDocumentFields,
  apiDocumentFieldsSchema,
  apiDocumentSchema,
  type ApiPregnancy,
  apiPregnancyListSchema,
  apiPregnancySchema,
  apiReportPregnancySchema,
} from '../../../contracts/api-v1-dossier.js';
import { apiEmployeeParamsSchema } from '../../../contracts/api-v1.js';
import { errorResponseSchema, isStorableText } from '../../../contracts/common.js';
import { errors, type FieldError } from '../../platform/errors.js';
import { readUploadedFile } from '../../platform/http/multipart.js';
import { dossierErrors } from '../dossier/dossier.errors.js';
import { apiWriteRefusals, sendApiAnswer } from './integration.api.answers.js';
import type { IntegrationUseCases } from './integration.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  429: errorResponseSchema,
};

const employeeId = '0b7a3c1e-2f4d-4a51-9c6e-3d2b1a0f9e87';
const addressing =
  'The employee is addressed by the uuid Verzuim gave it, or by personnel number written `personnelNumber:<number>` (URL-encoded where needed); another employer’s employee is not found (404).';
const replaying =
  'Send an `Idempotency-Key` to retry safely: the same key with the same request replays the first answer (header `idempotent-replayed: true`) and stores nothing new; with another request it is refused (422 `api_idempotency_key_reused`).';

const pregnancyExample: ApiPregnancy = {
  id: '4e3d2c1b-0a9f-4e8d-8c7b-6a5f4e3d2c1b',
  employeeId,
  firstDay: '2026-12-07',
  lastDay: null,
  endReason: null,
  expectedDelivery: '2027-05-10',
  multipleBirth: false,
  lastWorkingDay: '2027-04-05',
  freeDayBetween: false,
  actualDelivery: null,
  leave: {
    lastWorkingDayWindow: { earliest: '2027-03-14', latest: '2027-04-05' },
    leaveStart: '2027-04-06',
    pregnancyLeave: { first: '2027-04-06', last: '2027-05-09' },
    maternityLeave: { first: '2027-05-10', last: '2027-08-01' },
    shortfallDays: 0,
    totalDays: 118,
    provisional: true,
  },
};

/** The multipart text fields as the API's fields, or the refusal naming each bad one. */
function documentFieldsOf(fields: Record<string, string>): ApiDocumentFields {
  const unstorable = Object.entries(fields).find(
    ([name, value]) => !isStorableText(name) || !isStorableText(value),
  );
  if (unstorable) throw errors.invalidField(unstorable[0], 'invalid_characters');
  const parsed = apiDocumentFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const found: FieldError[] = parsed.error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: key, code: 'unknown_key' }));
    }
    const path = issue.path.join('.');
    if (!(path in fields)) return [{ path, code: 'required' }];
    const code =
      issue.code === 'custom'
        ? (issue.params as { code?: unknown } | undefined)?.code
        : 'invalid_value';
    return [{ path, code: typeof code === 'string' ? code : 'invalid_value' }];
  });
  throw errors.validation(found);
}

/**
 * The pregnancies and dossier documents of the REST API v1 (issue 13); registered by
 * `apiV1Routes`, which gives the options. Its own plugin, so that only the document upload parses
 * multipart, with the dossier's limits.
 */
export async function apiDossierRoutes(
  app: FastifyInstance,
  options: {
    integration: IntegrationUseCases;
    configOf: (scope: ApiScope) => Record<string, unknown>;
    tags: string[];
    security: Record<string, string[]>[];
    documentMaxBytes: number;
  },
): Promise<void> {
  const { integration, configOf, tags, security, documentMaxBytes } = options;
  await app.register(fastifyMultipart, {
    limits: { fileSize: documentMaxBytes, files: 1, fields: 4, fieldSize: 200, parts: 5 },
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/employees/:employee/pregnancies',
    {
      config: configOf('absences:read'),
      schema: {
        tags,
        security,
        summary: 'The employee’s pregnancies (WAZO), newest first (scope absences:read)',
        description: `Each with its expected and actual delivery and the leave computed from them (provisional until the birth). ${addressing}`,
        params: apiEmployeeParamsSchema,
        response: {
          200: apiPregnancyListSchema.meta({ example: { data: [pregnancyExample] } }),
          ...refusals,
        },
      },
    },
    async (request) =>
      integration.apiPregnancies(request.requireApiCaller(), request.params.employee),
  );

  routes.post(
    '/api/v1/employees/:employee/pregnancies',
    {
      config: configOf('absences:write'),
      schema: {
        tags,
        security,
        summary: 'Report a pregnancy (scope absences:write: pregnancy is absence data)',
        description: `Zwangerschap melden as in the app: the expected delivery date, a multiple birth, and optionally the last working day (default: the latest the window allows) and a free day between it and the leave. The app’s rules apply: the last working day inside its window (\`case_last_working_day_outside_window\` on \`lastWorkingDay\`), the leave starting inside an employment, no other open pregnancy (409 \`case_pregnancy_open\`), no leave on registered sick days (\`case_during_pregnancy_leave\`, \`case_during_maternity_leave\`). The WAZO tasks are planned as for a report in the app. Refused unless the employer’s HR-integration mode is \`full\` or \`absence_only\` (409 \`api_not_given_to_hr_system\`). ${addressing} ${replaying}`,
        params: apiEmployeeParamsSchema,
        headers: apiIdempotencyHeadersSchema,
        body: apiReportPregnancySchema.meta({
          example: { expectedDelivery: '2027-05-10', multipleBirth: false },
        }),
        response: {
          201: apiPregnancySchema.meta({ example: pregnancyExample }),
          ...apiWriteRefusals,
        },
      },
    },
    async (request, reply) => {
      const answer = await integration.apiReportPregnancy(
        request.requireApiCaller(),
        request.params.employee,
        request.body,
        request.headers['idempotency-key'],
      );
      return sendApiAnswer(reply, answer);
    },
  );

  routes.post(
    '/api/v1/employees/:employee/documents',
    {
      config: configOf('documents:write'),
      schema: {
        tags,
        security,
        summary: 'Upload a document to the employee’s dossier (scope documents:write)',
        description: `multipart/form-data: the fields \`category\` (${apiDocumentFieldsSchema.shape.category.options.join(', ')}) and optionally \`absenceId\` (our id of one of the employee’s absences or pregnancies, or \`hrAbsenceId:<id>\`), then the part \`file\`. As an upload in the app: the type is decided by the content (PDF, PNG, JPEG, DOCX, XLSX; anything else 415 \`document_type_not_allowed\`, an old .doc/.xls 415 \`document_legacy_office\`, an Office file whose \`[Content_Types].xml\` unpacks too large is refused unread), at most ${documentMaxBytes} bytes, the setting \`DOCUMENT_MAX_BYTES\` (413 \`document_too_large\`), an empty or missing file 400 \`document_file_missing\`. The dossier shows the API client’s name as the uploader, and the employer’s users receive the signal "Aangemaakte documenten" (or the UWV one) as for an upload in the app. Allowed in every HR-integration mode. ${addressing} ${replaying} The request’s identity for the key is its fields, the file’s name and the SHA-256 of its bytes.`,
        params: apiEmployeeParamsSchema,
        headers: apiIdempotencyHeadersSchema,
        consumes: ['multipart/form-data'],
        response: {
          201: apiDocumentSchema.meta({
            example: {
              id: '6f5e4d3c-2b1a-4f09-8e7d-6c5b4a392817',
              employeeId,
              absenceId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
              category: 'correspondence',
              fileName: 'Brief werkgever.pdf',
              kind: 'pdf',
              sizeBytes: 48213,
              uploadedByName: 'HR-systeem',
              uploadedAt: '2026-12-07T09:15:02.123Z',
            },
          }),
          ...apiWriteRefusals,
          413: errorResponseSchema,
          415: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const caller = request.requireApiCaller();
      const upload = await readUploadedFile(request, () =>
        dossierErrors.documentTooLarge(documentMaxBytes),
      );
      if (!upload) throw dossierErrors.documentFileMissing();
      const fields = documentFieldsOf(upload.fields);
      const answer = await integration.apiUploadDocument(
        caller,
        request.params.employee,
        { ...fields, fileName: upload.fileName, content: upload.content },
        request.headers['idempotency-key'],
      );
      return sendApiAnswer(reply, answer);
    },
  );
}
