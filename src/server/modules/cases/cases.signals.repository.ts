import { sql } from 'drizzle-orm';
import { selectRows } from '../../db/connection.js';
import type { TenantDb } from '../../db/tenancy.js';
import { cases } from './cases.table.js';

/** The reads of cases the e-mail signals make (DOMAIN.md §6), over the transaction's employer. */
export function createCaseSignalsRepository(db: TenantDb) {
  return {
    /**
     * Sickness episodes whose first sick day is in `from`…`to` and that are at least the
     * `atLeast`-th episode of their employee whose first sick day lies in the 12 months up to
     * and including their own. Episodes, not legal cases: statistics never join (DOMAIN.md §4).
     */
    async frequentEpisodes(
      from: string,
      to: string,
      atLeast: number,
    ): Promise<{ caseId: string; employeeId: string; firstSickDay: string; number: number }[]> {
      const rows = await selectRows<{
        id: string;
        employee_id: string;
        first_day: string;
        number: number | string;
      }>(
        db,
        sql`
        select * from (
          select episode.id, episode.employee_id, episode.first_day::text as first_day,
            (select count(*) from ${cases} earlier
              where earlier.employee_id = episode.employee_id and earlier.kind = 'sickness'
                and earlier.first_day > (episode.first_day - interval '12 months')::date
                and earlier.first_day <= episode.first_day) as number
          from ${cases} episode
          where episode.kind = 'sickness'
            and episode.first_day between ${from}::date and ${to}::date
        ) counted
        where counted.number >= ${atLeast}
        order by counted.first_day, counted.id`,
      );
      return rows.map((row) => ({
        caseId: row.id,
        employeeId: row.employee_id,
        firstSickDay: row.first_day,
        number: Number(row.number),
      }));
    },

    /** The employees with a sickness case open on `date` (any percentage). */
    async sickEmployees(date: string): Promise<string[]> {
      const rows = await selectRows<{ employee_id: string }>(
        db,
        sql`
        select distinct employee_id from ${cases}
        where kind = 'sickness' and first_day <= ${date}::date
          and (last_day is null or last_day >= ${date}::date)`,
      );
      return rows.map((row) => row.employee_id);
    },
  };
}
