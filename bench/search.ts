/**
 * `npm run bench:search`: Dossier zoeken with 100,000 employees in one employer on PostgreSQL.
 * Creates its own database on the configured server (`createBenchDatabase`), fills it with the
 * benchmark employer (bench/employees.ts), then times 1,000 name searches through the real use
 * case and prints employees, queries, p50 and p95, one line each. The database is dropped
 * afterwards.
 */
import { performance } from 'node:perf_hooks';
import { trustEmployerId } from '../src/server/db/tenancy.js';
import { employeeSearchQuerySchema } from '../src/contracts/employees.js';
import { createEmployeesAndOrganisation } from '../src/server/test/modules.js';
import {
  createBenchDatabase,
  insertBenchEmployees,
  nameQueries,
  seededRandom,
} from './employees.js';

const employeeCount = 100_000;
const queryCount = 1_000;

const random = seededRandom(20_260_301);

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const { database, drop } = await createBenchDatabase();
  try {
    await database.migrate();
    const { employees: useCases, organisation } = createEmployeesAndOrganisation(database.db);
    const employer = await organisation.createEmployer({ name: 'Benchmark Zorg BV' });
    const employerId = trustEmployerId(employer.id);
    const departmentIds: string[] = [];
    for (let index = 0; index < 20; index++) {
      const department = await organisation.createDepartment(employerId, {
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
    // What autovacuum does after a load this size: statistics and the visibility map.
    await database.sql.exec('VACUUM ANALYZE');

    const queries = nameQueries(people, queryCount, random);

    const actor = { employerId, scope: { kind: 'employer' } as const, role: 'super_user' as const };
    // Warm-up: connections and plans, not measured.
    for (const query of queries.slice(0, 20)) {
      await useCases.searchEmployees(actor, employeeSearchQuerySchema.parse({ name: query }));
    }
    const timings: number[] = [];
    for (const query of queries) {
      const started = performance.now();
      await useCases.searchEmployees(actor, employeeSearchQuerySchema.parse({ name: query }));
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    console.log(`employees: ${employeeCount}`);
    console.log(`queries: ${queryCount}`);
    console.log(`p50: ${percentile(timings, 0.5).toFixed(2)} ms`);
    console.log(`p95: ${percentile(timings, 0.95).toFixed(2)} ms`);
  } finally {
    await database.close();
    await drop();
  }
}

await main();
