import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { caseFlags, cases, caseSegments } from './cases.table.js';

/** A case as the list reports (Statistieken) show it: its history, flags and dates. */
export type ReportCaseRow = {
  id: string;
  employeeId: string;
  kind: 'sickness' | 'pregnancy';
  /** Null for a pregnancy. */
  classification: string | null;
  firstDay: string;
  lastDay: string | null;
  endReason: string | null;
  /** The day the report was recorded (Europe/Amsterdam): the melddatum. */
  reportedOn: string;
  /** Percentage timeline, oldest first (empty for a pregnancy). */
  segments: { validFrom: string; percentage: number }[];
  flags: { flag: string; value: string | null; setOn: string }[];
  /** The HR system's own id of the absence (koppeling), if it sent one. */
  hrAbsenceId: string | null;
};

/** The cases the HR system knows by `hrAbsenceIds`, with their employee. */
export function casesByHrAbsenceIds(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  hrAbsenceIds: readonly string[],
): Promise<{ id: string; employeeId: string; hrAbsenceId: string }[]> {
  if (hrAbsenceIds.length === 0) return Promise.resolve([]);
  return selectRows(
    db,
    sql`select id, employee_id as "employeeId", hr_absence_id as "hrAbsenceId" from ${cases}
      where employer_id = ${employerId}
        and hr_absence_id in (${sql.join(
          hrAbsenceIds.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
}

/**
 * Every case of the employer (sickness and pregnancy) with a day in `from`–`to`, with its
 * segments and flags, in one statement.
 */
export function reportCases(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  from: string,
  to: string,
): Promise<ReportCaseRow[]> {
  return selectRows<ReportCaseRow>(
    db,
    sql`select episode.id, episode.employee_id as "employeeId", episode.kind,
        episode.classification, episode.first_day::text as "firstDay",
        episode.last_day::text as "lastDay", episode.end_reason as "endReason",
        episode.hr_absence_id as "hrAbsenceId",
        (episode.created_at at time zone 'Europe/Amsterdam')::date::text as "reportedOn",
        (select coalesce(json_agg(json_build_object(
            'validFrom', segment.valid_from::text, 'percentage', segment.percentage)
            order by segment.valid_from), '[]'::json)
          from ${caseSegments} segment
          where segment.employer_id = ${employerId} and segment.case_id = episode.id
        ) as segments,
        (select coalesce(json_agg(json_build_object(
            'flag', flag.flag, 'value', flag.value, 'setOn', flag.set_on::text)
            order by flag.set_on, flag.flag), '[]'::json)
          from ${caseFlags} flag
          where flag.employer_id = ${employerId} and flag.case_id = episode.id
        ) as flags
      from ${cases} episode
      where episode.employer_id = ${employerId}
        and episode.first_day <= ${to}::date
        and (episode.last_day is null or episode.last_day >= ${from}::date)`,
  );
}
