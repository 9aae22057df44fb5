import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponseSchema } from '../../../contracts/common.js';
import {
  type AnnualSummaryReport,
  annualSummaryFilterSchema,
  annualSummaryReportSchema,
  snapshotListSchema,
  snapshotParamsSchema,
  snapshotQuerySchema,
  snapshotRequestSchema,
} from '../../../contracts/report-snapshots.js';
import type { ReportFormat } from '../../../contracts/reports.js';
import type { Clock } from '../../platform/clock.js';
import { sendReport } from './reports.exports.js';
import { annualSummaryPdf } from './reports.snapshots.pdf.models.js';
import type { SnapshotsUseCases } from './reports.snapshots.usecases.js';
import { annualSummaryWorkbook } from './reports.snapshots.workbook.models.js';

const refusals = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
};
const tags = ['reports'];
const permission = 'statistics.read';

/** The summary as JSON, or as its workbook or PDF (`sendReport`). */
function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  report: AnnualSummaryReport,
  format: ReportFormat,
  now: Date,
) {
  return sendReport(request, reply, {
    format,
    report,
    fileName: `${request.t('reports.annualSummary.fileName')}-${report.from}-${report.to}`,
    workbook: annualSummaryWorkbook,
    pdf: annualSummaryPdf,
    now,
  });
}

/**
 * Verzuimsamenvatting jaar (issue 12): from the data of now (GET, records nothing), recorded as a
 * snapshot (POST), and the snapshots listed and opened again.
 */
export async function reportSnapshotsRoutes(
  app: FastifyInstance,
  options: { snapshots: SnapshotsUseCases; clock: Clock },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { snapshots, clock } = options;

  routes.get(
    '/api/reports/verzuimsamenvatting-jaar',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'Verzuimsamenvatting jaar: the main figures of a period within one year, in total and ' +
          "per unit, within the user's dossier scope, from the data of now (nothing is recorded; " +
          'POST /api/reports/snapshots records a snapshot); `format=xlsx` gives the workbook, `pdf` the PDF',
        querystring: annualSummaryFilterSchema,
        response: { 200: annualSummaryReportSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      const report = await snapshots.annualSummary(actor, request.query);
      return answer(request, reply, report, request.query.format, clock.now());
    },
  );

  routes.post(
    '/api/reports/snapshots',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'Records a snapshot of the data the Verzuimsamenvatting jaar needs (within the ' +
          "user's dossier scope) and answers the summary computed from it",
        body: snapshotRequestSchema,
        response: { 201: annualSummaryReportSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      return reply.code(201).send(await snapshots.recordAnnualSummary(actor, request.body));
    },
  );

  routes.get(
    '/api/reports/snapshots',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'The latest snapshots of the Verzuimsamenvatting jaar the user may open: all of the ' +
          'employer for a user who sees the whole employer, else their own',
        response: { 200: snapshotListSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = await request.requireActor(permission);
      return snapshots.listSnapshots(actor);
    },
  );

  routes.get(
    '/api/reports/snapshots/:id',
    {
      config: { permission },
      schema: {
        tags,
        summary:
          'Opens a snapshot: the Verzuimsamenvatting jaar from the data as it was recorded, the ' +
          'same numbers whatever changed since; `format=xlsx` gives the workbook, `pdf` the PDF',
        params: snapshotParamsSchema,
        querystring: snapshotQuerySchema,
        response: { 200: annualSummaryReportSchema, 404: errorResponseSchema, ...refusals },
      },
    },
    async (request, reply) => {
      const actor = await request.requireActor(permission);
      const report = await snapshots.openSnapshot(actor, request.params.id);
      return answer(request, reply, report, request.query.format, clock.now());
    },
  );
}
