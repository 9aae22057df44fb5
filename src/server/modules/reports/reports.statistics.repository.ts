/**
 * The sums of the statistics (DOMAIN.md §4) taken in the database: per unit (and in total) and
 * per period, the weighted employment and sick days, the persons present and sick, the reports
 * and the durations, so that a report over a large employer receives a few hundred rows instead
 * of every employment and episode (bench:reports). The employments and episodes come as
 * subqueries from the modules that own them; the day counts are closed forms of the stretches'
 * overlap with each period. The property tests hold the result to the day-by-day oracle.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { CountingMethod } from '../../../contracts/reports.js';
import { selectRows } from '../../db/connection.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { StatisticsScope } from './reports.population.models.js';
import type { PeriodSums } from './reports.sums.models.js';

export type StatisticsSums = {
  /** `employees.employmentStretchesQuery`, `cases.sickStretchesQuery`, `sicknessEpisodesQuery`. */
  employments: SQL;
  sickStretches: SQL;
  episodes: SQL;
  /** The periods to sum over (they may overlap); a row's `period` is the index in this list. */
  periods: readonly { from: string; to: string }[];
  /** Department → the unit its days count for (`reportUnits`); others count nowhere. */
  units: ReadonlyMap<string, string>;
  scope: StatisticsScope;
  fullTimeHours: number;
  method: CountingMethod;
};

/** Monday–Friday before `day` since Monday 1 January of year 1 (a closed form). */
export const weekdaysBefore = (day: SQL) =>
  sql`(5 * ((${day} - date '0001-01-01') / 7) + least((${day} - date '0001-01-01') % 7, 5))`;

/** The counted days of `first`–`last` inclusive by method, 0 when `last` lies before `first`. */
function countedDays(first: SQL, last: SQL, method: CountingMethod): SQL {
  return method === 'calendar'
    ? sql`greatest(0, ${last} - ${first} + 1)`
    : sql`greatest(0, ${weekdaysBefore(sql`(${last} + 1)`)} - ${weekdaysBefore(first)})`;
}

/** A database query's text array literal of `values`. */
export const arrayOf = (values: readonly string[]) => `{${values.join(',')}}`;

/**
 * Settings for the statement that follows in the same transaction: its cost estimate at 100,000
 * employees passes PostgreSQL's JIT threshold, and compiling took longer than it saved; its
 * sorts and hashes of a few hundred thousand rows spilled to disk at the default 4 MB
 * (bench:reports, EXPLAIN ANALYZE).
 */
export async function tuneForSums(db: TenantDb): Promise<void> {
  await db.execute(
    sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`,
  );
}

/**
 * The common expressions `unit_of` (department → unit) and `placement` (each employment stretch
 * in a unit and within the scope, cut to `start`–`end`, with its part-time factor and its contract
 * hours in hundredths) of a statistics statement.
 */
export function placementsWith(
  query: Pick<StatisticsSums, 'employments' | 'units' | 'scope' | 'fullTimeHours'>,
  start: string,
  end: string,
): SQL {
  const { units, scope } = query;
  const everyone = scope.kind === 'employer';
  const scopeEmployees = arrayOf(scope.kind === 'employer' ? [] : scope.employeeIds);
  const scopeDepartments = arrayOf(scope.kind === 'employer' ? [] : scope.departmentIds);
  return sql`unit_of as (
        select u.department_id, u.unit_id
        from unnest(${arrayOf([...units.keys()])}::uuid[], ${arrayOf([...units.values()])}::uuid[])
          as u(department_id, unit_id)
      ),
      placement as (
        select s.employee_id, u.unit_id, greatest(s.first_day, ${start}::date) as first_day,
          least(s.last_day, ${end}::date) as last_day,
          s.hours / ${query.fullTimeHours}::float8 as factor,
          round(s.hours * 100)::bigint as centi_hours
        from (${query.employments}) s
        join unit_of u on u.department_id = s.department_id
        where greatest(s.first_day, ${start}::date) <= least(s.last_day, ${end}::date)
          and (${everyone}::boolean or s.employee_id = any(${scopeEmployees}::uuid[])
            or s.department_id = any(${scopeDepartments}::uuid[]))
      )`;
}

export async function periodSums(db: TenantDb, query: StatisticsSums): Promise<PeriodSums[]> {
  const { periods, method } = query;
  const end = periods.reduce((last, period) => (period.to > last ? period.to : last), '0001-01-01');
  const start = periods.reduce(
    (first, period) => (period.from < first ? period.from : first),
    '9999-12-31',
  );
  await tuneForSums(db);
  const overlap = (first: SQL, last: SQL) => sql`${first} <= p.last_day and ${last} >= p.first_day`;
  const counted = countedDays(sql`o.first_day`, sql`o.last_day`, method);
  return selectRows<PeriodSums>(
    db,
    sql`with period as (
        select (p.index - 1)::int as index, p.first_day, p.last_day
        from unnest(${arrayOf(periods.map((period) => period.from))}::date[],
          ${arrayOf(periods.map((period) => period.to))}::date[])
          with ordinality as p(first_day, last_day, index)
      ),
      ${placementsWith(query, start, end)},
      -- Each person's days per unit and in total (unit null) as disjoint parts: each stretch
      -- from the day after the last day of those before it (in order of first day), so that two
      -- employments at once count once. One window, not islands merged by a second window and
      -- a grouping (bench:reports).
      keyed as (
        select employee_id, unit_id as unit, first_day, last_day from placement
        union all select employee_id, null::uuid, first_day, last_day from placement
      ),
      part as (
        select employee_id, unit, greatest(first_day, before_last + 1) as first_day, last_day,
          before_last
        from (select k.*, max(k.last_day) over (partition by k.employee_id, k.unit
            order by k.first_day, k.last_day
            rows between unbounded preceding and 1 preceding) as before_last
          from keyed k) k
        where before_last is null or before_last < last_day
      ),
      -- A person counts in a period once: at their first part in it, the one no part before
      -- reaches into the period (the parts before it end on before_last at the latest).
      presence as (
        select i.unit, coalesce(i.unit::text, '*') as key, p.index,
          sum(o.last_day - o.first_day + 1) as present_days,
          count(*) filter (where i.before_last is null or i.before_last < p.first_day)
            as population
        from part i
        join period p on ${overlap(sql`i.first_day`, sql`i.last_day`)}
        cross join lateral (select greatest(i.first_day, p.first_day) as first_day,
          least(i.last_day, p.last_day) as last_day) o
        group by i.unit, p.index
      ),
      employed as (
        select coalesce(pl.unit_id::text, '*') as key, p.index, sum(pl.factor * ${counted}) as employed
        from placement pl
        join period p on ${overlap(sql`pl.first_day`, sql`pl.last_day`)}
        cross join lateral (select greatest(pl.first_day, p.first_day) as first_day,
          least(pl.last_day, p.last_day) as last_day) o
        group by grouping sets ((pl.unit_id, p.index), (p.index))
      ),
      sick_day as (
        select pl.unit_id, pl.employee_id, p.index,
          pl.factor * (s.percentage / 100.0::float8) * ${counted} as weight,
          least(coalesce(s.episode_last, p.last_day) - s.episode_first + 1, 730) as length
        from placement pl
        join (${query.sickStretches}) s on s.employee_id = pl.employee_id
        join period p on ${overlap(sql`s.first_day`, sql`coalesce(s.last_day, ${end}::date)`)}
        cross join lateral (
          select greatest(pl.first_day, s.first_day, p.first_day) as first_day,
            least(pl.last_day, coalesce(s.last_day, ${end}::date), p.last_day) as last_day) o
        where o.first_day <= o.last_day
      ),
      sick_person as (
        select unit_id, index,
          sum(weight) filter (where length <= 14) as sick_short,
          sum(weight) filter (where length between 15 and 91) as sick_medium,
          sum(weight) filter (where length between 92 and 365) as sick_long,
          sum(weight) filter (where length > 365) as sick_extra_long
        from sick_day group by grouping sets ((unit_id, employee_id, index), (employee_id, index))
      ),
      sick as (
        select coalesce(unit_id::text, '*') as key, index,
          sum(sick_short) as sick_short, sum(sick_medium) as sick_medium,
          sum(sick_long) as sick_long, sum(sick_extra_long) as sick_extra_long,
          count(*) as sick_persons
        from sick_person group by unit_id, index
      ),
      episode as (${query.episodes}),
      -- An episode reports in the part holding its first day and ends in the one holding its
      -- last (each at most one: the parts of a person and unit are disjoint).
      episode_part as (
        select i.unit, e.first_day, e.last_day,
          e.first_day between i.first_day and i.last_day as reported,
          coalesce(e.last_day between i.first_day and i.last_day, false) as ended
        from episode e
        join part i on i.employee_id = e.employee_id
          and (e.first_day between i.first_day and i.last_day
            or e.last_day between i.first_day and i.last_day)
      ),
      reported as (
        select coalesce(ep.unit::text, '*') as key, p.index,
          count(*) filter (where ep.reported and ep.first_day between p.first_day and p.last_day)
            as reports,
          sum(least(ep.last_day - ep.first_day + 1, 730)) filter (
            where ep.ended and ep.last_day between p.first_day and p.last_day) as duration_days,
          count(*) filter (where ep.ended and ep.last_day between p.first_day and p.last_day)
            as durations
        from episode_part ep
        join period p on (ep.reported and ep.first_day between p.first_day and p.last_day)
          or (ep.ended and ep.last_day between p.first_day and p.last_day)
        group by ep.unit, p.index
      )
      select presence.unit, presence.index as period,
        coalesce(employed.employed, 0)::float8 as employed,
        coalesce(sick.sick_short, 0)::float8 as "sickShort",
        coalesce(sick.sick_medium, 0)::float8 as "sickMedium",
        coalesce(sick.sick_long, 0)::float8 as "sickLong",
        coalesce(sick.sick_extra_long, 0)::float8 as "sickExtraLong",
        presence.present_days::float8 as "presentDays",
        presence.population::float8 as population,
        coalesce(sick.sick_persons, 0)::float8 as "sickPersons",
        coalesce(reported.reports, 0)::float8 as reports,
        coalesce(reported.duration_days, 0)::float8 as "durationDays",
        coalesce(reported.durations, 0)::float8 as durations
      from presence
      left join employed using (key, index)
      left join sick using (key, index)
      left join reported using (key, index)`,
  );
}
