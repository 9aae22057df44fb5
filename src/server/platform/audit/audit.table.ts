import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change and every read of personal data. The app only inserts;
 * there is no update or delete path. Not a foreign key to employers/users so records outlive them.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    employerId: uuid('employer_id'),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (table) => [
    index('audit_log_employer_time_idx').on(table.employerId, table.occurredAt),
    index('audit_log_subject_idx').on(table.subjectType, table.subjectId),
  ],
);
