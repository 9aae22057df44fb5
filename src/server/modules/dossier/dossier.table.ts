import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { cases } from '../cases/cases.table.js';
import { employees } from '../employees/employees.table.js';
import { apiClients } from '../integration/integration.clients.table.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';

/**
 * Contact moments ("Contactmomenten overzicht"). There is no update and no delete: the case file
 * is a legal record. The author's name is kept as it was when the note was written.
 */
export const dossierNotes = pgTable(
  'dossier_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    /** The absence case the contact was about, when the author linked one. */
    caseId: uuid('case_id'),
    contactDate: date('contact_date').notNull(),
    /** contracts/dossier.ts contactTypes */
    contactType: text('contact_type').notNull(),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'dossier_notes_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    // A linked case is a case of the same employer (the use case checks it is this employee's).
    foreignKey({
      name: 'dossier_notes_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }),
    index('dossier_notes_employee_idx').on(table.employerId, table.employeeId, table.contactDate),
  ],
);

/**
 * Uploaded documents. The bytes live in the file storage under `storage_key`, made from the
 * employer and the document id, never from the uploaded name. A document is never deleted; it
 * can be marked withdrawn (the decision record "dossier documents are withdrawn, never deleted" in docs/decisions).
 */
export const dossierDocuments = pgTable(
  'dossier_documents',
  {
    id: uuid('id').primaryKey(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    caseId: uuid('case_id'),
    /** contracts/dossier.ts documentCategories */
    category: text('category').notNull(),
    /** The cleaned display name, its extension matching `kind`. */
    fileName: text('file_name').notNull(),
    /** What the content is (contracts/dossier.ts documentKinds), detected from the bytes. */
    kind: text('kind').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    /** The user who uploaded it; null when an API client did (`uploaded_by_api_client_id`). */
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    /** The employer's API client that uploaded it through `/api/v1` (migration 0031). */
    uploadedByApiClientId: uuid('uploaded_by_api_client_id'),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => users.id),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'dossier_documents_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'dossier_documents_api_client_same_employer_fk',
      columns: [table.employerId, table.uploadedByApiClientId],
      foreignColumns: [apiClients.employerId, apiClients.id],
    }),
    check(
      'dossier_documents_uploader_check',
      sql`(${table.uploadedByUserId} is null) <> (${table.uploadedByApiClientId} is null)`,
    ),
    foreignKey({
      name: 'dossier_documents_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }),
    index('dossier_documents_employee_idx').on(table.employerId, table.employeeId),
    check(
      'dossier_documents_withdrawn_check',
      sql`(${table.withdrawnAt} is null) = (${table.withdrawnReason} is null)
        and (${table.withdrawnAt} is null) = (${table.withdrawnByUserId} is null)`,
    ),
  ],
);

/**
 * The company doctor's (bedrijfsarts) medical notes, apart from everything employer roles can
 * read. The text is sealed with the platform secret box, bound to employer and employee, so a
 * database dump or a row copied to another dossier reveals nothing.
 */
export const medicalNotes = pgTable(
  'medical_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    sealedText: text('sealed_text').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'medical_notes_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    index('medical_notes_employee_idx').on(table.employerId, table.employeeId),
  ],
);

/**
 * The company doctor's functional advice (DOMAIN.md §5): what work is possible, the expected
 * duration and adjustments, never medical detail. The employer's dossier readers see it, and the
 * employee receives the same text (`delivery`: e-mailed to the private address, or printed).
 */
export const functionalAdvices = pgTable(
  'functional_advices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    caseId: uuid('case_id'),
    workPossible: text('work_possible').notNull(),
    expectedDuration: text('expected_duration').notNull(),
    adjustments: text('adjustments').notNull(),
    /** contracts/dossier-advice.ts adviceDeliveries */
    delivery: text('delivery').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'functional_advices_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'functional_advices_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }),
    index('functional_advices_employee_idx').on(table.employerId, table.employeeId),
  ],
);

/**
 * Terugkoppeling (feedback after a consultation) by the casemanager or company doctor: a piece of
 * the dossier of its own kind, for the employer; its creation is an "Aangemaakte documenten"
 * signal like an uploaded document (dossier.signals.repository.ts).
 */
export const consultationFeedback = pgTable(
  'consultation_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    caseId: uuid('case_id'),
    consultationDate: date('consultation_date').notNull(),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    foreignKey({
      name: 'consultation_feedback_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    foreignKey({
      name: 'consultation_feedback_case_same_employer_fk',
      columns: [table.employerId, table.caseId],
      foreignColumns: [cases.employerId, cases.id],
    }),
    index('consultation_feedback_employee_idx').on(table.employerId, table.employeeId),
    index('consultation_feedback_created_idx').on(table.employerId, table.createdAt),
  ],
);
