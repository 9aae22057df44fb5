import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  EmployeeSearchResponse,
  employeeSearchQuerySchema,
  RecentDossiers,
} from '../../../contracts/employees.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { departmentsWithDescendants } from '../organisation/organisation.models.js';
import { type DossierScope, scopeIsEmpty } from '../users/users.policies.js';
import type { EmployeesContext, RoleActor, ScopedActor } from './employees.context.js';
import { normaliseForSearch, searchTermsFor } from './employees.models.js';
import type { EmployeeName } from './employees.rows.js';
import { employeeInScope } from './employees.scope.repository.js';
import { createSearchRepository, employeeNameQuery } from './employees.search.repository.js';

/**
 * The employees of the transaction's employer among `employeeIds` (other ids are left out), by
 * last name, with their department on `date`.
 */
function findEmployeeNamesIn(
  tx: TenantDb,
  employeeIds: readonly string[],
  date: string,
): Promise<EmployeeName[]> {
  if (employeeIds.length === 0) return Promise.resolve([]);
  const only: DossierScope = { kind: 'selection', departmentIds: [], employeeIds };
  return createSearchRepository(tx).listEmployeeNames(
    (id) => employeeInScope(only, id, date),
    date,
  );
}

/** Finding employees: Dossier zoeken, recently opened dossiers, and names for the pickers. */
export function searchUseCases(context: EmployeesContext) {
  const { organisation, today } = context;
  return {
    /**
     * Dossier zoeken: a page of employees in the actor's scope, by name (prefix, any case and
     * accents, "Vries, de" as well as "de Vries") and the extended criteria, each with the
     * absence state where the role is shown who is sick, selected in the same statement. An actor
     * without scope gets nothing, and `scopeEmpty` says why.
     */
    async searchEmployees(
      actor: ScopedActor & RoleActor,
      query: z.output<typeof employeeSearchQuerySchema>,
    ): Promise<EmployeeSearchResponse> {
      if (scopeIsEmpty(actor.scope)) return { items: [], total: 0, scopeEmpty: true };
      const nameTerms = query.name ? searchTermsFor(query.name) : null;
      const firstNameTerm = query.firstName ? normaliseForSearch(query.firstName) : null;
      if (nameTerms?.length === 0) return { items: [], total: 0, scopeEmpty: false };
      const date = today();
      const { rows, total } = await context.inEmployer(actor.employerId, async (repository, tx) => {
        const departmentIds = query.departmentId
          ? departmentsWithDescendants(await organisation.listDepartmentsIn(tx, actor.employerId), [
              query.departmentId,
            ])
          : null;
        return repository.search(
          actor.employerId,
          {
            nameTerms,
            includeOutOfService: query.includeOutOfService,
            personnelNumber: query.personnelNumber || null,
            dateOfBirth: query.dateOfBirth ?? null,
            firstNameTerm: firstNameTerm || null,
            departmentIds: departmentIds ?? null,
            limit: query.limit,
            offset: query.offset,
          },
          actor.scope,
          date,
          context.absenceColumns(actor, sql`page.id`, date).cases,
        );
      });
      // No deadline is selected, so no text in a language is made: any locale will do.
      const items = rows.map(({ absenceCases, ...row }) => ({
        ...row,
        ...context.absenceView(actor, { cases: absenceCases }, date, 'nl'),
      }));
      return { items, total, scopeEmpty: false };
    },
    /** Recent bezochte dossiers: the actor's last 10 opened dossiers still in scope. */
    async recentDossiers(actor: ScopedActor & { userId: string }): Promise<RecentDossiers> {
      const items = await context.inEmployer(actor.employerId, (repository) =>
        repository.recentVisits(actor.employerId, actor.userId, actor.scope, today(), 10),
      );
      return { items };
    },
    /**
     * For the dossier-scope tree of Gebruikersbeheer: the employees placed in `departmentId` on
     * `date` (its own, not those of sub-departments), as far as `scope` lets the actor see them.
     */
    listDepartmentEmployeeNames(
      employerId: AuthorizedEmployerId,
      departmentId: string,
      scope: DossierScope,
      date: string,
    ): Promise<EmployeeName[]> {
      const department: DossierScope = {
        kind: 'selection',
        departmentIds: [departmentId],
        employeeIds: [],
      };
      return context.inEmployer(employerId, (repository) =>
        repository.listEmployeeNames(
          (id) =>
            sql`${employeeInScope(department, id, date)} and ${employeeInScope(scope, id, date)}`,
          date,
        ),
      );
    },
    /** The employees of the employer among `employeeIds` (other ids are left out), by name. */
    findEmployeeNames(
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
      date: string,
    ): Promise<EmployeeName[]> {
      if (employeeIds.length === 0) return Promise.resolve([]);
      return context.inEmployer(employerId, (_repository, tx) =>
        findEmployeeNamesIn(tx, employeeIds, date),
      );
    },
    /** `findEmployeeNames` inside another module's tenant transaction (Actueel verzuim). */
    findEmployeeNamesIn,
    /** An employee's name as a scalar subquery in another module's statement (the Taken widget). */
    employeeNameQuery,
    /**
     * For the signals, in their transaction: the names of those of `employeeIds` that are in
     * `scope` on `date` (a recipient's scope; other ids are left out).
     */
    employeeNamesInScopeIn(
      tx: TenantDb,
      scope: DossierScope,
      employeeIds: readonly string[],
      date: string,
    ): Promise<EmployeeName[]> {
      if (employeeIds.length === 0 || scopeIsEmpty(scope)) return Promise.resolve([]);
      const only: DossierScope = { kind: 'selection', departmentIds: [], employeeIds };
      return createSearchRepository(tx).listEmployeeNames(
        (id) => sql`${employeeInScope(only, id, date)} and ${employeeInScope(scope, id, date)}`,
        date,
      );
    },
    /** For the signals, in their transaction: fixed-term employments of `employeeIds` ending in `from`…`to`. */
    fixedTermEndingsIn: (tx: TenantDb, employeeIds: readonly string[], from: string, to: string) =>
      createSearchRepository(tx).fixedTermEndings(employeeIds, from, to),
  };
}
