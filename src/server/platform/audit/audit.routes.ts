import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  type AuditEntryView,
  type AuditFilter,
  auditFilterSchema,
  auditPageQuerySchema,
  auditPageResponseSchema,
} from '../../../contracts/audit.js';
import { errorResponseSchema } from '../../../contracts/common.js';
import type { Db } from '../../db/connection.js';
import type { Clock } from '../clock.js';
import { amsterdamDateOf } from '../dates.js';
import { AppError } from '../errors.js';
import { auditCsv, auditXlsx } from './audit.export.js';
import {
  type AuditActor,
  type AuditQuery,
  type AuditRecord,
  type AuditWriter,
  countAuditEntries,
  queryAuditEntries,
} from './audit.js';

const pageSize = 50;
/** The export streams in batches; above this many rows the operator narrows the filter first. */
export const auditExportLimit = 100_000;
const exportBatch = 1_000;

/** Names for ids, from the users and organisation modules (wired in app.ts). */
export type AuditNames = {
  loginNamesOf(userIds: string[]): Promise<Map<string, string>>;
  employerNamesOf(employerIds: string[]): Promise<Map<string, string>>;
  findUserIdByLoginName(loginName: string): Promise<string | undefined>;
};

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The audit log viewer of the operator admin (audit.read, across employers): page, filter and
 * export as CSV or Excel. Read-only by construction: the log has no update or delete route, and the
 * table's only writer is `AuditWriter.record`.
 */
export async function auditRoutes(
  app: FastifyInstance,
  options: { db: Db; audit: AuditWriter; names: AuditNames; clock: Clock },
): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db, names } = options;

  async function toQuery(filter: AuditFilter): Promise<AuditQuery> {
    const { loginName, ...rest } = filter;
    if (loginName === undefined) return rest;
    // An unknown login name matches nothing, rather than being ignored.
    return { ...rest, userId: (await names.findUserIdByLoginName(loginName)) ?? null };
  }

  async function withNames(records: AuditRecord[]): Promise<AuditEntryView[]> {
    const userIds = [...new Set(records.flatMap((record) => record.userId ?? []))];
    const employerIds = [...new Set(records.flatMap((record) => record.employerId ?? []))];
    const [logins, employers] = await Promise.all([
      names.loginNamesOf(userIds),
      names.employerNamesOf(employerIds),
    ]);
    return records.map((record) => ({
      ...record,
      occurredAt: record.occurredAt.toISOString(),
      employerName: record.employerId ? (employers.get(record.employerId) ?? null) : null,
      loginName: record.userId ? (logins.get(record.userId) ?? null) : null,
    }));
  }

  routes.get(
    '/api/audit',
    {
      config: { permission: 'audit.read', acrossEmployers: true },
      schema: {
        tags: ['audit'],
        summary: 'The audit log, newest first, filtered, 50 per page (operator admin)',
        querystring: auditPageQuerySchema,
        response: {
          200: auditPageResponseSchema,
          400: errorResponseSchema,
          401: errorResponseSchema,
          403: errorResponseSchema,
        },
      },
    },
    async (request) => {
      await request.requireActorAcrossEmployers('audit.read');
      const { page, ...filter } = request.query;
      const records = await queryAuditEntries(db, await toQuery(filter), {
        limit: pageSize + 1,
        offset: (page - 1) * pageSize,
      });
      return {
        entries: await withNames(records.slice(0, pageSize)),
        page,
        pageSize,
        hasMore: records.length > pageSize,
      };
    },
  );

  /**
   * An export's entries, oldest batches last as in the viewer. Refused above the limit; the
   * export is itself a read of personal data, so it is recorded before anything leaves.
   */
  async function exportedEntries(
    actor: AuditActor,
    filter: AuditFilter,
    format: 'csv' | 'xlsx',
  ): Promise<AsyncIterable<AuditEntryView>> {
    const query = await toQuery(filter);
    const total = await countAuditEntries(db, query);
    if (total > auditExportLimit) {
      throw new AppError('audit_export_too_large', 400, { params: { limit: auditExportLimit } });
    }
    await options.audit.record({
      employerId: actor.employerId ?? null,
      userId: actor.userId,
      action: 'audit.exported',
      ip: actor.ip,
      requestId: actor.requestId,
      details: { filter, rows: total, format },
    });
    async function* entries() {
      let beforeId: number | undefined;
      let written = 0;
      // Entries written after the count may arrive; the limit holds regardless.
      while (written < auditExportLimit) {
        const batch = await queryAuditEntries(db, query, {
          limit: exportBatch,
          ...(beforeId === undefined ? {} : { beforeId }),
        });
        for (const entry of await withNames(batch.slice(0, auditExportLimit - written))) {
          written += 1;
          yield entry;
        }
        const last = batch.at(-1);
        if (batch.length < exportBatch || !last) return;
        beforeId = last.id;
      }
    }
    return entries();
  }

  const fileName = (extension: string) =>
    `attachment; filename="audit-log-${amsterdamDateOf(options.clock.now())}.${extension}"`;

  routes.get(
    '/api/audit/export.csv',
    {
      config: { permission: 'audit.read', acrossEmployers: true },
      schema: {
        tags: ['audit'],
        summary: `The filtered audit log as CSV (";", Amsterdam time), at most ${auditExportLimit} rows (operator admin)`,
        querystring: auditFilterSchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('audit.read');
      const entries = await exportedEntries(actor, request.query, 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', fileName('csv'))
        .send(Readable.from(auditCsv(entries, request.t)));
    },
  );

  routes.get(
    '/api/audit/export.xlsx',
    {
      config: { permission: 'audit.read', acrossEmployers: true },
      schema: {
        tags: ['audit'],
        summary: `The filtered audit log as an Excel workbook, at most ${auditExportLimit} rows (operator admin)`,
        querystring: auditFilterSchema,
        produces: [xlsxType],
      },
    },
    async (request, reply) => {
      const actor = await request.requireActorAcrossEmployers('audit.read');
      const entries = await exportedEntries(actor, request.query, 'xlsx');
      return reply
        .type(xlsxType)
        .header('content-disposition', fileName('xlsx'))
        .send(auditXlsx(entries, request.t, request.locale));
    },
  );
}
