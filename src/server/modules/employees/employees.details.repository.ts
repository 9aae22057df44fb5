import { and, eq, sql } from 'drizzle-orm';
import { type Db, insertOne, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { insertEmployment, refreshServiceEnd } from './employees.employments.repository.js';
import {
  type NameParts,
  normaliseForSearch,
  searchKeyForName,
  searchKeysForName,
} from './employees.models.js';
import type { Employee, HrKeyedEmployee, NewEmployee, NewEmployment } from './employees.rows.js';
import type { ScopedEmployeeId } from './employees.scope.js';
import { employeeManagers, employeeNameKeys, employees } from './employees.table.js';

/** The columns derived from the name parts, for sorting and the first-name search. */
function searchColumns(name: NameParts): { sortKey: string; firstNameKey: string } {
  return { sortKey: searchKeyForName(name), firstNameKey: normaliseForSearch(name.firstName) };
}

/** Replaces the employee's search keys; in the transaction that writes the name parts. */
async function writeNameKeys(
  db: Db,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  name: NameParts,
): Promise<void> {
  await db.delete(employeeNameKeys).where(eq(employeeNameKeys.employeeId, employeeId));
  const keys = searchKeysForName(name);
  if (keys.length === 0) return;
  const sortKey = searchKeyForName(name);
  await db
    .insert(employeeNameKeys)
    .values(keys.map((key) => ({ employerId, employeeId, key, sortKey })))
    .onConflictDoNothing();
  await refreshServiceEnd(db, employeeId);
}

/**
 * The employee rows: personal details, search keys, personnel numbers and the manager; inside
 * `inTenant`, so RLS applies as well.
 */
export function createDetailsRepository(db: TenantDb) {
  return {
    /** The employee with its search keys and its employments (in the order given). */
    async insertEmployee(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employments: readonly NewEmployment[],
    ): Promise<Employee> {
      const created = await insertOne(db, employees, {
        ...employee,
        employerId,
        ...searchColumns(employee),
      });
      await writeNameKeys(db, employerId, created.id, employee);
      for (const employment of employments) {
        await insertEmployment(db, employerId, created.id, employment);
      }
      return created;
    },
    /** Name parts and the other details; the search keys follow in the same transaction. */
    async updateEmployee(
      employerId: AuthorizedEmployerId,
      employeeId: ScopedEmployeeId,
      details: NewEmployee,
      at: Date,
    ): Promise<void> {
      await db
        .update(employees)
        .set({ ...details, ...searchColumns(details), updatedAt: at })
        .where(and(eq(employees.employerId, employerId), eq(employees.id, employeeId)));
      await writeNameKeys(db, employerId, employeeId, details);
    },
    /** True when another employee of the employer already has this personnel number. */
    async personnelNumberTaken(
      employerId: AuthorizedEmployerId,
      personnelNumber: string,
      exceptEmployeeId: string | null,
    ): Promise<boolean> {
      const rows = await db
        .select({ id: employees.id })
        .from(employees)
        .where(
          and(eq(employees.employerId, employerId), eq(employees.personnelNumber, personnelNumber)),
        );
      return rows.some((row) => row.id !== exceptEmployeeId);
    },
    /** Which of `numbers` employees of the employer already have (compared trimmed, any case). */
    async personnelNumbersIn(
      employerId: AuthorizedEmployerId,
      numbers: readonly string[],
    ): Promise<string[]> {
      if (numbers.length === 0) return [];
      const rows = await selectRows<{ personnel_number: string }>(
        db,
        sql`
        select upper(trim(personnel_number)) as personnel_number from ${employees}
        where employer_id = ${employerId}
          and upper(trim(personnel_number)) in (${sql.join(
            numbers.map((number) => sql`${number}`),
            sql`, `,
          )})`,
      );
      return rows.map((row) => row.personnel_number);
    },
    /**
     * Serialises the transactions that write the employee keyed by one personnel number until
     * they end, so that two creations of a new employee at once become a creation and an update
     * instead of a race between the lookup and the insert.
     */
    async lockPersonnelNumber(employerId: AuthorizedEmployerId, number: string): Promise<void> {
      await db.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`personnel_number:${employerId}:${number}`}))`,
      );
    },
    /**
     * The employees whose personnel number (exact) is one of `numbers`, or who hold an
     * employment with one of the HR system's `hrEmploymentIds`, with all their employments:
     * what an import from the HR system matches its people and employments against.
     */
    async employeesByHrKeys(
      employerId: AuthorizedEmployerId,
      numbers: readonly string[],
      hrEmploymentIds: readonly string[],
    ): Promise<HrKeyedEmployee[]> {
      const list = (values: readonly string[]) =>
        values.length === 0
          ? sql`(null)`
          : sql`(${sql.join(
              values.map((value) => sql`${value}`),
              sql`, `,
            )})`;
      const rows = await selectRows<{
        id: string;
        personnel_number: string | null;
        employment_id: string | null;
        start_date: string | null;
        end_date: string | null;
        hr_employment_id: string | null;
      }>(
        db,
        sql`
        select e.id, e.personnel_number, j.id as employment_id, j.start_date::text as start_date,
               j.end_date::text as end_date, j.hr_employment_id
        from ${employees} e left join employments j on j.employee_id = e.id
        where e.employer_id = ${employerId}
          and (e.personnel_number in ${list(numbers)}
            or e.id in (select employee_id from employments
                        where employer_id = ${employerId}
                          and hr_employment_id in ${list(hrEmploymentIds)}))
        order by e.id, j.start_date`,
      );
      const found = new Map<string, HrKeyedEmployee>();
      for (const row of rows) {
        const employee = found.get(row.id) ?? {
          id: row.id,
          personnelNumber: row.personnel_number,
          employments: [],
        };
        found.set(row.id, employee);
        if (row.employment_id !== null && row.start_date !== null) {
          employee.employments.push({
            id: row.employment_id,
            startDate: row.start_date,
            endDate: row.end_date,
            hrEmploymentId: row.hr_employment_id,
          });
        }
      }
      return [...found.values()];
    },
    /** Sets (or replaces) the employee's manager; a manager is changed, never removed. */
    async setManager(
      employerId: AuthorizedEmployerId,
      employeeId: ScopedEmployeeId,
      userId: string,
      at: Date,
    ): Promise<void> {
      await db
        .insert(employeeManagers)
        .values({ employerId, employeeId, userId, updatedAt: at })
        .onConflictDoUpdate({
          target: employeeManagers.employeeId,
          set: { userId, updatedAt: at },
        });
    },
    async managerOf(employeeId: ScopedEmployeeId): Promise<string | null> {
      const [row] = await db
        .select({ userId: employeeManagers.userId })
        .from(employeeManagers)
        .where(eq(employeeManagers.employeeId, employeeId));
      return row?.userId ?? null;
    },
  };
}
