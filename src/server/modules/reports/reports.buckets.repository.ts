/**
 * The numerator and denominator of the verzuimpercentage over consecutive buckets (the months of
 * a monthly report) taken in the database without crossing every stretch with every bucket: each
 * employment stretch and each sick stretch within one adds its weight from its first day and
 * takes it off after its last, and the weighted days up to a boundary t are
 * W(t) × Σ weights begun − Σ weight × W(day) over the changes before t, W(day) being the counted
 * days from the first bucket's start up to that day. In whole hundredths of contract hours (and
 * percent), so the sums are exact integers and a bucket nobody was employed in is exactly 0.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { CountingMethod } from '../../../contracts/reports.js';
import { selectRows } from '../../db/connection.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { BoundarySums } from './reports.sums.models.js';
import {
  arrayOf,
  placementsWith,
  type StatisticsSums,
  tuneForSums,
  weekdaysBefore,
} from './reports.statistics.repository.js';

export type BucketSumsQuery = Omit<StatisticsSums, 'periods' | 'episodes'> & {
  /** The buckets' first days, ascending; the last bucket ends on `end`. */
  starts: readonly string[];
  end: string;
};

/** The counted days from `start` up to the day before `day`. */
function countedBefore(day: SQL, start: string, method: CountingMethod): SQL {
  return method === 'calendar'
    ? sql`(${day} - ${start}::date)`
    : sql`(${weekdaysBefore(day)} - ${weekdaysBefore(sql`${start}::date`)})`;
}

/**
 * Per unit (null: all together) and boundary (the buckets' starts, then the day after `end`),
 * the weighted employment and sick days before it, in hundredths of hours (and percent).
 */
export async function boundarySums(db: TenantDb, query: BucketSumsQuery): Promise<BoundarySums[]> {
  const { starts, end, method } = query;
  const start = starts[0] as string;
  const weight = (day: SQL) => countedBefore(day, start, method);
  await tuneForSums(db);
  return selectRows<BoundarySums>(
    db,
    sql`with ${placementsWith(query, start, end)},
      boundary as (
        select (b.index - 1)::int as index, b.day
        from unnest(${arrayOf(starts)}::date[] || (${end}::date + 1)) with ordinality as b(day, index)
      ),
      rectangle as (
        select unit_id, first_day, last_day, centi_hours as employed, 0::bigint as sick
        from placement
        union all
        select pl.unit_id, greatest(pl.first_day, s.first_day),
          least(pl.last_day, coalesce(s.last_day, ${end}::date)),
          0, pl.centi_hours * s.percentage
        from placement pl
        join (${query.sickStretches}) s on s.employee_id = pl.employee_id
      ),
      change as (
        select unit_id, first_day as day, employed, sick
        from rectangle where first_day <= last_day
        union all
        select unit_id, last_day + 1, -employed, -sick
        from rectangle where first_day <= last_day
      ),
      change_day as (
        select unit_id, day, sum(employed) as employed, sum(sick) as sick,
          sum(employed * ${weight(sql`day`)}) as employed_before,
          sum(sick * ${weight(sql`day`)}) as sick_before
        from change group by grouping sets ((unit_id, day), (day))
      )
      select c.unit_id as unit, b.index as boundary,
        (${weight(sql`b.day`)} * sum(c.employed) - sum(c.employed_before))::float8 as employed,
        (${weight(sql`b.day`)} * sum(c.sick) - sum(c.sick_before))::float8 as sick
      from boundary b
      join change_day c on c.day < b.day
      group by c.unit_id, b.index, b.day`,
  );
}
