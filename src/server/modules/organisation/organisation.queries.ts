import { type SQL, sql } from 'drizzle-orm';
import { departments, employers } from './organisation.table.js';

/**
 * Subqueries on the organisation's tables for another module's single-statement read (the
 * request context, the dossier); the organisation's SQL stays with its tables, and a caller composes it.
 */
export const organisationSubqueries = {
  /** The employer's id when `employerId` names one, else null. */
  existingEmployer: (employerId: SQL) =>
    sql<
      string | null
    >`(select employer.id from ${employers} employer where employer.id = ${employerId})`,
  /** The employer's id, name and HR link mode as one JSON value, or null. */
  employerSummary: (employerId: SQL) =>
    sql<{ id: string; name: string; hrIntegrationMode: string } | null>`(select json_build_object(
        'id', employer.id, 'name', employer.name, 'hrIntegrationMode', employer.hr_integration_mode)
      from ${employers} employer where employer.id = ${employerId})`,
  /** The employer's HR link mode (none, manual, …). */
  hrIntegrationMode: (employerId: SQL) =>
    sql<
      string | null
    >`(select employer.hr_integration_mode from ${employers} employer where employer.id = ${employerId})`,
  /**
   * The ids (a JSON array) of the employer's departments that the query `roots` selects, with all their
   * descendants of today: a department moved under a selected one comes along at once.
   */
  departmentsWithDescendants: (employerId: SQL, roots: SQL) =>
    sql<string[]>`(with recursive tree(id) as (
        select department.id from ${departments} department
        where department.employer_id = ${employerId} and department.id in (${roots})
        union
        select child.id from ${departments} child join tree on child.parent_id = tree.id
        where child.employer_id = ${employerId}
      ) select coalesce(json_agg(tree.id), '[]'::json) from tree)`,
};
