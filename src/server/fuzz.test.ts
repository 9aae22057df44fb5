import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFuzzSettings } from './config.js';
import type { Database } from './db/connection.js';
import { tokenPath } from './platform/session/bearer.plugin.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import {
  createTestApp,
  createTestUser,
  demoLogin,
  fetchHeaders,
  logIn,
  type TestApp,
} from './test/app.js';
import { describeEachDatabase, testDatabaseKinds } from './test/databases.js';
import {
  type FuzzRequest,
  fuzzRequest,
  type Operation,
  operationsOf,
  type Random,
  seededRandom,
} from './test/openapi-fuzz.js';

/**
 * The fuzz pass of issue 16: requests generated from /api/openapi.json to every operation, as
 * every role of the demo and without a session, each with a part the API must refuse (see
 * test/openapi-fuzz.ts). No answer may be 5xx, every refusal has the error shape, nothing may be
 * written: a digest of every table is the same before and after. `FUZZ_SEED` replays another run;
 * `FUZZ_REQUESTS` sets the number of requests per database.
 */
const settings = loadFuzzSettings();
const seed = settings.seed ?? 20_260_316;
/** 10,000 requests in a run, shared by the databases it tests. */
const requestCount = settings.requests ?? Math.ceil(10_000 / testDatabaseKinds().length);
const bodyLimitBytes = 256 * 1024;

/** The demo logins (seed/demo.ts), one per role; `null` is a request without a session. */
const demoLogins = [
  'demo',
  'manager',
  'melder',
  'koppeling',
  'teamleider',
  'beheerder',
  'casemanager',
  'bedrijfsarts',
] as const;
type Login = (typeof demoLogins)[number] | null;

/**
 * The table an id parameter or property names: `employeeId` → employees, `/departments/{id}` →
 * departments. Unknown names take ids of any table.
 */
const tableOfName: Record<string, string> = {
  employee: 'employees',
  employment: 'employments',
  case: 'cases',
  document: 'dossier_documents',
  user: 'users',
  department: 'departments',
  parent: 'departments',
  employer: 'employers',
  factor: 'second_factors',
  session: 'sessions',
  'access-request': 'vault_access_requests',
  manager: 'users',
  snapshot: 'report_snapshots',
  export: 'report_exports',
};

function tableOf(name: string, path: string): string | undefined {
  const kind =
    name === 'id'
      ? (path.split('/{id}')[0]?.split('/').at(-1) ?? '').replace(/ies$/, 'y').replace(/s$/, '')
      : name.replace(/(User)?Ids?$/, '');
  return tableOfName[kind];
}

type IdPools = { own: Map<string, string[]>; foreign: Map<string, string[]>; all: string[] };

/** Whether a row of each table belongs to the employer `$1`, as SQL over the row. */
const ownedBy: Record<string, string> = {
  employers: 'id = $1',
  users: 'exists (select 1 from memberships m where m.user_id = t.id and m.employer_id = $1)',
  sessions: 'active_employer_id = $1',
  second_factors:
    'exists (select 1 from memberships m where m.user_id = t.user_id and m.employer_id = $1)',
};

/** Ids of real rows, split by whether they belong to the employer the sessions act for. */
async function idPools(database: Database, ownEmployerId: string): Promise<IdPools> {
  const own = new Map<string, string[]>();
  const foreign = new Map<string, string[]>();
  for (const table of new Set(Object.values(tableOfName))) {
    const { rows } = await database.sql.query<{ id: string; own: boolean }>(
      `select id::text as id, ${ownedBy[table] ?? 'employer_id = $1'} as own
       from ${table} t order by id limit 200`,
      [ownEmployerId],
    );
    own.set(
      table,
      rows.filter((row) => row.own).map((row) => row.id),
    );
    foreign.set(
      table,
      rows.filter((row) => !row.own).map((row) => row.id),
    );
  }
  return { own, foreign, all: [...own.values(), ...foreign.values()].flat() };
}

/** An md5 of the rows of every table of every schema the app has, by table. */
async function digestOfEveryTable(database: Database): Promise<Record<string, string>> {
  const { rows: tables } = await database.sql.query<{ name: string }>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
     order by 1`,
  );
  const digests: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await database.sql.query<{ digest: string; count: number }>(
      `select md5(coalesce(string_agg(r::text, E'\\n' order by r::text), '')) as digest,
        count(*)::int as count from ${name} r`,
    );
    digests[name] = `${rows[0]?.count} rows, ${rows[0]?.digest}`;
  }
  return digests;
}

/** Long text as its start, its length and its end; the seed and index replay it whole. */
function shorten(text: string): string {
  return text.length > 400
    ? `${text.slice(0, 200)}…(${text.length} characters)…${text.slice(-100)}`
    : text;
}

/** How to send a request again by hand, bodies of any size included. */
function replayOf(request: FuzzRequest, login: Login, index: number): string {
  const payload =
    request.payload === undefined ? '' : ` body: ${shorten(JSON.stringify(request.payload))}`;
  return (
    `#${index} as ${login ?? 'no session'}: ${request.method} ${shorten(request.url)}` +
    ` content-type: ${request.headers['content-type'] ?? '-'}${payload}` +
    ` [${request.defect || 'ids not of this employer'}] (FUZZ_SEED=${seed})`
  );
}

describeEachDatabase('fuzzing every operation of the OpenAPI document', (context) => {
  let testApp: TestApp;
  let operations: Operation[];
  let pools: IdPools;
  const cookies = new Map<Login, string>();

  beforeAll(async () => {
    testApp = await createTestApp(context.database, { BODY_LIMIT_BYTES: String(bodyLimitBytes) });
    const credentials = await seedDemoIfEmpty(testApp.modules, {
      db: testApp.platform.database.db,
      clock: testApp.clock,
    });
    if (!credentials) throw new Error('the demo was not seeded');
    // A third employer nobody of the demo serves: its ids are foreign to every session.
    await createTestUser(testApp);
    const { rows } = await context.database.sql.query<{ id: string }>(
      `select id from employers where name = 'Demo Zorg BV'`,
    );
    const employerId = rows[0]?.id as string;
    for (const loginName of demoLogins) {
      const cookie = await logIn(testApp, demoLogin(credentials, loginName));
      const chosen = await testApp.app.inject({
        method: 'PUT',
        url: '/api/me/active-employer',
        headers: { ...fetchHeaders, cookie },
        payload: { employerId },
      });
      if (chosen.statusCode !== 204) throw new Error(`${loginName}: ${chosen.body}`);
      cookies.set(loginName, cookie);
    }
    cookies.set(null, '');
    pools = await idPools(context.database, employerId);
    const document = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    operations = operationsOf(document.json());
  }, 300_000);
  afterAll(() => testApp.close());

  it(
    `answers ${requestCount} refused requests without 5xx, in the error shape, writing nothing`,
    { timeout: 600_000 },
    async () => {
      const before = await digestOfEveryTable(context.database);
      const random = seededRandom(seed);
      const logins = [...cookies.keys()];
      /** A real id of the table `name` names (own or foreign), now and then a new one. */
      const id = (pool: 'own' | 'foreign') => (name: string, path: string) => {
        const table = tableOf(name, path);
        // Operator roles serve every employer: for them no employer id is foreign.
        const foreignOnly = pool === 'foreign' && table === 'employers';
        const ids = table
          ? foreignOnly
            ? []
            : (pools[pool].get(table) ?? [])
          : pool === 'own'
            ? pools.all
            : [];
        return ids.length > 0 && random.chance(0.9) ? random.pick(ids) : randomUUIDFrom(random);
      };
      const failures: string[] = [];
      const answered = new Map<number, number>();
      for (let index = 0; index < requestCount; index++) {
        const operation = operations[index % operations.length] as Operation;
        const login = random.pick(logins);
        const request = fuzzRequest(
          operation,
          {
            random,
            id: (name, path) => id(random.chance(0.8) ? 'own' : 'foreign')(name, path),
            bodyLimitBytes,
          },
          id('foreign'),
        );
        const response = await testApp.app.inject({
          method: request.method,
          url: request.url,
          headers: { ...(login ? { cookie: cookies.get(login) } : {}), ...request.headers },
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        answered.set(response.statusCode, (answered.get(response.statusCode) ?? 0) + 1);
        const problem =
          response.statusCode >= 500
            ? 'a server error'
            : response.statusCode < 400
              ? request.read
                ? undefined
                : 'not refused'
              : errorShapeProblem(response.body, operation.path === tokenPath);
        if (problem) {
          failures.push(`${response.statusCode} (${problem}) ${replayOf(request, login, index)}`);
        }
      }
      const after = await digestOfEveryTable(context.database);
      // The rate limits count refused requests too (that is what they are for): their counters
      // are the one table a refused request changes.
      const changed = Object.keys(before).filter(
        (table) => table !== 'public.rate_limit_counters' && before[table] !== after[table],
      );
      process.stdout.write(
        `fuzz [${context.kind}]: ${requestCount} requests over ${operations.length} operations, ` +
          `answers ${JSON.stringify(Object.fromEntries([...answered].sort()))}, ` +
          `${failures.length} failures, tables changed: ${changed.join(', ') || 'none'}\n`,
      );
      expect(failures.slice(0, 50)).toEqual([]);
      expect(changed.map((table) => `${table}: ${before[table]} → ${after[table]}`)).toEqual([]);
    },
  );
});

function randomUUIDFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.integer(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The project's error shape; the OAuth token endpoint answers in RFC 6749 §5.2's instead. */
function errorShapeProblem(body: string, oauth: boolean): string | undefined {
  try {
    const parsed = JSON.parse(body) as {
      error?: string | { code?: unknown; message?: unknown };
      error_description?: unknown;
    };
    if (oauth && typeof parsed.error === 'string') {
      return typeof parsed.error_description === 'string' ? undefined : 'not the OAuth error shape';
    }
    return typeof parsed.error === 'object' &&
      typeof parsed.error.code === 'string' &&
      typeof parsed.error.message === 'string'
      ? undefined
      : 'not the error shape';
  } catch {
    return 'not JSON';
  }
}
