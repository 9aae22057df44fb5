import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  caseFlagSchema,
  caseListResponseSchema,
  caseParamsSchema,
  caseSchema,
  changePercentageRequestSchema,
  correctCaseRequestSchema,
  correctPregnancyRequestSchema,
  currentAbsenceResponseSchema,
  employeeCaseParamsSchema,
  endCaseRequestSchema,
  endPregnancyRequestSchema,
  pregnancyPreviewRequestSchema,
  pregnancyPreviewResponseSchema,
  recordBirthRequestSchema,
  recoveryRequestSchema,
  reportPregnancyRequestSchema,
  reportSickRequestSchema,
  setFlagRequestSchema,
  sickReportPreviewRequestSchema,
  sickReportPreviewResponseSchema,
} from '../../../contracts/cases.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  sickTodayFilterSchema,
  sickTodayQuerySchema,
  sickTodayResponseSchema,
} from '../../../contracts/sick-today.js';
import type { EmployerActor } from '../users/users.policies.js';
import type { CasesUseCases } from './cases.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
const report = { permission: 'cases.report' } as const;
const read = { permission: 'cases.read' } as const;
const current = { permission: 'cases.current' } as const;
const tags = ['cases'];

/** Absence cases (SPEC.md §2.5). Every route checks role, employer and the employee's scope. */
export async function casesRoutes(
  app: FastifyInstance,
  options: { cases: CasesUseCases },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { cases } = options;

  routes.get(
    '/api/employees/:employeeId/cases',
    {
      config: read,
      schema: {
        tags,
        summary: "The employee's cases, current and past, newest first (audited)",
        params: employeeCaseParamsSchema,
        response: { 200: caseListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.read');
      return { cases: await cases.listCases(actor, request.params.employeeId) };
    },
  );

  routes.get(
    '/api/employees/:employeeId/cases/open',
    {
      config: report,
      schema: {
        tags,
        summary: "The employee's open cases, without notes: what reporting a change needs",
        params: employeeCaseParamsSchema,
        response: { 200: caseListResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.report');
      return { cases: await cases.openCases(actor, request.params.employeeId) };
    },
  );

  routes.post(
    '/api/employees/:employeeId/cases',
    {
      config: report,
      schema: {
        tags,
        summary: 'Verzuim melden; for an employee already sick a change of percentage',
        params: employeeCaseParamsSchema,
        body: reportSickRequestSchema,
        response: { 201: caseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('cases.report');
      const created = await cases.reportSick(actor, request.params.employeeId, request.body);
      return reply.code(201).send(created);
    },
  );

  routes.post(
    '/api/employees/:employeeId/cases/preview',
    {
      config: report,
      schema: {
        tags,
        summary: 'The computed values of a sick report before saving (hours → %, recurrence)',
        params: employeeCaseParamsSchema,
        body: sickReportPreviewRequestSchema,
        response: { 200: sickReportPreviewResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.report');
      return cases.previewSickReport(actor, request.params.employeeId, request.body);
    },
  );

  routes.post(
    '/api/employees/:employeeId/pregnancies',
    {
      config: report,
      schema: {
        tags,
        summary: 'Zwangerschap melden',
        params: employeeCaseParamsSchema,
        body: reportPregnancyRequestSchema,
        response: { 201: caseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('cases.report');
      const created = await cases.reportPregnancy(actor, request.params.employeeId, request.body);
      return reply.code(201).send(created);
    },
  );

  routes.post(
    '/api/cases/pregnancy-preview',
    {
      config: report,
      schema: {
        tags,
        summary: 'The window for the last working day and the leave dates of a pregnancy',
        body: pregnancyPreviewRequestSchema,
        response: { 200: pregnancyPreviewResponseSchema, ...refusals },
      },
    },
    async (request) => {
      await request.requireActor('cases.report');
      return cases.previewPregnancy(request.body);
    },
  );

  routes.get(
    '/api/cases/current-absence',
    {
      config: read,
      schema: {
        tags,
        summary: "Huidig verzuim: sick employees of the user's scope today",
        response: { 200: currentAbsenceResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.read');
      return cases.currentAbsence(actor);
    },
  );

  routes.get(
    '/api/cases/sick-today',
    {
      config: current,
      schema: {
        tags,
        summary:
          "Actueel verzuim: a page of the employees of the user's scope sick today (audited)",
        querystring: sickTodayQuerySchema,
        response: { 200: sickTodayResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.current');
      return cases.sickToday(actor, request.query, request.locale);
    },
  );

  routes.get(
    '/api/cases/sick-today/export',
    {
      config: current,
      schema: {
        tags,
        summary: 'Actueel verzuim as an Excel workbook, filtered and sorted as the list (audited)',
        // A file, not JSON: no response schema (errors still leave in the usual shape).
        querystring: sickTodayFilterSchema,
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('cases.current');
      const exported = await cases.exportSickToday(actor, request.query, {
        t: request.t,
        locale: request.locale,
      });
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="${request.t('sickToday.export.fileName')}-${exported.date}.xlsx"`,
        )
        .send(exported.body);
    },
  );

  /** A change of one case: POST /api/cases/:caseId/<path> with `body`, answered with the case. */
  function caseChange<Body extends z.ZodType>(
    path: string,
    summary: string,
    body: Body,
    handle: (
      actor: EmployerActor,
      caseId: string,
      input: z.infer<Body>,
    ) => ReturnType<CasesUseCases['registerRecovery']>,
  ) {
    routes.post(
      `/api/cases/:caseId/${path}`,
      {
        config: report,
        schema: {
          tags,
          summary,
          params: caseParamsSchema,
          body,
          response: { 200: caseSchema, ...refusals },
        },
      },
      async (request) => {
        const actor = await request.requireActor('cases.report');
        return handle(actor, request.params.caseId, request.body as z.infer<Body>);
      },
    );
  }

  caseChange(
    'percentage',
    'Hoger/lager percentage ziek from a date',
    changePercentageRequestSchema,
    (actor, caseId, input) => cases.changePercentage(actor, caseId, input),
  );
  caseChange(
    'recovery',
    'Hersteld melden: the last sick day closes the case',
    recoveryRequestSchema,
    (actor, caseId, input) => cases.registerRecovery(actor, caseId, input),
  );
  caseChange(
    'end',
    'End the case for another reason',
    endCaseRequestSchema,
    (actor, caseId, input) => cases.endCase(actor, caseId, input),
  );
  caseChange(
    'correction',
    'Trajectmutatie: classification, first sick day, full/partial',
    correctCaseRequestSchema,
    (actor, caseId, input) => cases.correctCase(actor, caseId, input),
  );
  caseChange(
    'pregnancy/correction',
    'Correct a pregnancy report',
    correctPregnancyRequestSchema,
    (actor, caseId, input) => cases.correctPregnancy(actor, caseId, input),
  );
  caseChange(
    'pregnancy/birth',
    'Record the actual delivery date',
    recordBirthRequestSchema,
    (actor, caseId, input) => cases.recordBirth(actor, caseId, input),
  );
  caseChange(
    'pregnancy/end',
    'End a pregnancy for another reason',
    endPregnancyRequestSchema,
    (actor, caseId, input) => cases.endPregnancy(actor, caseId, input),
  );

  const flagParams = caseParamsSchema.extend({ flag: caseFlagSchema });
  routes.put(
    '/api/cases/:caseId/flags/:flag',
    {
      config: report,
      schema: {
        tags,
        summary: 'Set a flag for the insurer report, with the date it was set',
        params: flagParams,
        body: setFlagRequestSchema,
        response: { 200: caseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.report');
      return cases.setFlag(actor, request.params.caseId, request.params.flag, request.body);
    },
  );
  routes.delete(
    '/api/cases/:caseId/flags/:flag',
    {
      config: report,
      schema: {
        tags,
        summary: 'Clear a flag',
        params: flagParams,
        response: { 200: caseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('cases.report');
      return cases.clearFlag(actor, request.params.caseId, request.params.flag);
    },
  );
}
