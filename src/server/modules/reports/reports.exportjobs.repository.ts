import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { ExportRequest, ReportExport } from '../../../contracts/report-exports.js';
import type { Role } from '../../../contracts/permissions.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { StatisticsScope } from './reports.models.js';
import { reportExports } from './reports.table.js';

/**
 * What the job needs to make the file as the requester would have got it: the filter, their
 * scope, language and role (what a list row shows, whether notes come with it), and the request
 * the audit entry of the notes names.
 */
export type StoredExportRequest = {
  filter: Omit<ExportRequest, 'report' | 'format'>;
  scope: StatisticsScope;
  locale: string;
  role: Role;
  ip: string;
  requestId: string;
};

type Row = typeof reportExports.$inferSelect;

export const exportOf = (row: Row): ReportExport => ({
  id: row.id,
  report: row.report as ReportExport['report'],
  format: row.format as ReportExport['format'],
  status: row.status as ReportExport['status'],
  progress: row.progress,
  fileName: row.fileName,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});

export function createExportJobsRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const mine = (userId: string, now: Date) =>
    and(
      eq(reportExports.employerId, employerId),
      eq(reportExports.requestedBy, userId),
      gt(reportExports.expiresAt, now),
    );
  return {
    async insert(values: {
      requestedBy: string;
      report: string;
      format: string;
      request: StoredExportRequest;
      expiresAt: Date;
    }): Promise<Row> {
      const [row] = await db
        .insert(reportExports)
        .values({ employerId, ...values })
        .returning();
      return row as Row;
    },

    /** The requester's exports that are not yet removed, newest first. */
    listOf(userId: string, now: Date): Promise<Row[]> {
      return db
        .select()
        .from(reportExports)
        .where(mine(userId, now))
        .orderBy(desc(reportExports.createdAt))
        .limit(50);
    },

    async findOf(userId: string, id: string, now: Date): Promise<Row | undefined> {
      const [row] = await db
        .select()
        .from(reportExports)
        .where(and(mine(userId, now), eq(reportExports.id, id)));
      return row;
    },

    /** For the job: the export by id alone (the job acts for the requester). */
    async find(id: string): Promise<Row | undefined> {
      const [row] = await db
        .select()
        .from(reportExports)
        .where(and(eq(reportExports.employerId, employerId), eq(reportExports.id, id)));
      return row;
    },

    async update(
      id: string,
      values: Partial<Pick<Row, 'status' | 'progress' | 'fileKey' | 'fileName' | 'finishedAt'>>,
    ): Promise<void> {
      await db
        .update(reportExports)
        .set(values)
        .where(and(eq(reportExports.employerId, employerId), eq(reportExports.id, id)));
    },

    /** Removes the rows past their time; answers their file keys, to remove the files too. */
    async deleteExpired(now: Date): Promise<string[]> {
      const rows = await db
        .delete(reportExports)
        .where(and(eq(reportExports.employerId, employerId), lte(reportExports.expiresAt, now)))
        .returning({ fileKey: reportExports.fileKey });
      return rows.flatMap((row) => (row.fileKey ? [row.fileKey] : []));
    },
  };
}
