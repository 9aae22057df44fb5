import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
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
    async countEmployees(employerId: AuthorizedEmployerId): Promise<number> {
      const [row] = await db
        .select({ value: count() })
        .from(employees)
        .where(and(eq(employees.employerId, employerId)));
      return row?.value ?? 0;
    },
  };
}

export type EmployeesRepository = ReturnType<typeof createEmployeesRepository>;
