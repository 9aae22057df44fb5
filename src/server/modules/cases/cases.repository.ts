import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { compareDates } from '../../../contracts/civil-dates.js';
import { insertOne, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { ScopedEmployeeId } from '../employees/employees.usecases.js';
import { absenceCasesQuery } from './cases.absence-state.repository.js';
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
  /** All the employee's cases, for the legal case's sick-day (`absenceStateOf`). */
  absenceCases: unknown;
  /** The value of the `nextDeadline` subquery given, else null. */
  nextDeadline: unknown;
};

type SegmentJson = Omit<SegmentRow, 'createdAt'> & { createdAt: string };
type FlagJson = Omit<FlagRow, 'createdAt'> & { createdAt: string };

export type NewSegment = { validFrom: string; percentage: number; note: string | null };

/** Every query on the cases tables; made inside `inTenant`, so RLS applies as well. */
export function createCasesRepository(db: TenantDb, employerId: AuthorizedEmployerId) {
  const ofEmployer = eq(cases.employerId, employerId);

  /**
   * The cases `where` selects (oldest first) with their details, in one statement: the timeline
   * and flags of sickness cases and the details of pregnancies come along as JSON columns.
   * (The outer columns are written `cases.…`: Drizzle leaves a column of the one table it selects
   * from unqualified, which inside the subqueries would name their own.)
   */
  async function casesWithDetails(where: SQL | undefined): Promise<StoredCase[]> {
    const found = await db
      .select({
        row: getTableColumns(cases),
        segments: sql<SegmentJson[]>`(select coalesce(json_agg(json_build_object(
            'id', s.id, 'employerId', s.employer_id, 'caseId', s.case_id,
            'validFrom', s.valid_from::text, 'percentage', s.percentage, 'note', s.note,
            'createdAt', s.created_at
          ) order by s.valid_from), '[]'::json)
          from ${caseSegments} s
          where ${cases}.kind = 'sickness' and s.employer_id = ${employerId}
            and s.case_id = ${cases}.id)`,
        flags: sql<FlagJson[]>`(select coalesce(json_agg(json_build_object(
            'id', f.id, 'employerId', f.employer_id, 'caseId', f.case_id, 'flag', f.flag,
            'value', f.value, 'setOn', f.set_on::text, 'setBy', f.set_by,
            'createdAt', f.created_at
          ) order by f.flag), '[]'::json)
          from ${caseFlags} f
          where ${cases}.kind = 'sickness' and f.employer_id = ${employerId}
            and f.case_id = ${cases}.id)`,
        pregnancy: sql<PregnancyRow | null>`(select json_build_object(
            'caseId', p.case_id, 'employerId', p.employer_id,
            'expectedDelivery', p.expected_delivery::text, 'multipleBirth', p.multiple_birth,
            'lastWorkingDay', p.last_working_day::text, 'freeDayBetween', p.free_day_between,
            'actualDelivery', p.actual_delivery::text
          )
          from ${pregnancyDetails} p
          where ${cases}.kind = 'pregnancy' and p.employer_id = ${employerId}
            and p.case_id = ${cases}.id)`,
      })
      .from(cases)
      .where(where)
      .orderBy(asc(cases.firstDay), asc(cases.createdAt));
    // JSON carries the timestamps as text.
    return found.map(({ row, segments, flags, pregnancy }) => ({
      row,
      segments: segments.map((segment) => ({ ...segment, createdAt: new Date(segment.createdAt) })),
      flags: flags.map((flag) => ({ ...flag, createdAt: new Date(flag.createdAt) })),
      pregnancy,
    }));
  }

  return {
    /** All cases of the employee, oldest first. */
    casesOfEmployee(employeeId: ScopedEmployeeId): Promise<StoredCase[]> {
      return casesWithDetails(and(ofEmployer, eq(cases.employeeId, employeeId)));
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
    /**
     * Deletes a case; its segments, flags and tasks go with it (their foreign keys cascade). A
     * dossier note or document linked to it makes this fail with a foreign-key violation.
     */
    async deleteCase(caseId: string): Promise<void> {
      await db.delete(cases).where(and(ofEmployer, eq(cases.id, caseId)));
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
    /**
     * The employee of a case with the employee's lock (`lockEmployeeCases`) taken in the same
     * statement: what a change of a case does first, in one round trip. Read the cases in a later
     * statement, which sees every change committed before the lock was granted.
     */
    async lockedEmployeeOfCase(caseId: string): Promise<string | undefined> {
      const [row] = await selectRows<{ employeeId: string }>(
        db,
        sql`select ${cases.employeeId} as "employeeId",
            pg_advisory_xact_lock(hashtext('cases:' || ${cases.employeeId}::text))
          from ${cases}
          where ${cases.employerId} = ${employerId} and ${cases.id} = ${caseId}`,
      );
      return row?.employeeId;
    },
    async findCase(caseId: string): Promise<StoredCase | undefined> {
      const [found] = await casesWithDetails(and(ofEmployer, eq(cases.id, caseId)));
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
     * same index ranges as `countSickOn`. Beside each: the employee's cases and, when given, the
     * `nextDeadline` subquery (on the employee id column), so the list is one statement.
     */
    async sickOn(
      date: string,
      inScope: (employeeId: SQL) => SQL,
      nextDeadline: ((employeeId: SQL) => SQL) | null = null,
    ): Promise<SickOnDate[]> {
      const employeeId = sql`sick_case.employee_id`;
      const rows = await selectRows<{
        employee_id: string;
        first_day: string;
        classification: string | null;
        percentage: number;
        absence_cases: unknown;
        next_deadline: unknown;
      }>(
        db,
        sql`select distinct on (sick_case.employee_id) sick_case.employee_id,
            sick_case.first_day::text as first_day, sick_case.classification, segment.percentage,
            ${absenceCasesQuery(employerId, employeeId, date)} as absence_cases,
            ${nextDeadline === null ? sql`null` : nextDeadline(employeeId)} as next_deadline
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
        absenceCases: row.absence_cases,
        nextDeadline: row.next_deadline,
      }));
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
