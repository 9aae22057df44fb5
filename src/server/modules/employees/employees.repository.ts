import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { employees, employments, employmentVersions } from './employees.table.js';

export type Employee = typeof employees.$inferSelect;
export type NewEmployee = Omit<
  typeof employees.$inferInsert,
  'id' | 'employerId' | 'createdAt' | 'updatedAt'
>;
export type NewEmployment = {
  startDate: string;
  endDate?: string | null;
  departmentId: string;
  contractHoursPerWeek: string;
  functionName?: string | null;
  employmentType: string;
};

export function createEmployeesRepository(db: Db) {
  return {
    /** The employee, the first employment and its first version, all or nothing. */
    async insertEmployeeWithEmployment(
      employerId: AuthorizedEmployerId,
      employee: NewEmployee,
      employment: NewEmployment,
    ): Promise<Employee> {
      return db.transaction(async (tx) => {
        const [created] = await tx
          .insert(employees)
          .values({ ...employee, employerId })
          .returning();
        if (!created) throw new Error('insert returned no employee');
        const [createdEmployment] = await tx
          .insert(employments)
          .values({
            employerId,
            employeeId: created.id,
            startDate: employment.startDate,
            endDate: employment.endDate ?? null,
          })
          .returning({ id: employments.id });
        if (!createdEmployment) throw new Error('insert returned no employment');
        await tx.insert(employmentVersions).values({
          employerId,
          employmentId: createdEmployment.id,
          validFrom: employment.startDate,
          departmentId: employment.departmentId,
          contractHoursPerWeek: employment.contractHoursPerWeek,
          functionName: employment.functionName ?? null,
          employmentType: employment.employmentType,
        });
        return created;
      });
    },
    /**
     * Employees employed on `date`, per department of the employment version valid that day.
     * An employee with two employments in one department counts once there.
     */
    async countEmployedByDepartment(
      employerId: AuthorizedEmployerId,
      date: string,
    ): Promise<Map<string, number>> {
      const rows = await selectRows<{ department_id: string; employees: number }>(
        db,
        sql`
        select version.department_id, count(distinct employment.employee_id)::int as employees
        from ${employments} employment
        join lateral (
          select v.department_id from ${employmentVersions} v
          where v.employment_id = employment.id and v.valid_from <= ${date}
          order by v.valid_from desc limit 1
        ) version on true
        where employment.employer_id = ${employerId}
          and employment.start_date <= ${date}
          and (employment.end_date is null or employment.end_date >= ${date})
        group by version.department_id`,
      );
      return new Map(rows.map((row) => [row.department_id, Number(row.employees)]));
    },
  };
}

export type EmployeesRepository = ReturnType<typeof createEmployeesRepository>;
