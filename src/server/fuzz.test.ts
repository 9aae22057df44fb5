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
import { apiClientToken, employerWithApiClient } from './test/api-v1.js';
import { describeEachDatabase, testDatabaseKinds } from './test/databases.js';
import {
  type FuzzRequest,
  fuzzRequest,
  type Operation,
  operationsOf,
  type Random,
  seededRandom,
} from './test/openapi-fuzz.js';
import {
  fuzzUpload,
  type UploadKind,
  type UploadLimits,
  uploadOperations,
} from './test/upload-fuzz.js';

/**
 * The fuzz pass of issues 16 and 15: requests generated from /api/openapi.json to every operation,
 * as every role of the demo and without a session, and to `/api/v1` with the bearer tokens of API
 * clients of several scopes (of the demo employer and of another), each with a part the API must
 * refuse (see test/openapi-fuzz.ts). The operations that take a file get broken or refused
 * multipart and raw bodies (test/upload-fuzz.ts) rather than only JSON. No answer may be 5xx,
 * every refusal has the error shape, nothing may be written: a digest of every table is the same
 * before and after. `FUZZ_SEED` replays another run; `FUZZ_REQUESTS` sets the number of requests
 * per database.
 */
const settings = loadFuzzSettings();
const seed = settings.seed ?? 20_260_316;
/** 10,000 requests in a run, shared by the databases it tests. */
const requestCount = settings.requests ?? Math.ceil(10_000 / testDatabaseKinds().length);
const bodyLimitBytes = 256 * 1024;
/** Small upload limits, so that a file over them is cheap to send (a bomb still fits). */
const uploadLimits: UploadLimits = {
  documentMaxBytes: 128 * 1024,
  importMaxBytes: 128 * 1024,
  importMaxRows: 20,
};

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

/** Who sends a request: a demo login's session cookie, none, or an API client's bearer token. */
type Caller = { name: string; headers: Record<string, string> };

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

/**
 * Rows a refused request writes by design, left out of the digest: the dossier audits a document
 * it refuses for its content (`dossier.document_refused`: who tried to upload what kind of file is
 * a security event). Every other row of the audit log is compared.
 */
const writtenOnRefusal: Record<string, string> = {
  'public.audit_log': `where action <> 'dossier.document_refused'`,
};

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
        count(*)::int as count from ${name} r ${writtenOnRefusal[name] ?? ''}`,
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
function replayOf(request: FuzzRequest, caller: Caller, index: number): string {
  const payload =
    request.payload === undefined
      ? ''
      : Buffer.isBuffer(request.payload)
        ? ` body: ${request.payload.length} bytes`
        : ` body: ${shorten(JSON.stringify(request.payload))}`;
  return (
    `#${index} as ${caller.name}: ${request.method} ${shorten(request.url)}` +
    ` content-type: ${request.headers['content-type'] ?? '-'}${payload}` +
    ` [${request.defect || 'ids not of this employer'}] (FUZZ_SEED=${seed})`
  );
}

describeEachDatabase('fuzzing every operation of the OpenAPI document', (context) => {
  let testApp: TestApp;
  let operations: Operation[];
  let pools: IdPools;
  const cookies = new Map<Login, string>();
  /** Bearer tokens: the demo employer's clients of several scopes, another employer's, junk. */
  const bearers: Caller[] = [];

  beforeAll(async () => {
    testApp = await createTestApp(context.database, {
      BODY_LIMIT_BYTES: String(bodyLimitBytes),
      DOCUMENT_MAX_BYTES: String(uploadLimits.documentMaxBytes),
      IMPORT_MAX_BYTES: String(uploadLimits.importMaxBytes),
      IMPORT_MAX_ROWS: String(uploadLimits.importMaxRows),
      // Every API request should reach its route, not the limit per client.
      RATE_LIMIT_API_PER_CLIENT: '1000000',
    });
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
    const bearer = (name: string, token: string) =>
      bearers.push({ name, headers: { authorization: `Bearer ${token}` } });
    const koppeling = cookies.get('koppeling') as string;
    for (const scopes of [
      ['employees:read', 'employees:write', 'absences:read', 'absences:write'],
      ['employees:read'],
      ['tasks:read', 'documents:write'],
    ] as const) {
      const { accessToken } = await apiClientToken(testApp, koppeling, [...scopes]);
      bearer(`API client (${scopes.join(' ')})`, accessToken);
    }
    const other = await employerWithApiClient(testApp, ['employees:read', 'absences:write']);
    bearer("another employer's API client", other.accessToken);
    bearer('an unknown bearer token', 'x'.repeat(43));
    pools = await idPools(context.database, employerId);
    const document = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    operations = operationsOf(document.json());
    const described = new Set(operations.map(({ method, path }) => `${method} ${path}`));
    const missing = Object.keys(uploadOperations).filter((key) => !described.has(key));
    if (missing.length > 0) throw new Error(`upload operations not in the document: ${missing}`);
  }, 300_000);
  afterAll(() => testApp.close());

  it(
    `answers ${requestCount} refused requests without 5xx, in the error shape, writing nothing`,
    { timeout: 600_000 },
    async () => {
      const before = await digestOfEveryTable(context.database);
      const random = seededRandom(seed);
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
      const sessions: Caller[] = [...cookies].map(([login, cookie]) => ({
        name: login ?? 'no session',
        headers: login ? { cookie } : ({} as Record<string, string>),
      }));
      let uploads = 0;
      let bearerRequests = 0;
      for (let index = 0; index < requestCount; index++) {
        const operation = operations[index % operations.length] as Operation;
        // `/api/v1` mostly with bearer tokens (a session must be refused there), the rest mostly
        // with sessions (a bearer token must be refused there).
        const caller = random.pick(operation.bearer === random.chance(0.9) ? bearers : sessions);
        if (caller.headers.authorization) bearerRequests++;
        const request = fuzzRequest(
          operation,
          {
            random,
            id: (name, path) => id(random.chance(0.8) ? 'own' : 'foreign')(name, path),
            bodyLimitBytes,
          },
          id('foreign'),
        );
        const uploadKind: UploadKind | undefined =
          uploadOperations[
            `${operation.method} ${operation.path}` as keyof typeof uploadOperations
          ];
        if (uploadKind && random.chance(0.7)) {
          const upload = await fuzzUpload(uploadKind, random, uploadLimits);
          uploads++;
          // A whole document goes to another employer's employee, which must be refused too.
          if (upload.valid) {
            request.url = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
              id('foreign')(name, operation.path),
            );
          }
          request.headers = { ...request.headers, ...upload.headers };
          request.payload = upload.payload;
          request.defect = [request.defect, `upload: ${upload.defect}`].filter(Boolean).join('; ');
          request.read = upload.read;
        }
        // A read without parameters is sent with a broken credential (see fuzzRequest): with a
        // live token it would be answered, and audited as an API call.
        const headers = { ...caller.headers };
        if (request.read && headers.authorization) {
          const junk = random.pick(['', 'x', 'a.b.c', '%00', 'y'.repeat(5_000)]);
          headers.authorization = random.pick([`Bearer ${junk}`, `Basic ${junk}`, junk]);
          request.defect = `broken bearer token ${JSON.stringify(junk.slice(0, 20))}`;
        }
        if (operation.idempotent && random.chance(0.5)) {
          request.headers['idempotency-key'] = `fuzz-${seed}-${index}`;
        }
        const response = await testApp.app.inject({
          method: request.method,
          url: request.url,
          headers: { ...headers, ...request.headers },
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
          failures.push(`${response.statusCode} (${problem}) ${replayOf(request, caller, index)}`);
        }
      }
      const after = await digestOfEveryTable(context.database);
      // The rate limits count refused requests too (that is what they are for): their counters
      // are the one table a refused request changes.
      const changed = Object.keys(before).filter(
        (table) => table !== 'public.rate_limit_counters' && before[table] !== after[table],
      );
      process.stdout.write(
        `fuzz [${context.kind}]: ${requestCount} requests over ${operations.length} operations ` +
          `(${bearerRequests} with a bearer token, ${uploads} uploads), ` +
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
