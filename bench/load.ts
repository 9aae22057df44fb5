/**
 * `npm run bench:load` (bench/README.md): the built app (`dist/server/main.js`, built by the npm
 * script first) under autocannon, on PostgreSQL with an employer of 100,000 employees, then on
 * PGlite with the demo data. Prints one line per figure: route, req/s, p50, p99, errors (socket
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

const targets = {
  healthz: 'ceiling of the machine',
  dossier: '>= 2,000 req/s, p99 < 50 ms, 0 errors, <= 4 round trips',
  read: '<= 4 round trips',
  startPage: 'p99 < 50 ms, 0 errors, <= 4 round trips',
  writes: '>= 500 req/s',
  pglite: '>= 1,000 req/s',
} as const;

/** The app in production mode, with the metrics token and (BENCH_PROFILE) a CPU profile. */
function startApp(name: string, databaseUrl: string | undefined): Promise<App> {
  return startProductionApp(name, {
    ...(databaseUrl ? { databaseUrl } : {}),
    nodeArgs: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=bench/profiles/${name}`] : [],
    env: { METRICS_TOKEN: metricsToken },
  });
}

async function roundTrips(url: string): Promise<number> {
  const body = await (
    await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })
  ).text();
  return Number(/^db_round_trips_total (\d+)$/m.exec(body)?.[1] ?? Number.NaN);
}

/**
 * The counter once the app is idle: requests still in flight when autocannon stops are finished
 * by the server afterwards, and their statements belong to the run before, not the next.
 */
async function settledRoundTrips(url: string): Promise<number> {
  let last = await roundTrips(url);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await roundTrips(url);
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

/** One autocannon run of `settings.seconds`; prints its line. */
async function measure(
  url: string,
  route: string,
  target: string,
  options: Omit<Options, 'url' | 'duration'>,
): Promise<Result> {
  const before = await settledRoundTrips(url);
  const result = await autocannon({ url, duration: settings.seconds, ...options });
  // Statements of requests that did not complete in time count too, so this leans high.
  const trips = ((await settledRoundTrips(url)) - before) / result.requests.total;
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

async function postgresRuns(): Promise<void> {
  const { database, url: databaseUrl, drop } = await createBenchDatabase();
  let app: App | undefined;
  try {
    app = await startApp('postgres', databaseUrl);
    const random = seededRandom(20_260_301);
    const people = await loadDemoEmployer(database, settings.employees, random);
    const cookies = [await logIn(app.url, -1), await logIn(app.url, 0)];
    const pick = picker(random);
    const queries = nameQueries(people, 1_000, random);
    const working = people.filter((person) => person.inService);
    const sessions = sessionHeaders(cookies);

    console.log(
      `\nPostgreSQL, ${settings.employees} employees, ${settings.seconds} s per line, ` +
        `${readConnections} connections (writes ${writeConnections}), ${today}`,
    );
    printHeader();
    await measure(app.url, 'GET /healthz', targets.healthz, {
      connections: readConnections,
      requests: [{ method: 'GET', path: '/healthz' }],
    });
    await measure(app.url, 'GET /api/employees/:id (dossier read)', targets.dossier, {
      connections: readConnections,
      ...sessions,
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: `/api/employees/${pick(people).id}` }),
        },
      ],
    });
    await measure(app.url, 'GET /api/employees?name= (search)', targets.read, {
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
    ]) {
      await measure(app.url, `GET ${startPage} (start page)`, targets.startPage, {
        connections: readConnections,
        ...sessions,
        requests: [{ method: 'GET', path: startPage }],
      });
    }
    // Each round takes the next employee in service: a note, a sick report, the recovery.
    let nextEmployee = 0;
    await measure(app.url, 'POST note, sick report, recovery (writes)', targets.writes, {
      connections: writeConnections,
      ...sessions,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            const employee = working[nextEmployee++ % working.length];
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
  } finally {
    if (app) await stopApp(app);
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
    await measure(app.url, 'GET /api/employees/:id (dossier read)', targets.pglite, {
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
