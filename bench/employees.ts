/**
 * The benchmarks' employer of many employees, shared by `bench:search` and `bench:load`: names
 * with Dutch prefixes and accents (search keys from the real `searchKeysForName`), one in ten
 * out of service, spread over the given departments, written with multi-row inserts straight
 * into the tables (the triggers of the read models run as for any other write). Deterministic,
 * so every run measures the same data.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { loadBenchSettings } from '../src/server/config.js';
import { type Database, openDatabase } from '../src/server/db/connection.js';
import { type AuthorizedEmployerId, trustEmployerId } from '../src/server/db/tenancy.js';
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
import { withDatabaseName } from '../src/server/test/database-url.js';

const batchSize = 2_000;

export type BenchPerson = {
  id: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  inService: boolean;
};

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
export { seededRandom } from '../src/server/seed/synthetic.models.js';

/** A pick from a list with the given random source. */
export const picker =
  (random: () => number) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(random() * list.length)] as T;

/** Inserts `count` employees with one employment each; returns them in insertion order. */
export async function insertBenchEmployees(
  database: Database,
  employerId: AuthorizedEmployerId,
  departmentIds: readonly string[],
  count: number,
  random: () => number,
): Promise<BenchPerson[]> {
  const pick = picker(random);
  /** A made-up but plausible surname so that 100,000 people do not share 40 names. */
  const variedLastName = (base: string) =>
    `${base}${pick(['', '', '', 's', 'e', 'man', 'ink', 'huis', 'veld', 'stra', 'kamp', 'ema'])}`;
  const people: BenchPerson[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const employeeRows = [];
    const keyRows = [];
    const employmentRows = [];
    const versionRows = [];
    for (let index = start; index < Math.min(start + batchSize, count); index++) {
      const [namePrefix, base] = pick(lastNames);
      const person = { firstName: pick(firstNames), namePrefix, lastName: variedLastName(base) };
      const id = randomUUID();
      // One in ten has left, so "also out-of-service" has something to leave out.
      const left = random() < 0.1;
      people.push({ id, ...person, inService: !left });
      const year = 1960 + Math.floor(random() * 45);
      const sortKey = searchKeyForName(person);
      const serviceEndDate = left ? '2024-12-31' : null;
      employeeRows.push({
        id,
        employerId,
        personnelNumber: String(100_000 + index),
        ...person,
        gender: pick(['m', 'f', 'x']),
        dateOfBirth: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
        sortKey,
        firstNameKey: normaliseForSearch(person.firstName),
        serviceEndDate,
      });
      // The copies a name search answers from (migration 0008), as the repository writes them.
      for (const key of searchKeysForName(person))
        keyRows.push({ employerId, employeeId: id, key, sortKey, serviceEndDate });
      const employmentId = randomUUID();
      employmentRows.push({
        id: employmentId,
        employerId,
        employeeId: id,
        number: 1,
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
  return people;
}

/**
 * A new, empty database on the benchmark server (`loadBenchSettings`: BENCH_DATABASE_URL, else
 * DATABASE_URL, else the local default) and its URL; `drop` removes it again, `keep` leaves it
 * for a look at its plans (and drops it by hand afterwards).
 */
export async function createBenchDatabase(): Promise<{
  database: Database;
  url: string;
  drop(): Promise<void>;
  keep(): Promise<void>;
}> {
  const { postgresUrl } = loadBenchSettings();
  const name = `verzuim_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url: postgresUrl, maxConnections: 1 });
  await admin.sql.exec(`CREATE DATABASE ${name}`);
  const url = withDatabaseName(postgresUrl, name);
  const database = await openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  return {
    database,
    url,
    async drop() {
      await admin.sql.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
    keep: () => admin.close(),
  };
}

/**
 * What people type in Dossier zoeken: the start of a last name, a name with its prefix either
 * way round, first and last name, an accent left out, a first name.
 */
export function nameQueries(
  people: readonly BenchPerson[],
  count: number,
  random: () => number,
): string[] {
  const pick = picker(random);
  const queries: string[] = [];
  for (let index = 0; index < count; index++) {
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
  return queries;
}

/**
 * The seeded demo employer (Demo Zorg BV) with `count` bench employees over its open departments,
 * then what autovacuum does after a load this size: statistics and the visibility map.
 */
export async function loadDemoEmployer(
  database: Database,
  count: number,
  random: () => number,
): Promise<BenchPerson[]> {
  const [employer] = (
    await database.sql.query<{ id: string }>(`select id from employers where name = 'Demo Zorg BV'`)
  ).rows;
  if (!employer) throw new Error('the demo employer was not seeded');
  const departmentIds = (
    await database.sql.query<{ id: string }>(
      'select id from departments where employer_id = $1 and closed_on is null',
      [employer.id],
    )
  ).rows.map((row) => row.id);
  console.log(`loading ${count} employees into Demo Zorg BV…`);
  const people = await insertBenchEmployees(
    database,
    trustEmployerId(employer.id),
    departmentIds,
    count,
    random,
  );
  await database.sql.exec('VACUUM ANALYZE');
  return people;
}
