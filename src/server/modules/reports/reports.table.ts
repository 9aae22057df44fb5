import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * A snapshot of the data a Verzuimsamenvatting jaar was computed from (issue 12): the
 * employments, sickness episodes, departments and full-time hours as they were when it was
 * requested, already cut to the requester's dossier scope, so that opening it later gives the
 * same numbers whatever changed since. `data` is reports.snapshots.models.ts `SnapshotData`.
 */
export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    /** Whether the requester's scope was the whole employer (who may open it: see usecases). */
    wholeEmployer: boolean('whole_employer').notNull(),
    /** The filter the summary was asked with: from, to, method, level, unitIds. */
    filter: jsonb('filter').notNull(),
    data: jsonb('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('report_snapshots_employer_created_idx').on(table.employerId, table.createdAt),
  ],
);

/**
 * A report export prepared in the background (pg-boss, reports.exports.job.ts): its progress
 * while it runs, then the file in the file storage until `expires_at` (7 days), when the cleanup
 * removes file and row. Only the requester downloads it.
 */
export const reportExports = pgTable(
  'report_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    /** The report id of the API path, e.g. `verzuimpercentage-per-maand`. */
    report: text('report').notNull(),
    /** `xlsx` or `pdf`. */
    format: text('format').notNull(),
    /** The report's query (filter) and the requester's scope and language at the request. */
    request: jsonb('request').notNull(),
    status: text('status').notNull().default('queued'),
    /** 0–100. */
    progress: integer('progress').notNull().default(0),
    fileKey: text('file_key'),
    fileName: text('file_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('report_exports_requester_idx').on(table.employerId, table.requestedBy),
    check(
      'report_exports_status_check',
      sql`${table.status} in ('queued', 'running', 'done', 'failed')`,
    ),
    check('report_exports_progress_check', sql`${table.progress} between 0 and 100`),
  ],
);
