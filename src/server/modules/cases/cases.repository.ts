import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { compareDates } from '../../../contracts/civil-dates.js';
import { insertOne, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { ScopedEmployeeId } from '../employees/employees.usecases.js';
import { caseFlags, cases, caseSegments, pregnancyDetails } from './cases.table.js';

export type CaseRow = typeof cases.$inferSelect;
export type SegmentRow = typeof caseSegments.$inferSelect;
export type FlagRow = typeof caseFlags.$inferSelect;
export type PregnancyRow = typeof pregnancyDetails.$inferSelect;

/** A case with everything stored about it. */
export type StoredCase = {
  row: CaseRow;
  segments: SegmentRow[];
  flags: FlagRow[];
  pregnancy: PregnancyRow | null;
};

/** An employee sick on a date, with the case's first day and that day's percentage. */
export type SickOnDate = {
  employeeId: string;
  firstDay: string;
  classification: string | null;
  percentage: number;
};

export type NewSegment = { validFrom: string; percentage: number; note: string | null };

/** Every query on the cases tables; made inside `inTenant`, so RLS applies as well. */
export function createCasesRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const ofEmployer = eq(cases.employerId, employerId);

  /**
   * The rows with their details: the timeline and flags of sickness cases, the details of
   * pregnancies. A kind without cases asks nothing, so most employees cost one query less.
   */
  async function withDetails(rows: CaseRow[]): Promise<StoredCase[]> {
    const idsOf = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => row.id);
    const sickness = idsOf('sickness');
    const pregnancy = idsOf('pregnancy');
    // One after the other: PGlite's one connection runs one query at a time anyway.
    const segments =
      sickness.length === 0
        ? []
        : await db
            .select()
            .from(caseSegments)
            .where(
              and(eq(caseSegments.employerId, employerId), inArray(caseSegments.caseId, sickness)),
            )
            .orderBy(asc(caseSegments.validFrom));
    const flags =
      sickness.length === 0
        ? []
        : await db
            .select()
            .from(caseFlags)
            .where(and(eq(caseFlags.employerId, employerId), inArray(caseFlags.caseId, sickness)))
            .orderBy(asc(caseFlags.flag));
    const pregnancies =
      pregnancy.length === 0
        ? []
        : await db
            .select()
            .from(pregnancyDetails)
            .where(
              and(
                eq(pregnancyDetails.employerId, employerId),
                inArray(pregnancyDetails.caseId, pregnancy),
              ),
            );
    return rows.map((row) => ({
      row,
      segments: segments.filter((segment) => segment.caseId === row.id),
      flags: flags.filter((flag) => flag.caseId === row.id),
      pregnancy: pregnancies.find((found) => found.caseId === row.id) ?? null,
    }));
  }

  return {
    /** All cases of the employee, oldest first. */
    async casesOfEmployee(employeeId: ScopedEmployeeId): Promise<StoredCase[]> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(ofEmployer, eq(cases.employeeId, employeeId)))
        .orderBy(asc(cases.firstDay), asc(cases.createdAt));
      return withDetails(rows);
    },
    /**
     * Serialises reports for one employee until the transaction ends: two reports at the same
     * moment run one after the other, so the overlap check of the second sees the first.
     */
    async lockEmployeeCases(employeeId: ScopedEmployeeId): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`cases:${employeeId}`}))`);
    },
    async insertCase(
      values: Omit<
        typeof cases.$inferInsert,
        'id' | 'employerId' | 'employeeId' | 'createdAt' | 'updatedAt'
      > & { employeeId: ScopedEmployeeId },
    ): Promise<CaseRow> {
      return insertOne(db, cases, { ...values, employerId });
    },
    async updateCase(
      caseId: string,
      values: Partial<
        Pick<
          CaseRow,
          | 'classification'
          | 'firstDay'
          | 'lastDay'
          | 'endReason'
          | 'endNote'
          | 'previousCaseId'
          | 'employmentId'
        >
      >,
    ): Promise<void> {
      await db
        .update(cases)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(ofEmployer, eq(cases.id, caseId)));
    },
    /**
     * Replaces the timeline of a case, `stored` as read under the employee's lock, by `segments`,
     * keeping the stored rows (and their notes) whose date and percentage stay the same; returns
     * the timeline as now stored, in date order.
     */
    async replaceSegments(
      caseId: string,
      stored: readonly SegmentRow[],
      segments: readonly NewSegment[],
    ): Promise<SegmentRow[]> {
      const keep = (segment: NewSegment) =>
        stored.some(
          (row) => row.validFrom === segment.validFrom && row.percentage === segment.percentage,
        );
      const removed = stored.filter(
        (row) =>
          !segments.some(
            (segment) =>
              segment.validFrom === row.validFrom && segment.percentage === row.percentage,
          ),
      );
      if (removed.length > 0) {
        await db.delete(caseSegments).where(
          and(
            eq(caseSegments.employerId, employerId),
            inArray(
              caseSegments.id,
              removed.map((row) => row.id),
            ),
          ),
        );
      }
      const added = segments.filter((segment) => !keep(segment));
      const inserted =
        added.length > 0
          ? await db
              .insert(caseSegments)
              .values(added.map((segment) => ({ ...segment, employerId, caseId })))
              .returning()
          : [];
      return [...stored.filter((row) => !removed.includes(row)), ...inserted].sort((a, b) =>
        compareDates(a.validFrom, b.validFrom),
      );
    },
    /** The timeline of a new case, as stored. */
    async insertSegments(caseId: string, segments: readonly NewSegment[]): Promise<SegmentRow[]> {
      return db
        .insert(caseSegments)
        .values(segments.map((segment) => ({ ...segment, employerId, caseId })))
        .returning();
    },
    async setFlag(values: {
      caseId: string;
      flag: string;
      value: string | null;
      setOn: string;
      setBy: string;
    }): Promise<void> {
      await db
        .insert(caseFlags)
        .values({ ...values, employerId })
        .onConflictDoUpdate({
          target: [caseFlags.caseId, caseFlags.flag],
          set: { value: values.value, setOn: values.setOn, setBy: values.setBy },
        });
    },
    async clearFlag(caseId: string, flag: string): Promise<boolean> {
      const deleted = await db
        .delete(caseFlags)
        .where(
          and(
            eq(caseFlags.employerId, employerId),
            eq(caseFlags.caseId, caseId),
            eq(caseFlags.flag, flag),
          ),
        )
        .returning({ id: caseFlags.id });
      return deleted.length > 0;
    },
    async insertPregnancy(values: Omit<PregnancyRow, 'employerId'>): Promise<PregnancyRow> {
      return insertOne(db, pregnancyDetails, { ...values, employerId });
    },
    async updatePregnancy(
      caseId: string,
      values: Partial<Omit<PregnancyRow, 'employerId' | 'caseId'>>,
    ): Promise<void> {
      await db
        .update(pregnancyDetails)
        .set(values)
        .where(
          and(eq(pregnancyDetails.employerId, employerId), eq(pregnancyDetails.caseId, caseId)),
        );
    },
    /** The employee of a case, without its details: what a change looks up first. */
    async employeeOfCase(caseId: string): Promise<string | undefined> {
      const [row] = await db
        .select({ employeeId: cases.employeeId })
        .from(cases)
        .where(and(ofEmployer, eq(cases.id, caseId)));
      return row?.employeeId;
    },
    async findCase(caseId: string): Promise<StoredCase | undefined> {
      const rows = await db
        .select()
        .from(cases)
        .where(and(ofEmployer, eq(cases.id, caseId)));
      const [found] = await withDetails(rows);
      return found;
    },
    /**
     * Whether the employee has a case (sickness or pregnancy) that has not ended before `date`:
     * open, ending on or after `date`, or reported ahead.
     */
    async hasOpenCase(employeeId: string, date: string): Promise<boolean> {
      const rows = await selectRows<{ open: boolean }>(
        db,
        sql`select exists (
          select 1 from ${cases}
          where ${cases.employerId} = ${employerId} and ${cases.employeeId} = ${employeeId}
            and (${cases.lastDay} is null or ${cases.lastDay} >= ${date}::date)
        ) as open`,
      );
      return rows[0]?.open === true;
    },
    /**
     * The number of distinct employees sick on `date` (a sickness episode covers the day) for
     * whom `inScope` (an SQL condition on the employee id column) holds: two ranges of the partial
     * index cases_employer_sickness_until_idx, whatever the history of cases.
     */
    /** Employees sick on `date` within the scope, and `employed` (a count subquery) beside it. */
    async countSickOn(
      date: string,
      inScope: (employeeId: SQL) => SQL,
      employed: SQL,
    ): Promise<{ sick: number; employed: number }> {
      const [row] = await selectRows<{ sick: number; employed: number }>(
        db,
        sql`select (select count(distinct sick_case.employee_id)::int
            from ${cases} sick_case
            where sick_case.employer_id = ${employerId} and sick_case.kind = 'sickness'
              and sick_case.first_day <= ${date}::date
              and (sick_case.last_day is null or sick_case.last_day >= ${date}::date)
              and ${inScope(sql`sick_case.employee_id`)}) as sick,
          ${employed} as employed`,
      );
      return { sick: Number(row?.sick ?? 0), employed: Number(row?.employed ?? 0) };
    },
    /**
     * Actueel verzuim: per employee for whom `inScope` holds, the sickness case covering `date`
     * with its percentage that day (the latest change on or before it), when above zero. The
     * same index ranges as `countSickOn`.
     */
    async sickOn(date: string, inScope: (employeeId: SQL) => SQL): Promise<SickOnDate[]> {
      const rows = await selectRows<{
        employee_id: string;
        first_day: string;
        classification: string | null;
        percentage: number;
      }>(
        db,
        sql`select distinct on (sick_case.employee_id) sick_case.employee_id,
            sick_case.first_day::text as first_day, sick_case.classification, segment.percentage
          from ${cases} sick_case
          join lateral (
            select s.percentage from ${caseSegments} s
            where s.employer_id = sick_case.employer_id and s.case_id = sick_case.id
              and s.valid_from <= ${date}::date
            order by s.valid_from desc limit 1
          ) segment on true
          where sick_case.employer_id = ${employerId} and sick_case.kind = 'sickness'
            and sick_case.first_day <= ${date}::date
            and (sick_case.last_day is null or sick_case.last_day >= ${date}::date)
            and segment.percentage > 0
            and ${inScope(sql`sick_case.employee_id`)}
          order by sick_case.employee_id, sick_case.first_day desc`,
      );
      return rows.map((row) => ({
        employeeId: row.employee_id,
        firstDay: row.first_day,
        classification: row.classification,
        percentage: Number(row.percentage),
      }));
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
