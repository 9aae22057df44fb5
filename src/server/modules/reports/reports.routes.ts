import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  absencePerEmployeeFilterSchema,
  absencePerEmployeeReportSchema,
  caseHistoryFilterSchema,
  caseHistoryReportSchema,
  insurerCasesReportSchema,
} from '../../../contracts/report-lists.js';
import {
  absenceAnalysisReportSchema,
  absencePercentageReportSchema,
  quarterlyReportSchema,
  reportFilterSchema,
  reportUnitsResponseSchema,
} from '../../../contracts/reports.js';
import type { Clock } from '../../platform/clock.js';
import { type ReportMaker, reportMakers } from './reports.catalogue.js';
import { sendReport } from './reports.exports.js';
import type { SnapshotsUseCases } from './reports.snapshots.usecases.js';
import type { ReportsUseCases } from './reports.usecases.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
};
const tags = ['reports'];

/**
 * Statistieken (SPEC.md §2.8): the figure reports and the list reports as JSON (the screen's
 * numbers and rows), Excel or PDF (`sendReport`), within the user's dossier scope; the clock gives
 * a PDF its print date.
 */
export async function reportsRoutes(
  app: FastifyInstance,
  options: {
    reports: ReportsUseCases;
    snapshots: Pick<SnapshotsUseCases, 'annualSummary'>;
    clock: Clock;
  },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { clock } = options;
  const makers = reportMakers(options.reports, options.snapshots);

  /** A statistical report: its JSON, or with `format=xlsx`/`pdf` its workbook or PDF. */
  function statisticalReport<Report extends { from: string; to: string }>(
    definition: ReportMaker<Report> & {
      id: string;
      summary: string;
      response: z.ZodType<Report>;
      /** A list's own filters besides those of every report (causes, protocols, status …). */
      querystring?: typeof caseHistoryFilterSchema | typeof absencePerEmployeeFilterSchema;
    },
  ) {
    routes.get(
      `/api/reports/${definition.id}`,
      {
        config: { permission: 'statistics.read' },
        schema: {
          tags,
          summary: definition.summary,
          querystring: definition.querystring ?? reportFilterSchema,
          // The generic report type is beyond the provider's inference; the schema still checks it.
          response: { 200: definition.response as z.ZodType, ...refusals },
        },
      },
      async (request, reply) => {
        const actor = await request.requireActor('statistics.read');
        const report = await definition.compute(actor, request.query);
        return sendReport(request, reply, {
          format: request.query.format,
          report,
          fileName: `${request.t(definition.fileName)}-${report.from}-${report.to}`,
          workbook: definition.workbook,
          pdf: definition.pdf,
          now: clock.now(),
        });
      },
    );
  }

  routes.get(
    '/api/reports/units',
    {
      config: { permission: 'statistics.read' },
      schema: {
        tags,
        summary:
          "The organisation units the report filters offer: the departments of the user's dossier " +
          'scope (every department for the whole employer), each with its level in the tree',
        response: { 200: reportUnitsResponseSchema, ...refusals },
      },
    },
    async (request) => {
      const actor = await request.requireActor('statistics.read');
      return { units: await options.reports.units(actor) };
    },
  );

  statisticalReport({
    id: 'verzuimpercentage-per-maand',
    summary:
      'Verzuimpercentage per maand: VP, cumulative and rolling VP per month, per unit and in ' +
      "total, within the user's dossier scope; `format=xlsx` gives the Excel workbook, `pdf` the PDF",
    response: absencePercentageReportSchema,
    ...makers['verzuimpercentage-per-maand'],
  });

  statisticalReport({
    id: 'kwartaalrapportage',
    summary:
      'Kwartaalrapportage verzuim: VP, meldingsfrequentie, mean duration, nulverzuim, average ' +
      'headcount and VP by duration class per quarter (cut to the period), per unit and in ' +
      "total, within the user's dossier scope; `format=xlsx` gives the Excel workbook, `pdf` the PDF",
    response: quarterlyReportSchema,
    ...makers.kwartaalrapportage,
  });

  statisticalReport({
    id: 'verzuimanalyse-totaal',
    summary:
      'Verzuimanalyse totaal: sick days and VP by duration class, with nulverzuim, in total, by ' +
      "gender, by age class, per month and per unit, within the user's dossier scope; " +
      '`format=xlsx` gives the Excel workbook, `pdf` the PDF',
    response: absenceAnalysisReportSchema,
    ...makers['verzuimanalyse-totaal'],
  });

  statisticalReport({
    id: 'verzuim-per-medewerker',
    summary:
      'OverzichtVerzuimPerMedewerker: the sick periods overlapping the period of employees of ' +
      'the units in scope, a row per cause, by department, last name and first sick day; ' +
      'filter by causes (comma-separated classifications; a role that sees a vangnet only as ' +
      'such chooses it as safety_net_unknown) and safetyNet (yes, no); ' +
      '`format=xlsx` gives the Excel workbook (streamed), `pdf` the PDF',
    response: absencePerEmployeeReportSchema,
    querystring: absencePerEmployeeFilterSchema,
    ...makers['verzuim-per-medewerker'],
  });

  statisticalReport({
    id: 'ziektetrajecten-per-verzekeraar',
    summary:
      'Ziektetrajecten per verzekeraar: per sickness case in scope the report date, initial %, ' +
      'partial recovery, work-resumption advice, therapeutic work and flags, grouped by the ' +
      "employer's verzuimverzekeraar; `format=xlsx` gives the Excel workbook, `pdf` the PDF",
    response: insurerCasesReportSchema,
    ...makers['ziektetrajecten-per-verzekeraar'],
  });

  statisticalReport({
    id: 'trajecthistorie',
    summary:
      'Trajecthistorie: employer, employee, the history of each case in scope and, for roles ' +
      'that may read notes, the notes; filter by protocols (comma-separated WVP, WAZO) and ' +
      'status (open, closed); `format=xlsx` gives the Excel workbook, `pdf` the PDF',
    response: caseHistoryReportSchema,
    querystring: caseHistoryFilterSchema,
    ...makers.trajecthistorie,
  });
}
