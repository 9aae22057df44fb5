import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type Db, insertOne } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { employmentOnDate } from './employees.models.js';
import {
  type Employment,
  type EmploymentChange,
  type EmploymentChangeResult,
  type EmploymentVersion,
  type EmploymentWithVersions,
  type NewEmployment,
  toEmploymentVersion,
} from './employees.rows.js';
import type { ScopedEmployeeId } from './employees.scope.js';
import { employeeNameKeys, employees, employments, employmentVersions } from './employees.table.js';

/** An employment with its versions as `employmentsJson` carries it. */
export type EmploymentJson = Omit<Employment, 'createdAt'> & {
  createdAt: string;
  versions: EmploymentVersion[];
};

/**
 * Subquery: the employments of the employee `employeeId` (an SQL expression of the outer
 * statement) with their versions (oldest first), as one JSON array, so a statement that finds
 * the employee reads its employments in the same round trip. `employmentsFromJson` reads it.
 */
export function employmentsJson(employerId: AuthorizedEmployerId, employeeId: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object(
      'id', employment.id, 'employerId', employment.employer_id,
      'employeeId', employment.employee_id, 'number', employment.number,
      'startDate', employment.start_date::text,
      'contractStartDate', employment.contract_start_date::text,
      'endDate', employment.end_date::text, 'endReason', employment.end_reason,
      'createdAt', employment.created_at,
      'versions', (select coalesce(json_agg(json_build_object(
          'id', version.id, 'employmentId', version.employment_id,
          'validFrom', version.valid_from::text, 'departmentId', version.department_id,
          'contractHoursPerWeek', version.contract_hours_per_week,
          'functionName', version.function_name, 'functionGroup', version.function_group,
          'employmentType', version.employment_type, 'noRiskPolicy', version.no_risk_policy
        ) order by version.valid_from), '[]'::json)
        from ${employmentVersions} version
        where version.employer_id = ${employerId} and version.employment_id = employment.id)
    )), '[]'::json)
    from ${employments} employment
    where employment.employer_id = ${employerId} and employment.employee_id = ${employeeId})`;
}

/** The rows of `employmentsJson`: JSON carries the numeric hours as a number and the timestamp as text. */
export function employmentsFromJson(rows: readonly EmploymentJson[]): EmploymentWithVersions[] {
  return rows.map((employment) => ({
    ...employment,
    createdAt: new Date(employment.createdAt),
    versions: employment.versions.map((version) => ({
      ...version,
      contractHoursPerWeek: Number(version.contractHoursPerWeek),
    })),
  }));
}

/** Rewrites the employee's last day of service from its employments (see the column). */
export async function refreshServiceEnd(db: Db, employeeId: string): Promise<void> {
  await db.execute(sql`
    update ${employees} set service_end_date = (
      select case when bool_or(employment.end_date is null) then null
        else max(employment.end_date) end
      from ${employments} employment where employment.employee_id = ${employeeId})
    where id = ${employeeId}`);
  await db.execute(sql`
    update ${employeeNameKeys} set service_end_date = (
      select e.service_end_date from ${employees} e where e.id = ${employeeId})
    where employee_id = ${employeeId}`);
}

/**
 * The number the employee's next employment gets: one above the highest. The employee row is
 * locked first, so two employments added at once cannot take the same number.
 */
async function nextEmploymentNumber(db: Db, employeeId: string): Promise<number> {
  await db.execute(sql`select id from ${employees} where id = ${employeeId} for update`);
  const [row] = await db
    .select({ highest: sql<number | null>`max(${employments.number})` })
    .from(employments)
    .where(eq(employments.employeeId, employeeId));
  return Number(row?.highest ?? 0) + 1;
}

/** An employment, numbered once for good, and its first version, valid from its start date. */
export async function insertEmployment(
  db: Db,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  employment: NewEmployment,
): Promise<Employment> {
  const created = await insertOne(db, employments, {
    employerId,
    employeeId,
    number: await nextEmploymentNumber(db, employeeId),
    startDate: employment.startDate,
    contractStartDate: employment.contractStartDate ?? null,
    endDate: employment.endDate ?? null,
    hrEmploymentId: employment.hrEmploymentId ?? null,
  });
  await db.insert(employmentVersions).values({
    employerId,
    employmentId: created.id,
    validFrom: employment.startDate,
    departmentId: employment.departmentId,
    contractHoursPerWeek: employment.contractHoursPerWeek,
    functionName: employment.functionName ?? null,
    functionGroup: employment.functionGroup ?? null,
    employmentType: employment.employmentType,
    noRiskPolicy: employment.noRiskPolicy ?? false,
  });
  await refreshServiceEnd(db, employeeId);
  return created;
}

/** The employments and their versions (history kept); inside `inTenant`, so RLS applies too. */
export function createEmploymentsRepository(db: TenantDb) {
  return {
    /** A further employment of an employee in scope. */
    addEmployment(
      employerId: AuthorizedEmployerId,
      employeeId: ScopedEmployeeId,
      employment: NewEmployment,
    ): Promise<Employment> {
      return insertEmployment(db, employerId, employeeId, employment);
    },
    /** The employment of this employee with its versions (oldest first), locked for a change. */
    async lockEmployment(
      employerId: AuthorizedEmployerId,
      employeeId: ScopedEmployeeId,
      employmentId: string,
    ): Promise<EmploymentWithVersions | undefined> {
      const [employment] = await db
        .select()
        .from(employments)
        .where(
          and(
            eq(employments.employerId, employerId),
            eq(employments.employeeId, employeeId),
            eq(employments.id, employmentId),
          ),
        )
        .for('update');
      if (!employment) return undefined;
      const versions = await db
        .select()
        .from(employmentVersions)
        .where(
          and(
            eq(employmentVersions.employerId, employerId),
            eq(employmentVersions.employmentId, employmentId),
          ),
        )
        .orderBy(asc(employmentVersions.validFrom));
      return { ...employment, versions: versions.map(toEmploymentVersion) };
    },
    /** The employee's employments, each with all its versions (oldest first). */
    async employmentsWithVersions(
      employerId: AuthorizedEmployerId,
      employeeId: ScopedEmployeeId,
    ): Promise<EmploymentWithVersions[]> {
      const rows = await db
        .select()
        .from(employments)
        .where(and(eq(employments.employerId, employerId), eq(employments.employeeId, employeeId)));
      if (rows.length === 0) return [];
      const versions = await db
        .select()
        .from(employmentVersions)
        .where(
          and(
            eq(employmentVersions.employerId, employerId),
            inArray(
              employmentVersions.employmentId,
              rows.map((row) => row.id),
            ),
          ),
        )
        .orderBy(asc(employmentVersions.validFrom));
      return rows.map((row) => ({
        ...row,
        versions: versions
          .filter((version) => version.employmentId === row.id)
          .map(toEmploymentVersion),
      }));
    },
    async updateEmployment(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      values: Partial<
        Pick<
          Employment,
          'startDate' | 'contractStartDate' | 'endDate' | 'endReason' | 'hrEmploymentId'
        >
      >,
    ): Promise<void> {
      if (Object.keys(values).length === 0) return;
      const [updated] = await db
        .update(employments)
        .set(values)
        .where(and(eq(employments.employerId, employerId), eq(employments.id, employmentId)))
        .returning({ employeeId: employments.employeeId });
      if (updated && values.endDate !== undefined) await refreshServiceEnd(db, updated.employeeId);
    },
    async updateEmploymentVersion(
      employerId: AuthorizedEmployerId,
      versionId: string,
      values: Partial<Omit<EmploymentVersion, 'id' | 'employmentId'>>,
    ): Promise<void> {
      if (Object.keys(values).length === 0) return;
      const { contractHoursPerWeek, ...rest } = values;
      await db
        .update(employmentVersions)
        .set({
          ...rest,
          ...(contractHoursPerWeek === undefined
            ? {}
            : { contractHoursPerWeek: contractHoursPerWeek.toFixed(2) }),
        })
        .where(
          and(eq(employmentVersions.employerId, employerId), eq(employmentVersions.id, versionId)),
        );
    },
    /** A version with all its terms (the REST API's upsert writes the history it is given). */
    async insertEmploymentVersion(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      version: Omit<EmploymentVersion, 'id' | 'employmentId'>,
    ): Promise<void> {
      await db.insert(employmentVersions).values({
        ...version,
        employerId,
        employmentId,
        contractHoursPerWeek: version.contractHoursPerWeek.toFixed(2),
      });
    },
    /** Removes a version from an employment's history (the REST API's upsert). */
    async deleteEmploymentVersion(employerId: AuthorizedEmployerId, versionId: string) {
      await db
        .delete(employmentVersions)
        .where(
          and(eq(employmentVersions.employerId, employerId), eq(employmentVersions.id, versionId)),
        );
    },
    /**
     * A new version of an employment from `change.validFrom`, history kept ("wijzigen"). Terms
     * not in `change` come from the version in force on that date. The employment row is locked
     * first, so two changes of one employment cannot race past the checks.
     */
    async addEmploymentVersion(
      employerId: AuthorizedEmployerId,
      employmentId: string,
      change: EmploymentChange,
    ): Promise<EmploymentChangeResult> {
      const [employment] = await db
        .select()
        .from(employments)
        .where(and(eq(employments.id, employmentId), eq(employments.employerId, employerId)))
        .for('update');
      if (!employment) return { kind: 'employment_not_found' } as const;
      const versions = await db
        .select()
        .from(employmentVersions)
        .where(
          and(
            eq(employmentVersions.employmentId, employmentId),
            eq(employmentVersions.employerId, employerId),
          ),
        );
      const { status, version: current } = employmentOnDate(
        { startDate: employment.startDate, endDate: employment.endDate, versions },
        change.validFrom,
      );
      if (status !== 'employed' || !current) return { kind: 'outside_employment' } as const;
      if (current.validFrom === change.validFrom) return { kind: 'version_exists' } as const;
      const [created] = await db
        .insert(employmentVersions)
        .values({
          employerId,
          employmentId,
          validFrom: change.validFrom,
          departmentId: change.departmentId ?? current.departmentId,
          contractHoursPerWeek:
            change.contractHoursPerWeek === undefined
              ? current.contractHoursPerWeek
              : change.contractHoursPerWeek.toFixed(2),
          functionName:
            change.functionName === undefined ? current.functionName : change.functionName,
          functionGroup:
            change.functionGroup === undefined ? current.functionGroup : change.functionGroup,
          employmentType: change.employmentType ?? current.employmentType,
          noRiskPolicy: change.noRiskPolicy ?? current.noRiskPolicy,
        })
        .returning();
      if (!created) throw new Error('insert returned no employment version');
      return { kind: 'changed', version: toEmploymentVersion(created) } as const;
    },
  };
}
