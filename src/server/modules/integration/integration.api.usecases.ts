import {
  type ApiAbsence,
  type ApiAbsenceKey,
  type ApiCursor,
  type ApiEmployee,
  type ApiEmployeeKey,
  type ApiListQuery,
  type ApiTask,
  encodeApiCursor,
} from '../../../contracts/api-v1.js';
import type { Db } from '../../db/connection.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';

type Page<T> = { data: T[]; nextCursor: string | null };

/** A page of `limit` rows or fewer, and the cursor after its last row when it came full. */
function pageOf<T extends { id: string; updatedAt: string }>(rows: T[], limit: number): Page<T> {
  const last = rows.at(-1);
  const after: ApiCursor | undefined =
    rows.length === limit && last ? { updatedAt: last.updatedAt, id: last.id } : undefined;
  return { data: rows, nextCursor: after ? encodeApiCursor(after) : null };
}

/**
 * The reads of the REST API v1 (SPEC.md §2.10): each opens one tenant transaction for the API
 * client's employer, reads through the use case of the module that owns the data, and writes an
 * `api.called` entry naming the client (its subject) in the same transaction.
 */
export function apiReadUseCases({
  db,
  audit,
  organisation,
  employees,
  cases,
  tasks,
}: {
  db: Db;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'listDepartmentsIn'>;
  employees: Pick<EmployeesUseCases, 'apiEmployeesIn' | 'reportEmployeesIn'>;
  cases: Pick<CasesUseCases, 'apiAbsencesIn'>;
  tasks: Pick<TasksUseCases, 'apiTasksIn'>;
}) {
  async function called<T>(
    caller: ApiCaller,
    operation: string,
    read: (tx: TenantDb) => Promise<{ result: T; count: number }>,
  ): Promise<T> {
    return inTenant(db, caller.employerId, async (tx) => {
      const { result, count } = await read(tx);
      await audit.record(
        {
          employerId: caller.employerId,
          userId: null,
          action: 'api.called',
          subjectType: 'api_client',
          subjectId: caller.clientId,
          ip: caller.ip,
          requestId: caller.requestId,
          details: { operation, count },
        },
        tx,
      );
      return result;
    });
  }

  /** The absences with their employees' personnel numbers. */
  async function withPersonnelNumbers(
    tx: TenantDb,
    caller: ApiCaller,
    rows: Awaited<ReturnType<CasesUseCases['apiAbsencesIn']>>,
  ): Promise<ApiAbsence[]> {
    const people = await employees.reportEmployeesIn(tx, caller.employerId, [
      ...new Set(rows.map((row) => row.employeeId)),
    ]);
    const numbers = new Map(people.map((person) => [person.id, person.personnelNumber]));
    return rows.map((row) => ({ ...row, personnelNumber: numbers.get(row.employeeId) ?? null }));
  }

  const pageQuery = (query: ApiListQuery) => ({
    updatedSince: query.updatedSince,
    after: query.cursor,
    limit: query.limit,
  });

  return {
    apiDepartments(caller: ApiCaller) {
      return called(caller, 'departments.list', async (tx) => {
        const departments = await organisation.listDepartmentsIn(tx, caller.employerId);
        const data = departments.map((department) => ({
          id: department.id,
          parentId: department.parentId,
          name: department.name,
          closedOn: department.closedOn,
        }));
        return { result: { data }, count: data.length };
      });
    },

    apiEmployees(caller: ApiCaller, query: ApiListQuery): Promise<Page<ApiEmployee>> {
      return called(caller, 'employees.list', async (tx) => {
        const rows = await employees.apiEmployeesIn(tx, caller.employerId, pageQuery(query));
        return { result: pageOf(rows, query.limit), count: rows.length };
      });
    },

    /** One employee by our id or personnel number; 404 when the employer has none such. */
    apiEmployee(caller: ApiCaller, key: ApiEmployeeKey): Promise<ApiEmployee> {
      return called(caller, 'employees.get', async (tx) => {
        const [found] = await employees.apiEmployeesIn(tx, caller.employerId, { key });
        if (!found) throw errors.notFound();
        return { result: found, count: 1 };
      });
    },

    apiAbsences(caller: ApiCaller, query: ApiListQuery): Promise<Page<ApiAbsence>> {
      return called(caller, 'absences.list', async (tx) => {
        const rows = await cases.apiAbsencesIn(tx, caller.employerId, pageQuery(query));
        const data = await withPersonnelNumbers(tx, caller, rows);
        return { result: pageOf(data, query.limit), count: data.length };
      });
    },

    /** One absence by our id or the HR system's; 404 when the employer has none such. */
    apiAbsence(caller: ApiCaller, key: ApiAbsenceKey): Promise<ApiAbsence> {
      return called(caller, 'absences.get', async (tx) => {
        const [found] = await withPersonnelNumbers(
          tx,
          caller,
          await cases.apiAbsencesIn(tx, caller.employerId, { key }),
        );
        if (!found) throw errors.notFound();
        return { result: found, count: 1 };
      });
    },

    /** The tasks of the employer's legal cases, paged in the order of last change. */
    apiTasks(caller: ApiCaller, query: ApiListQuery): Promise<Page<ApiTask>> {
      return called(caller, 'tasks.list', async (tx) => {
        const rows = await tasks.apiTasksIn(tx, caller.employerId, pageQuery(query));
        return { result: pageOf(rows, query.limit), count: rows.length };
      });
    },
  };
}
