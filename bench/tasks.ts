/**
 * `npm run bench:tasks`: Taken on PostgreSQL with an employer of 10,000 employees and 1,500 open
 * cases (issue 19). Creates its own database on the configured server (`createBenchDatabase`),
 * opens the cases through the real use case (each gets the WVP's tasks), then times through the
 * use cases: the Taken widget (/api/tasks/summary), the first page of the full task list
 * (/api/tasks), and opening a case with its protocol (a sick report that makes the case's tasks).
 * Prints the sizes and p50/p95 of each, one line each, and the load average at the start and the
 * end (the machine may be shared). The database is dropped afterwards, unless BENCH_KEEP=1: then
 * its URL is printed, to look at the statements' plans with EXPLAIN ANALYZE on the same data.
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/contracts/civil-dates.js';
import { taskListQuerySchema } from '../src/contracts/tasks.js';
import { trustEmployerId } from '../src/server/db/tenancy.js';
import { createTestApp, createTestUser } from '../src/server/test/app.js';
import { createBenchDatabase, insertBenchEmployees, seededRandom } from './employees.js';

const employeeCount = 10_000;
const openCaseCount = 1_500;
const runs = 300;
const openings = 200;
// The test app's clock: Monday 2 March 2026.
const today = '2026-03-02';

const random = seededRandom(20_261_206);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

async function timed(count: number, work: (index: number) => Promise<unknown>) {
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await work(index);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return `p50 ${percentile(timings, 0.5).toFixed(2)} ms, p95 ${percentile(timings, 0.95).toFixed(2)} ms (${count} runs)`;
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  const loadAtStart = load();
  const { database, url, drop, keep } = await createBenchDatabase();
  await database.migrate();
  const testApp = await createTestApp(database);
  try {
    const { modules } = testApp;
    const owner = await createTestUser(testApp);
    const employerId = trustEmployerId(owner.employerId);
    const resolved = await modules.users.resolveActor(
      { id: randomUUID(), userId: owner.userId, activeEmployerId: employerId },
      { ip: '127.0.0.1', requestId: 'bench' },
    );
    if (!resolved) throw new Error('the bench user has no actor');
    const actor = { ...resolved, employerId };
    const departmentIds: string[] = [];
    for (let index = 0; index < 20; index++) {
      const department = await modules.organisation.createDepartment(employerId, {
        name: `Afdeling ${index + 1}`,
        parentId: null,
      });
      departmentIds.push(department.id);
    }
    const people = await insertBenchEmployees(
      database,
      employerId,
      departmentIds,
      employeeCount,
      random,
    );
    // Open cases of every age up to the end of the waiting time: tasks late, due now and later.
    const inService = people.filter((person) => person.inService);
    for (const person of inService.slice(0, openCaseCount)) {
      await modules.cases.reportSick(actor, person.id, {
        classification: 'illness',
        firstSickDay: addDays(today, -Math.floor(random() * 700)),
        percentage: 100,
      });
    }
    await database.sql.exec('VACUUM ANALYZE');
    const {
      rows: [counted],
    } = await database.sql.query<{ tasks: string; open: string }>(
      `select count(*) as tasks, count(*) filter (where status = 'open') as open from case_tasks`,
    );

    const listQuery = taskListQuerySchema.parse({});
    // Warm-up: connections, plans and the protocol versions read once, not measured.
    for (let index = 0; index < 20; index++) {
      await modules.tasks.taskSummary(actor, 'nl');
      await modules.tasks.listTasks(actor, listQuery, 'nl');
    }
    const widget = await timed(runs, () => modules.tasks.taskSummary(actor, 'nl'));
    const list = await timed(runs, () => modules.tasks.listTasks(actor, listQuery, 'nl'));
    const fresh = inService.slice(openCaseCount, openCaseCount + openings);
    const opening = await timed(openings, (index) =>
      modules.cases.reportSick(actor, (fresh[index] as { id: string }).id, {
        classification: 'illness',
        firstSickDay: addDays(today, -Math.floor(random() * 60)),
        percentage: 100,
      }),
    );
    console.log(`employees: ${employeeCount}`);
    console.log(`open cases: ${openCaseCount}`);
    console.log(`tasks: ${counted?.tasks} (${counted?.open} open)`);
    console.log(`widget (/api/tasks/summary): ${widget}`);
    console.log(`task list first page (/api/tasks, 50 rows): ${list}`);
    console.log(`opening a case with its protocol (sick report + tasks): ${opening}`);
    console.log(`load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end`);
  } finally {
    await testApp.close();
    if (process.env.BENCH_KEEP === '1') {
      await keep();
      console.log(`database kept: ${url}`);
    } else await drop();
  }
}

await main();
