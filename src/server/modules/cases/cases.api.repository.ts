import { sql } from 'drizzle-orm';
import type { ApiCursor } from '../../../contracts/api-v1.js';
import { selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { cases, caseSegments } from './cases.table.js';

/** A sickness episode as the REST API shows it, without the employee's personnel number. */
export type ApiAbsenceRow = {
  id: string;
  employeeId: string;
  firstDay: string;
  lastDay: string | null;
  previousAbsenceId: string | null;
  percentages: { validFrom: string; percentage: number }[];
  updatedAt: string;
};

/**
 * The employer's sickness episodes with their percentage timelines, in the order of last change
 * (`updated_at`, then id), after `after` and changed since `updatedSince`. One statement.
 * Pregnancies are not absences here (their own resource comes later).
 */
export function apiAbsences(
  db: TenantDb,
  employerId: AuthorizedEmployerId,
  page: { updatedSince: string | undefined; after: ApiCursor | undefined; limit: number },
): Promise<ApiAbsenceRow[]> {
  return selectRows<ApiAbsenceRow>(
    db,
    sql`select episode.id, episode.employee_id as "employeeId",
        episode.first_day::text as "firstDay", episode.last_day::text as "lastDay",
        episode.previous_case_id as "previousAbsenceId", episode.updated_at::text as "updatedAt",
        coalesce((select json_agg(json_build_object('validFrom', segment.valid_from::text,
            'percentage', segment.percentage) order by segment.valid_from)
          from ${caseSegments} segment
          where segment.employer_id = ${employerId} and segment.case_id = episode.id),
          '[]'::json) as percentages
      from ${cases} episode
      where episode.employer_id = ${employerId} and episode.kind = 'sickness'
        ${page.updatedSince === undefined ? sql`` : sql`and episode.updated_at >= ${page.updatedSince}::timestamptz`}
        ${page.after === undefined ? sql`` : sql`and (episode.updated_at, episode.id) > (${page.after.updatedAt}::timestamptz, ${page.after.id}::uuid)`}
      order by episode.updated_at, episode.id
      limit ${page.limit}`,
  );
}
