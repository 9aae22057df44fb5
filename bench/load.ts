/**
 * `npm run bench:load` (bench/README.md): the built app (`dist/server/main.js`, built by the npm
 * script first) under autocannon, on PostgreSQL with an employer of 100,000 employees — one app
 * instance, then two on the same database with the connections spread over both — then on PGlite
 * with the demo data. Prints one line per figure: route, req/s, p50, p99, errors (socket
 * errors, timeouts and non-2xx answers) and database round trips per request (the growth of
 * `db_round_trips_total` in /metrics over the run, divided by its requests), beside the target.
 */
import { randomBytes } from 'node:crypto';
import autocannon, { type Options, type Result } from 'autocannon';
import { loadBenchSettings } from '../src/server/config.js';
import {
  createBenchDatabase,
  loadDemoEmployer,
  nameQueries,
  picker,
  seededRandom,
} from './employees.js';
import {
  type App,
  jsonHeaders,
  logIn,
  startApp as startProductionApp,
  stopApp,
} from './production-app.js';

const metricsToken = randomBytes(32).toString('hex');
const readConnections = 50;
const writeConnections = 10;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const settings = loadBenchSettings();

/** What every instance on the one database shares: the master key signs and seals for both. */
const sharedEnv = {
  METRICS_TOKEN: metricsToken,
  ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
  // One API client makes every /api/v1 request of its line; its per-minute limit (default 600)
  // would turn the line into 429s. The limit's counter still costs its round trip.
  RATE_LIMIT_API_PER_CLIENT: '1000000',
};

const targets = {
  healthz: 'ceiling of the machine',
  dossier: '>= 2,000 req/s, p99 < 50 ms, 0 errors, <= 4 round trips',
  read: '<= 4 round trips',
  startPage: 'p99 < 50 ms, 0 errors, <= 4 round trips',
  writes: '>= 500 req/s',
  pglite: '>= 1,000 req/s',
  report: 'issue 12: < 1 s a report',
  none: 'no target yet',
} as const;

/** The app in production mode, with the shared settings and (BENCH_PROFILE) a CPU profile. */
function startApp(name: string, databaseUrl: string | undefined): Promise<App> {
  return startProductionApp(name, {
    ...(databaseUrl ? { databaseUrl } : {}),
    nodeArgs: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=bench/profiles/${name}`] : [],
    env: sharedEnv,
  });
}

async function roundTrips(url: string): Promise<number> {
  const body = await (
    await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
  ).text();
  return Number(/^db_round_trips_total (\d+)$/m.exec(body)?.[1] ?? Number.NaN);
}

/**
 * The instances' counters summed, once they are idle: requests still in flight when autocannon
 * stops are finished by the server afterwards, and their statements belong to the run before.
 */
async function settledRoundTrips(urls: readonly string[]): Promise<number> {
  const sum = async () =>
    (await Promise.all(urls.map((url) => roundTrips(url)))).reduce((a, b) => a + b, 0);
  let last = await sum();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await sum();
    if (now === last) return now;
    last = now;
  }
}

/** Spreads the connections over the sessions, as several users would. */
function sessionHeaders(cookies: readonly string[]): Pick<Options, 'setupClient'> {
  let next = 0;
  return {
    setupClient: (client) => {
      const cookie = cookies[next++ % cookies.length] ?? '';
      client.setHeaders({ ...jsonHeaders, cookie });
    },
  };
}

const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

function printHeader(): void {
  console.log(
    [
      pad('route', 44),
      padLeft('req/s', 8),
      padLeft('p50 ms', 8),
      padLeft('p99 ms', 8),
      padLeft('errors', 7),
      padLeft('trips/req', 10),
      '  target',
    ].join(''),
  );
}

/** One autocannon run of `settings.seconds` over the instances at `urls`; prints its line. */
async function measure(
  urls: readonly string[],
  route: string,
  target: string,
  options: Omit<Options, 'url' | 'duration'>,
): Promise<Result> {
  const before = await settledRoundTrips(urls);
  const url = urls.length === 1 ? (urls[0] as string) : [...urls];
  const result = await autocannon({ url, duration: settings.seconds, ...options });
  // Statements of requests that did not complete in time count too, so this leans high.
  const trips = ((await settledRoundTrips(urls)) - before) / result.requests.total;
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    [
      pad(route, 44),
      padLeft(result.requests.average.toFixed(0), 8),
      padLeft(String(result.latency.p50), 8),
      padLeft(String(result.latency.p99), 8),
      padLeft(String(errors), 7),
      padLeft(Number.isFinite(trips) ? trips.toFixed(1) : 'n/a', 10),
      `  ${target}`,
    ].join(''),
  );
  return result;
}

/** What the PostgreSQL lines ask with: the sessions, the people, an API client's token. */
type Fixtures = {
  sessions: Pick<Options, 'setupClient'>;
  people: Awaited<ReturnType<typeof loadDemoEmployer>>;
  queries: readonly string[];
  pick: ReturnType<typeof picker>;
  bearer: string;
  /** The next employee a write round takes, over all runs: one sick report a day each. */
  writer: { next: number };
};

/** A bearer token of a new API client of the demo employer, made by its integration user. */
async function apiToken(url: string): Promise<string> {
  const cookie = await logIn(url, 0, 'koppeling');
  const created = await fetch(`${url}/api/integration/clients`, {
    method: 'POST',
    headers: { ...jsonHeaders, cookie },
    body: JSON.stringify({ name: 'bench', scopes: ['employees:read', 'absences:read'] }),
  });
  if (!created.ok) throw new Error(`no API client: HTTP ${created.status}`);
  const { client, clientSecret } = (await created.json()) as {
    client: { id: string };
    clientSecret: string;
  };
  const token = await fetch(`${url}/api/v1/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: clientSecret,
    }),
  });
  if (!token.ok) throw new Error(`no token: HTTP ${token.status}`);
  return ((await token.json()) as { access_token: string }).access_token;
}

/** Every PostgreSQL line, against the instances at `urls`. */
async function postgresLines(urls: readonly string[], fixtures: Fixtures): Promise<void> {
  const { sessions, people, queries, pick, bearer, writer } = fixtures;
  const working = people.filter((person) => person.inService);
  const year = today.slice(0, 4);
  await measure(urls, 'GET /healthz', targets.healthz, {
    connections: readConnections,
    requests: [{ method: 'GET', path: '/healthz' }],
  });
  await measure(urls, 'GET /api/employees/:id (dossier read)', targets.dossier, {
    connections: readConnections,
    ...sessions,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/api/employees/${pick(people).id}` }),
      },
    ],
  });
  await measure(urls, 'GET /api/employees?name= (search)', targets.read, {
    connections: readConnections,
    ...sessions,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/employees?name=${encodeURIComponent(pick(queries))}`,
        }),
      },
    ],
  });
  for (const startPage of [
    '/api/auth/me',
    '/api/vault/status',
    '/api/employees/recent',
    '/api/organisation/departments',
    '/api/cases/current-absence',
    '/api/tasks/summary',
  ]) {
    await measure(urls, `GET ${startPage} (start page)`, targets.startPage, {
      connections: readConnections,
      ...sessions,
      requests: [{ method: 'GET', path: startPage }],
    });
  }
  await measure(urls, 'GET /api/tasks (Taken, first page)', targets.read, {
    connections: readConnections,
    ...sessions,
    requests: [{ method: 'GET', path: '/api/tasks' }],
  });
  // A report reads the whole employer: a few users at once, not fifty.
  await measure(urls, 'GET /api/reports/verzuimpercentage-per-maand', targets.report, {
    connections: 4,
    ...sessions,
    requests: [
      {
        method: 'GET',
        path: `/api/reports/verzuimpercentage-per-maand?from=${year}-01-01&to=${year}-12-31&method=calendar`,
      },
    ],
  });
  await measure(urls, 'GET /api/v1/employees (API client, a page)', targets.none, {
    connections: readConnections,
    headers: { authorization: `Bearer ${bearer}` },
    requests: [{ method: 'GET', path: '/api/v1/employees' }],
  });
  // Each round takes the next employee in service: a note, a sick report, the recovery.
  await measure(urls, 'POST note, sick report, recovery (writes)', targets.writes, {
    connections: writeConnections,
    ...sessions,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const employee = working[writer.next++ % working.length];
          context.employeeId = employee?.id;
          return {
            ...request,
            path: `/api/employees/${employee?.id}/notes`,
            body: JSON.stringify({ contactDate: today, contactType: 'phone', text: 'Gebeld.' }),
          };
        },
      },
      {
        method: 'POST',
        setupRequest: (request, context) => ({
          ...request,
          path: `/api/employees/${String(context.employeeId)}/cases`,
          body: JSON.stringify({
            classification: 'illness',
            firstSickDay: today,
            percentage: 100,
          }),
        }),
        onResponse: (status, body, context) => {
          if (status === 201) context.caseId = (JSON.parse(body) as { id: string }).id;
        },
      },
      {
        method: 'POST',
        setupRequest: (request, context) => ({
          ...request,
          path: `/api/cases/${String(context.caseId)}/recovery`,
          body: JSON.stringify({ lastSickDay: today }),
        }),
      },
    ],
  });
}

async function postgresRuns(): Promise<void> {
  const { database, url: databaseUrl, drop } = await createBenchDatabase();
  const apps: App[] = [];
  try {
    // The first instance migrates and seeds; the second starts on the database as it is.
    apps.push(await startApp('postgres', databaseUrl));
    const random = seededRandom(20_260_301);
    const people = await loadDemoEmployer(database, settings.employees, random);
    apps.push(await startApp('postgres-2', databaseUrl));
    const first = apps[0]?.url as string;
    const fixtures: Fixtures = {
      sessions: sessionHeaders([await logIn(first, -1), await logIn(first, 0)]),
      people,
      queries: nameQueries(people, 1_000, random),
      pick: picker(random),
      bearer: await apiToken(first),
      writer: { next: 0 },
    };
    for (const instances of [1, 2]) {
      console.log(
        `\nPostgreSQL, ${settings.employees} employees, ${instances} app instance${instances > 1 ? 's' : ''}, ` +
          `${settings.seconds} s per line, ${readConnections} connections (writes ${writeConnections}), ${today}`,
      );
      printHeader();
      await postgresLines(
        apps.slice(0, instances).map((app) => app.url),
        fixtures,
      );
    }
  } finally {
    for (const app of apps) await stopApp(app);
    await database.close();
    await drop();
  }
}

/** PGlite in the app's own process, with the demo employer (50 employees). */
async function pgliteRuns(): Promise<void> {
  const app = await startApp('pglite', undefined);
  try {
    const cookies = [await logIn(app.url, -1), await logIn(app.url, 0)];
    const search = await fetch(`${app.url}/api/employees?limit=50`, {
      headers: { ...jsonHeaders, cookie: cookies[0] ?? '' },
    });
    const ids = ((await search.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    const pick = picker(seededRandom(20_260_302));
    console.log(`\nPGlite, the demo employer (${ids.length} employees)`);
    printHeader();
    await measure([app.url], 'GET /api/employees/:id (dossier read)', targets.pglite, {
      connections: readConnections,
      ...sessionHeaders(cookies),
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: `/api/employees/${pick(ids)}` }),
        },
      ],
    });
  } finally {
    await stopApp(app);
  }
}

await postgresRuns();
await pgliteRuns();
