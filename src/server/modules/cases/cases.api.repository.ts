import { sql } from 'drizzle-orm';
import type { ApiAbsenceKey, ApiCursor } from '../../../contracts/api-v1.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { cases, caseSegments } from './cases.table.js';

/** A sickness episode as the REST API shows it, without the employee's personnel number. */
export type ApiAbsenceRow = {
  id: string;
  hrAbsenceId: string | null;
  employeeId: string;
  firstDay: string;
  lastDay: string | null;
  previousAbsenceId: string | null;
  percentages: { validFrom: string; percentage: number }[];
  updatedAt: string;
};

/** Which absences a REST API read asks for: one by key, or a page after a cursor. */
export type ApiAbsenceSelection =
  | { key: ApiAbsenceKey }
  | { updatedSince: string | undefined; after: ApiCursor | undefined; limit: number };

/**
 * The employer's sickness episodes with their percentage timelines, in the order of last change
 * (`updated_at`, then id), after `after` and changed since `updatedSince`; or the one its key
 * names (our id or the HR system's). One statement. Pregnancies are not absences here (their
 * own resource comes later).
 */
export function apiAbsences(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  selection: ApiAbsenceSelection,
): Promise<ApiAbsenceRow[]> {
  const where =
    'key' in selection
      ? 'id' in selection.key
        ? sql`and episode.id = ${selection.key.id}::uuid`
        : sql`and episode.hr_absence_id = ${selection.key.hrAbsenceId}`
      : sql`${selection.updatedSince === undefined ? sql`` : sql`and episode.updated_at >= ${selection.updatedSince}::timestamptz`}
        ${selection.after === undefined ? sql`` : sql`and (episode.updated_at, episode.id) > (${selection.after.updatedAt}::timestamptz, ${selection.after.id}::uuid)`}`;
  const limit = 'key' in selection ? 1 : selection.limit;
  return selectRows<ApiAbsenceRow>(
    db,
    sql`select episode.id, episode.hr_absence_id as "hrAbsenceId", episode.employee_id as "employeeId",
        episode.first_day::text as "firstDay", episode.last_day::text as "lastDay",
        episode.previous_case_id as "previousAbsenceId", episode.updated_at::text as "updatedAt",
        coalesce((select json_agg(json_build_object('validFrom', segment.valid_from::text,
            'percentage', segment.percentage) order by segment.valid_from)
          from ${caseSegments} segment
          where segment.employer_id = ${employerId} and segment.case_id = episode.id),
          '[]'::json) as percentages
      from ${cases} episode
      where episode.employer_id = ${employerId} and episode.kind = 'sickness' ${where}
      order by episode.updated_at, episode.id
      limit ${limit}`,
  );
}
