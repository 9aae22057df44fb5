import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  absencePerEmployeeFilterSchema,
  absencePerEmployeeReportSchema,
  caseHistoryFilterSchema,
  caseHistoryReportSchema,
  insurerCasesReportSchema,
} from '../../../contracts/report-lists.js';
import { reportFilterSchema } from '../../../contracts/reports.js';
import {
  absencePerEmployeeWorkbook,
  caseHistoryWorkbook,
  insurerCasesWorkbook,
} from './reports.lists.workbook.models.js';
import type { Clock } from '../../platform/clock.js';
import { sendReport } from './reports.exports.js';
import {
  absencePerEmployeePdf,
  caseHistoryPdf,
  insurerCasesPdf,
} from './reports.lists.pdf.models.js';
import type { ReportsUseCases } from './reports.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
};
const tags = ['reports'];

/**
 * The list reports of Statistieken (SPEC.md §2.8) as JSON (the screen's rows), Excel or PDF
 * (`sendReport`), within the user's dossier scope; the clock gives a PDF its print date.
 */
export async function reportListsRoutes(
  app: FastifyInstance,
  options: { reports: ReportsUseCases; clock: Clock },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { reports, clock } = options;

  routes.get(
    '/api/reports/verzuim-per-medewerker',
    {
      config: { permission: 'statistics.read' },
      schema: {
        tags,
        summary:
          'OverzichtVerzuimPerMedewerker: the sick periods overlapping the period of employees of ' +
          'the units in scope, a row per cause, by department, last name and first sick day; ' +
          'filter by causes (comma-separated classifications; a role that sees a vangnet only as ' +
          'such chooses it as safety_net_unknown) and safetyNet (yes, no); ' +
          '`format=xlsx` gives the Excel workbook, `pdf` the PDF',
        querystring: absencePerEmployeeFilterSchema,
        response: { 200: absencePerEmployeeReportSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('statistics.read');
      const report = await reports.absencePerEmployee(actor, request.query);
      return sendReport(request, reply, {
        format: request.query.format,
        report,
        fileName: `${request.t('reportLists.absencePerEmployee.fileName')}-${report.from}-${report.to}`,
        workbook: absencePerEmployeeWorkbook,
        pdf: absencePerEmployeePdf,
        now: clock.now(),
      });
    },
  );

  routes.get(
    '/api/reports/ziektetrajecten-per-verzekeraar',
    {
      config: { permission: 'statistics.read' },
      schema: {
        tags,
        summary:
          'Ziektetrajecten per verzekeraar: per sickness case in scope the report date, initial %, ' +
          'partial recovery, work-resumption advice, therapeutic work and flags, grouped by ' +
          'insurer; `format=xlsx` gives the Excel workbook, `pdf` the PDF',
        querystring: reportFilterSchema,
        response: { 200: insurerCasesReportSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('statistics.read');
      const report = await reports.insurerCases(actor, request.query);
      return sendReport(request, reply, {
        format: request.query.format,
        report,
        fileName: `${request.t('reportLists.insurerCases.fileName')}-${report.from}-${report.to}`,
        workbook: insurerCasesWorkbook,
        pdf: insurerCasesPdf,
        now: clock.now(),
      });
    },
  );

  routes.get(
    '/api/reports/trajecthistorie',
    {
      config: { permission: 'statistics.read' },
      schema: {
        tags,
        summary:
          'Trajecthistorie: employer, employee, the history of each case in scope and, for roles ' +
          'that may read notes, the notes; filter by protocols (comma-separated WVP, WAZO) and ' +
          'status (open, closed); `format=xlsx` gives the Excel workbook, `pdf` the PDF',
        querystring: caseHistoryFilterSchema,
        response: { 200: caseHistoryReportSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor('statistics.read');
      const report = await reports.caseHistory(actor, request.query);
      return sendReport(request, reply, {
        format: request.query.format,
        report,
        fileName: `${request.t('reportLists.caseHistory.fileName')}-${report.from}-${report.to}`,
        workbook: caseHistoryWorkbook,
        pdf: caseHistoryPdf,
        now: clock.now(),
      });
    },
  );
}
