/**
 * Pure rules of the bulk import: reading the cells of a row by the column definitions of
 * contracts/integration.ts, the checks per row and across rows, and finding a department by
 * its name or path. No database, no clock (today is passed in).
 */
export * from './integration.models.across-rows.js';
export * from './integration.models.departments.js';
export * from './integration.models.files.js';
export * from './integration.models.headers.js';
export * from './integration.models.rows.js';
export * from './integration.models.template.js';
