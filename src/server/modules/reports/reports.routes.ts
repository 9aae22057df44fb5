import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  absenceAnalysisReportSchema,
  absencePercentageReportSchema,
  quarterlyReportSchema,
  reportFilterSchema,
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
 * Statistieken (SPEC.md §2.8): the reports as JSON (the screen's numbers), Excel or PDF
 * (`sendReport`); the clock gives a PDF its print date.
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
    },
  ) {
    routes.get(
      `/api/reports/${definition.id}`,
      {
        config: { permission: 'statistics.read' },
        schema: {
          tags,
          summary: definition.summary,
          querystring: reportFilterSchema,
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
}
