/**
 * Pure rules of the bulk import: reading the cells of a row by the column definitions of
 * contracts/integration.ts, the checks per row and across rows, and finding a department by
 * its name or path. No database, no clock (today is passed in).
 */
export * from './integration.across-rows.models.js';
export * from './integration.departments.models.js';
export * from './integration.files.models.js';
export * from './integration.headers.models.js';
export * from './integration.rows.models.js';
export * from './integration.template.models.js';
