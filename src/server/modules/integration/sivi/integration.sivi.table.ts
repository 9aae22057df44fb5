import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIsolation } from '../../../db/tenant-policy.js';
import { employers } from '../../organisation/organisation.table.js';
import { users } from '../../users/users.table.js';
import { apiClients } from '../integration.clients.table.js';

/**
 * The processing log of SIVI Verzuimmeldingen imports (issue 13): one row per uploaded message,
 * who sent it (a user in the app or an API client), the file's name and SHA-256, and the result:
 * `applied` (every element), `refused` (nothing applied) or `repeated` (every element had been
 * applied before; nothing applied again).
 */
export const siviImports = pgTable(
  'sivi_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    userId: uuid('user_id').references(() => users.id),
    apiClientId: uuid('api_client_id').references(() => apiClients.id),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** Berrefnr of the message; null when it could not be read. */
    reference: text('reference'),
    result: text('result').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('sivi_imports_employer_created_idx').on(table.employerId, table.createdAt),
  ],
);

/**
 * One element of a logged message: a Vrzm accepted (applied), repeated (applied by an earlier
 * message) or refused with its reason code, or a refusal of the message as a whole (the XSD).
 * The partial unique index is the once-only rule: a report (VrzmgvlId, VrzmgvlVnrMld) is
 * accepted at most once per employer, also when two uploads race.
 */
export const siviImportElements = pgTable(
  'sivi_import_elements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importId: uuid('import_id')
      .notNull()
      .references(() => siviImports.id, { onDelete: 'cascade' }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    path: text('path').notNull(),
    line: integer('line').notNull(),
    absenceId: text('absence_id'),
    sequence: integer('sequence'),
    outcome: text('outcome').notNull(),
    code: text('code'),
    /** A technical detail of the refusal (the XSD's message); never personal data. */
    detail: jsonb('detail'),
  },
  (table) => [
    tenantIsolation(table.employerId),
    index('sivi_import_elements_import_idx').on(table.importId),
    uniqueIndex('sivi_import_elements_accepted_key')
      .on(table.employerId, table.absenceId, table.sequence)
      .where(sql`outcome = 'accepted'`),
  ],
);
