import { type SQL, sql } from 'drizzle-orm';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import type { PregnancyDates } from '../../../contracts/pregnancy-leave.js';
import { cases, caseSegments, pregnancyDetails } from './cases.table.js';

/** One case of the employee as `absenceCasesQuery` gives it. */
export type AbsenceCaseJson = {
  id: string;
  kind: string;
  firstDay: string;
  lastDay: string | null;
  endReason: string | null;
  /** The percentage on the date asked (sickness only; null before the first sick day). */
  percentage: number | null;
  pregnancy: PregnancyDates | null;
};

/**
 * A scalar subquery (JSON array, oldest case first) of the cases of the employee `employeeId`
 * (SQL on the caller's employee id column) with what `absenceStateOf` needs: the episodes, the
 * percentage on `date` and the pregnancies' dates. Another module's query selects it beside its
 * own columns, so the absence state costs no round trip of its own.
 */
export function absenceCasesQuery(
  employerId: AuthorizedEmployerId,
  employeeId: SQL,
  date: string,
): SQL {
  return sql`(select coalesce(json_agg(json_build_object(
      'id', absence_case.id, 'kind', absence_case.kind,
      'firstDay', absence_case.first_day::text, 'lastDay', absence_case.last_day::text,
      'endReason', absence_case.end_reason,
      'percentage', (select segment.percentage from ${caseSegments} segment
        where segment.employer_id = absence_case.employer_id
          and segment.case_id = absence_case.id and segment.valid_from <= ${date}::date
        order by segment.valid_from desc limit 1),
      'pregnancy', (select json_build_object(
          'expectedDelivery', pregnancy.expected_delivery::text,
          'multipleBirth', pregnancy.multiple_birth,
          'lastWorkingDay', pregnancy.last_working_day::text,
          'freeDayBetween', pregnancy.free_day_between,
          'actualDelivery', pregnancy.actual_delivery::text)
        from ${pregnancyDetails} pregnancy
        where pregnancy.employer_id = absence_case.employer_id
          and pregnancy.case_id = absence_case.id)
    ) order by absence_case.first_day, absence_case.created_at), '[]'::json)
    from ${cases} absence_case
    where absence_case.employer_id = ${employerId} and absence_case.employee_id = ${employeeId})`;
}
