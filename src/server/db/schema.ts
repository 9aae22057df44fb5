/** Every table of the app, for Drizzle's typed queries and drizzle-kit's migration generator. */
export * from '../modules/organisation/organisation.table.js';
export * from '../modules/employees/employees.table.js';
export * from '../modules/users/users.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/factors/factors.table.js';
export * from '../modules/dossier/dossier.table.js';
export * from '../platform/outbox/outbox.table.js';
export * from '../platform/audit/audit.table.js';
export * from '../platform/http/rate-limit.table.js';
export * from '../modules/cases/cases.table.js';
export * from '../modules/vault/vault.table.js';
export * from '../modules/tasks/tasks.protocols.table.js';
export * from '../modules/tasks/tasks.table.js';
export * from '../modules/tasks/tasks.calendar.table.js';
export * from '../modules/signals/signals.table.js';
export * from '../modules/reports/reports.table.js';
export * from '../modules/integration/integration.clients.table.js';
