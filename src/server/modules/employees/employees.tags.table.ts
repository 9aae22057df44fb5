import { sql } from 'drizzle-orm';
import { check, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation } from '../../db/tenant-policy.js';
import { employers } from '../organisation/organisation.table.js';
import { users } from '../users/users.table.js';
import { employees } from './employees.table.js';

/**
 * A dossier's tags (DOMAIN.md §5): "lopende rechtszaak" and "uitgesloten van opschoning", one
 * row each while set. Either keeps the whole dossier from the retention clean-up; offboarding
 * refuses while a dossier carries `legal_proceedings`. Who set it is in the row and the audit log.
 */
export const employeeDossierTags = pgTable(
  'employee_dossier_tags',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    employeeId: uuid('employee_id').notNull(),
    /** contracts/retention.ts dossierTags */
    tag: text('tag').notNull(),
    setBy: uuid('set_by')
      .notNull()
      .references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    tenantIsolation(table.employerId),
    primaryKey({ columns: [table.employeeId, table.tag] }),
    foreignKey({
      name: 'employee_dossier_tags_employee_same_employer_fk',
      columns: [table.employerId, table.employeeId],
      foreignColumns: [employees.employerId, employees.id],
    }),
    check(
      'employee_dossier_tags_tag_check',
      sql`${table.tag} in ('legal_proceedings', 'excluded_from_cleanup')`,
    ),
  ],
);
