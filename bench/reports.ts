/**
 * `npm run bench:reports`: Statistieken on a synthetic employer (issue 12). Loads the employer of
 * `src/server/seed/synthetic.models.ts` (the demo's generator) with `BENCH_EMPLOYEES` employees
 * (10,000) and `BENCH_YEARS` years of history (3) up to 31 December 2025, on PostgreSQL (a new
 * database on the bench server, dropped afterwards) and then on PGlite (in memory; leave it out
 * with `BENCH_PGLITE=false`), and times through the use case the route calls: the monthly VP
 * report of 2025, whole employer, calendar days, and the kwartaalrapportage of 2025 (both sum
 * in the database), the three list reports of 2025 to Excel and to PDF (made as the routes and the
 * background exports make them: the catalogue's makers, Dutch texts), and the reads the list
 * reports and the Verzuimanalyse still make, alone. One line per figure: employees, episodes (for
 * a list: its rows and the format), report, database, milliseconds (median of the runs; first
 * runs not counted; a list file the median of `BENCH_LIST_RUNS`, 1, none left out; `BENCH_LISTS=false`
 * leaves the lists out), and the load
 * average of the machine, which is shared; for a list's Excel also the heap before and at its
 * peak. `BENCH_KEEP=true` keeps the PostgreSQL database and prints its
 * name; `BENCH_REUSE=<name>` measures on such a kept database again instead of loading a new one
 * (loading 100,000 × 5 years takes minutes).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadBenchSettings } from '../src/server/config.js';
import { type Database, openDatabase, selectRows } from '../src/server/db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../src/server/db/tenancy.js';
import { type ReportMaker, reportMakers } from '../src/server/modules/reports/reports.catalogue.js';
import { translator } from '../src/server/platform/i18n/i18n.js';
import { syntheticEmployees } from '../src/server/seed/synthetic.models.js';
import { insertSyntheticEmployees } from '../src/server/seed/synthetic.js';
import { createTestApp, createTestUser } from '../src/server/test/app.js';
import { withDatabaseName } from '../src/server/test/database-url.js';
import { createBenchDatabase } from './employees.js';

const employeeCount = Number(process.env.BENCH_EMPLOYEES ?? 10_000);
const years = Number(process.env.BENCH_YEARS ?? 3);
const withPglite = process.env.BENCH_PGLITE !== 'false';
const runs = Number(process.env.BENCH_RUNS ?? 7);
const listRuns = Number(process.env.BENCH_LIST_RUNS ?? 1);
const withLists = process.env.BENCH_LISTS !== 'false';
const to = '2025-12-31';
const from = `${2026 - years}-01-01`;
const filter = { from: '2025-01-01', to, method: 'calendar', level: 1 } as const;
const keep = process.env.BENCH_KEEP === 'true';
const reuse = process.env.BENCH_REUSE;

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function median(work: () => Promise<unknown>, count = runs, warmUp = true): Promise<number> {
  if (warmUp) await work();
  const timings: number[] = [];
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

/**
 * Generates and writes the employer; the generated objects are let go before the timing starts
 * (at 100,000 × 5 years they fill a heap whose collection would be timed with the report).
 */
async function loadEmployer(
  database: Database,
  employerId: AuthorizedEmployerId,
  departmentIds: string[],
) {
  const people = syntheticEmployees({
    seed: 20_261_207,
    employees: employeeCount,
    from,
    to,
    departmentIds,
    firstPersonnelNumber: 100_000,
  });
  const written = await insertSyntheticEmployees(database.db, employerId, people);
  await database.sql.exec(database.kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
  const episodes = people
    .flatMap((person) => person.cases)
    .filter((item) => item.kind === 'sickness').length;
  return { written, episodes };
}

/** A list report's rows: its rows, the rows of its insurer groups, or its cases. */
function rowsOf(report: {
  rows?: unknown[];
  insurers?: { rows: unknown[] }[];
  cases?: unknown[];
}): number {
  return (
    report.rows?.length ??
    report.cases?.length ??
    (report.insurers ?? []).reduce((sum, group) => sum + group.rows.length, 0)
  );
}

/** The employer a kept database was loaded with (the one with the most employees) and its size. */
async function loadedEmployer(database: Database) {
  const [row] = await selectRows<{ employerId: string; employees: number; episodes: number }>(
    database.db,
    sql`select employer_id as "employerId", count(*)::int as employees,
        (select count(*)::int from cases where kind = 'sickness'
          and cases.employer_id = employees.employer_id) as episodes
      from employees group by employer_id order by count(*) desc limit 1`,
  );
  if (!row) throw new Error('the kept database holds no employer');
  return row;
}

async function measure(database: Database, name: string, reused: boolean): Promise<void> {
  const testApp = await createTestApp(database);
  try {
    const { modules } = testApp;
    const loaded = reused ? await loadedEmployer(database) : undefined;
    const owner = await createTestUser(testApp, { employerId: loaded?.employerId });
    const employerId = trustEmployerId(owner.employerId);
    const resolved = await modules.users.resolveActor(
      { id: randomUUID(), userId: owner.userId, activeEmployerId: employerId },
      { ip: '127.0.0.1', requestId: 'bench' },
    );
    if (!resolved) throw new Error('the bench user has no actor');
    const actor = { ...resolved, employerId };
    let episodes = loaded?.episodes ?? 0;
    if (!loaded) {
      const departmentIds: string[] = [];
      for (let index = 0; index < 20; index++) {
        const department = await modules.organisation.createDepartment(employerId, {
          name: `Afdeling ${index + 1}`,
          parentId: null,
        });
        departmentIds.push(department.id);
      }
      const loading = performance.now();
      const result = await loadEmployer(database, employerId, departmentIds);
      episodes = result.episodes;
      console.log(
        `${name}: loaded ${result.written.employees} employees, ${result.written.cases} cases (${episodes} sickness episodes), ${from}–${to}, in ${((performance.now() - loading) / 1000).toFixed(1)} s`,
      );
    } else console.log(`${name}: reused ${loaded.employees} employees, ${episodes} episodes`);
    const line = (report: string, ms: number) =>
      console.log(
        `employees ${employeeCount}  episodes ${episodes}  ${report.padEnd(58)} ${name.padEnd(10)} ${ms.toFixed(1).padStart(8)} ms  (load ${load()})`,
      );
    line(
      'verzuimpercentage-per-maand 2025, whole employer, calendar',
      await median(() => modules.reports.absencePercentage(actor, filter)),
    );
    line(
      'kwartaalrapportage 2025, whole employer, calendar',
      await median(() => modules.reports.quarterly(actor, filter)),
    );
    // The list reports to Excel and PDF, each file made and drained as a response or an export
    // job takes it; the heap at its peak says whether the streamed Excel stayed flat.
    const makers = reportMakers(modules.reports, modules.reportSnapshots);
    const context = { t: translator('nl'), locale: 'nl', printedAt: new Date() };
    const lists = [
      'verzuim-per-medewerker',
      'ziektetrajecten-per-verzekeraar',
      'trajecthistorie',
    ] as const;
    for (const id of withLists ? lists : []) {
      const maker: ReportMaker<unknown> = makers[id];
      for (const format of ['xlsx', 'pdf'] as const) {
        let rows = 0;
        let bytes = 0;
        const heapBefore = process.memoryUsage().heapUsed;
        let heapPeak = heapBefore;
        const ms = await median(
          async () => {
            const report = await maker.compute(actor, filter);
            rows = rowsOf(report as Parameters<typeof rowsOf>[0]);
            const file = await (format === 'pdf' ? maker.pdf : maker.workbook)(report, context);
            bytes = 0;
            for await (const chunk of Buffer.isBuffer(file) ? [file] : file) {
              bytes += (chunk as Buffer).length;
              heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
            }
          },
          listRuns,
          false,
        );
        console.log(
          `employees ${employeeCount}  rows ${String(rows).padStart(5)}  ${id.padEnd(32)} ${format.padEnd(4)} ${name.padEnd(10)} ${ms.toFixed(1).padStart(9)} ms  (load ${load()})  ${(bytes / 1e6).toFixed(1)} MB` +
            (format === 'xlsx'
              ? `, heap ${(heapBefore / 1e6).toFixed(0)} MB before, peak ${(heapPeak / 1e6).toFixed(0)} MB`
              : ''),
        );
      }
    }
    const readStart = '2024-01-01';
    line(
      'read for the lists: employments (employmentHistoriesIn)',
      await median(() =>
        inTenant(database.db, employerId, (tx) =>
          modules.employees.employmentHistoriesIn(tx, employerId, readStart, to),
        ),
      ),
    );
    line(
      'read for the analysis: episodes (sicknessEpisodesIn)',
      await median(() =>
        inTenant(database.db, employerId, (tx) =>
          modules.cases.sicknessEpisodesIn(tx, employerId, readStart, to),
        ),
      ),
    );
  } finally {
    await testApp.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:reports, ${employeeCount} employees × ${years} years, median of ${runs} runs, ${new Date().toISOString()}, ${os.cpus().length} CPUs, load ${load()}`,
  );
  if (reuse) {
    const database = await openDatabase({
      kind: 'postgres',
      url: withDatabaseName(loadBenchSettings().postgresUrl, reuse),
      maxConnections: 4,
    });
    try {
      await measure(database, 'postgres', true);
    } finally {
      await database.close();
    }
  } else {
    const postgres = await createBenchDatabase();
    try {
      await postgres.database.migrate();
      await measure(postgres.database, 'postgres', false);
    } finally {
      await postgres.database.close();
      if (keep) {
        await postgres.keep();
        console.log(`kept ${new URL(postgres.url).pathname.slice(1)} (BENCH_REUSE=<name>)`);
      } else await postgres.drop();
    }
  }
  if (withPglite) {
    const pglite = await openDatabase({ kind: 'pglite' });
    try {
      await pglite.migrate();
      await measure(pglite, 'pglite', false);
    } finally {
      await pglite.close();
    }
  }
}

await main();
