/**
 * `npm run bench:search`: Dossier zoeken with 100,000 employees in one employer on PostgreSQL.
 * Creates its own database on the configured server (see `loadBenchSettings`), fills it with
 * multi-row inserts (names with Dutch prefixes and accents, keys from the real
 * `searchKeysForName`), then times 1,000 name searches through the real use case and prints
 * employees, queries, p50 and p95, one line each. The database is dropped afterwards.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadBenchSettings } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/connection.js';
import { trustEmployerId } from '../src/server/db/tenancy.js';
import {
  normaliseForSearch,
  searchKeyForName,
  searchKeysForName,
} from '../src/server/modules/employees/employees.models.js';
import {
  employeeNameKeys,
  employees,
  employments,
  employmentVersions,
} from '../src/server/modules/employees/employees.table.js';
import { employeeSearchQuerySchema } from '../src/contracts/employees.js';
import { createEmployeesAndOrganisation } from '../src/server/test/modules.js';
import { withDatabaseName } from '../src/server/test/database-url.js';

const employeeCount = 100_000;
const queryCount = 1_000;
const batchSize = 2_000;

const firstNames = [
  'Sanne',
  'Daan',
  'Emma',
  'Lucas',
  'Julia',
  'Sem',
  'Zoë',
  'Noah',
  'Tess',
  'Liam',
  'Anouk',
  'Bram',
  'Fleur',
  'Thijs',
  'Iris',
  'Jesse',
  'Lotte',
  'Ruben',
  'Noor',
  'Mohamed',
  'Fatima',
  'Ayşe',
  'Mehmet',
  'Chloë',
  'Joëlle',
  'René',
  'André',
  'Hélène',
  'Jürgen',
  'Søren',
  'Inès',
  'Kees',
  'Marieke',
  'Wouter',
  'Annelies',
  'Pieter',
  'Ingrid',
  'Youssef',
  'Sevda',
  'Priya',
];
const lastNames: [string | null, string][] = [
  [null, 'Jansen'],
  ['de', 'Vries'],
  ['van den', 'Berg'],
  ['van', 'Dijk'],
  [null, 'Bakker'],
  [null, 'Visser'],
  [null, 'Smit'],
  [null, 'Meijer'],
  ['de', 'Boer'],
  [null, 'Mulder'],
  ['de', 'Groot'],
  [null, 'Bos'],
  [null, 'Vos'],
  [null, 'Peters'],
  [null, 'Hendriks'],
  ['van', 'Leeuwen'],
  [null, 'Dekker'],
  [null, 'Brouwer'],
  ['de', 'Wit'],
  [null, 'Dijkstra'],
  [null, 'Smits'],
  ['de', 'Graaf'],
  ['van der', 'Meer'],
  ['van der', 'Linden'],
  [null, 'Kok'],
  [null, 'Jacobs'],
  ['de', 'Haan'],
  [null, 'Vermeulen'],
  ['van den', 'Heuvel'],
  ['van der', 'Veen'],
  ["'t", 'Hart'],
  [null, 'Müller'],
  [null, 'Schröder'],
  [null, 'Öztürk'],
  [null, 'Yılmaz'],
  ['El', 'Amrani'],
  [null, 'Nguyễn'],
  [null, 'Çelik'],
  ['van', 'Beek'],
  [null, 'Janssens'],
];

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
const random = seededRandom(20_260_301);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** A made-up but plausible surname so that 100,000 people do not share 40 names. */
function variedLastName(base: string): string {
  const suffixes = ['', '', '', 's', 'e', 'man', 'ink', 'huis', 'veld', 'stra', 'kamp', 'ema'];
  return `${base}${pick(suffixes)}`;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const { postgresUrl } = loadBenchSettings();
  const name = `verzuim_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: postgresUrl, maxConnections: 1 });
  await admin.sql.exec(`CREATE DATABASE ${name}`);
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabaseName(postgresUrl, name),
    maxConnections: 4,
  });
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

    const people: { firstName: string; namePrefix: string | null; lastName: string }[] = [];
    for (let start = 0; start < employeeCount; start += batchSize) {
      const employeeRows = [];
      const keyRows = [];
      const employmentRows = [];
      const versionRows = [];
      for (let index = start; index < Math.min(start + batchSize, employeeCount); index++) {
        const [namePrefix, base] = pick(lastNames);
        const person = { firstName: pick(firstNames), namePrefix, lastName: variedLastName(base) };
        people.push(person);
        const id = randomUUID();
        // One in ten has left, so "also out-of-service" has something to leave out.
        const left = random() < 0.1;
        const year = 1960 + Math.floor(random() * 45);
        employeeRows.push({
          id,
          employerId,
          personnelNumber: String(100_000 + index),
          ...person,
          gender: pick(['m', 'f', 'x']),
          dateOfBirth: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
          sortKey: searchKeyForName(person),
          firstNameKey: normaliseForSearch(person.firstName),
          serviceEndDate: left ? '2024-12-31' : null,
        });
        for (const key of searchKeysForName(person))
          keyRows.push({ employerId, employeeId: id, key });
        const employmentId = randomUUID();
        employmentRows.push({
          id: employmentId,
          employerId,
          employeeId: id,
          startDate: '2015-01-01',
          endDate: left ? '2024-12-31' : null,
          endReason: left ? 'none' : null,
        });
        versionRows.push({
          employerId,
          employmentId,
          validFrom: '2015-01-01',
          departmentId: pick(departmentIds),
          contractHoursPerWeek: '32.00',
          employmentType: 'permanent',
        });
      }
      await database.db.insert(employees).values(employeeRows);
      await database.db.insert(employeeNameKeys).values(keyRows).onConflictDoNothing();
      await database.db.insert(employments).values(employmentRows);
      await database.db.insert(employmentVersions).values(versionRows);
    }
    // What autovacuum does after a load this size: statistics and the visibility map.
    await database.sql.exec('VACUUM ANALYZE');

    // What people type: the start of a last name, a name with its prefix either way round,
    // first and last name, an accent left out, a first name.
    const queries: string[] = [];
    for (let index = 0; index < queryCount; index++) {
      const person = pick(people);
      const form = random();
      const last = person.lastName;
      if (form < 0.35) queries.push(last.slice(0, 3 + Math.floor(random() * 4)));
      else if (form < 0.5 && person.namePrefix) queries.push(`${person.namePrefix} ${last}`);
      else if (form < 0.6 && person.namePrefix) queries.push(`${last}, ${person.namePrefix}`);
      else if (form < 0.75) queries.push(`${person.firstName} ${last.slice(0, 3)}`);
      else if (form < 0.85) queries.push(normaliseForSearch(last));
      else if (form < 0.92) queries.push(person.firstName);
      else queries.push(last.slice(0, 2));
    }

    const actor = { employerId, scope: { kind: 'employer' } as const };
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
    await admin.sql.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  }
}

await main();
