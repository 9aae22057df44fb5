import {
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { cases } from '../cases/cases.table.js';
import { dossierDocuments } from '../dossier/dossier.table.js';
import { employees } from '../employees/employees.table.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * A re-integration or UWV document made from a template (contracts/reintegration.ts): a draft
 * whose fields are edited (each save a row of `reintegration_document_versions`), then final with
 * its PDF in the dossier's documents, signed off by employer and employee. Names are kept as
 * they were when the person acted. The task it fulfils is the tasks module's (no foreign key:
 * the tasks follow their case on their own).
 */
export const reintegrationDocuments = pgTable(
  'reintegration_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    caseId: uuid('case_id').notNull(),
    /** contracts/reintegration.ts reintegrationKinds */
    kind: text('kind').notNull(),
    taskId: uuid('task_id'),
    /** draft | final */
    status: text('status').notNull(),
    version: integer('version').notNull(),
    /** The dossier's facts at creation: employee name, first sick day. */
    facts: jsonb('facts').$type<{ employeeName: string; firstSickDay: string }>().notNull(),
    /** The current version's fields (the versions table keeps every one). */
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    dossierDocumentId: uuid('dossier_document_id').references(() => dossierDocuments.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedByUserId: uuid('updated_by_user_id')
      .notNull()
      .references(() => users.id),
    updatedByName: text('updated_by_name').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    finalizedByUserId: uuid('finalized_by_user_id').references(() => users.id),
    finalizedByName: text('finalized_by_name'),
    finalizedAt: timestamp('finalized_at', { withTimezone: true }),
    employerSignedByUserId: uuid('employer_signed_by_user_id').references(() => users.id),
    employerSignedByName: text('employer_signed_by_name'),
    employerSignedAt: timestamp('employer_signed_at', { withTimezone: true }),
    /** Employees have no login: the user who recorded the employee's confirmation. */
    employeeSignRecordedByUserId: uuid('employee_sign_recorded_by_user_id').references(
      () => users.id,
    ),
    employeeSignRecordedByName: text('employee_sign_recorded_by_name'),
    employeeSignedAt: timestamp('employee_signed_at', { withTimezone: true }),
  },
  (table) => [
    tenantIsolation(table.employerId),
    check('reintegration_documents_status', sql`${table.status} in ('draft', 'final')`),
    foreignKey({
      name: 'reintegration_documents_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'reintegration_documents_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }),
    index('reintegration_documents_employee_idx').on(table.employerId, table.employeeId),
  ],
);

/** Every saved version of a document's fields, kept after it is final. */
export const reintegrationDocumentVersions = pgTable(
  'reintegration_document_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => reintegrationDocuments.id),
    version: integer('version').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    savedByUserId: uuid('saved_by_user_id')
      .notNull()
      .references(() => users.id),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    unique('reintegration_document_versions_version').on(table.documentId, table.version),
    index('reintegration_document_versions_employer_idx').on(table.employerId),
  ],
);
