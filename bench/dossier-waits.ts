/**
 * `npm run bench:dossier` (bench/README.md): the dossier read alone under autocannon, on
 * PostgreSQL with the employer of `bench:load`, and what it waits for: `pg_stat_activity` of the
 * bench database sampled every 50 ms during the run (the mean number of client backends per state
 * and wait event), and with `BENCH_PROFILE=true` the app's CPU profile of the run, summed by
 * function (self time). What `bench:load` measures, taken apart.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadBenchSettings } from '../src/server/config.js';
import { createBenchDatabase, loadDemoEmployer, picker, seededRandom } from './employees.js';
import { jsonHeaders, logIn, startApp, stopApp } from './production-app.js';

const settings = loadBenchSettings();
const connections = 50;
const profileDir = path.join('bench', 'profiles', 'dossier');

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
};

/** The share of self time per function within [from, to] µs before the profile's end. */
function selfTimes(profile: CpuProfile, window: { from: number; to: number }) {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const times = new Map<string, number>();
  let clock = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, index) => {
    clock += profile.timeDeltas[index] ?? 0;
    const before = profile.endTime - clock;
    if (before > window.from || before < window.to) return;
    const frame = frames.get(id);
    const file = frame?.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, '');
    const key = `${frame?.functionName || '(anonymous)'}${file ? ` ${file}:${(frame?.lineNumber ?? 0) + 1}` : ''}`;
    const delta = profile.timeDeltas[index + 1] ?? 0;
    times.set(key, (times.get(key) ?? 0) + delta);
    total += delta;
  });
  return { total, top: [...times].sort((a, b) => b[1] - a[1]).slice(0, 25) };
}

const { database, url: databaseUrl, drop } = await createBenchDatabase();
const app = await startApp('dossier', {
  databaseUrl,
  nodeArgs: settings.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
});
let stopped = false;
try {
  const random = seededRandom(20_260_301);
  const people = await loadDemoEmployer(database, settings.employees, random);
  const cookies = [await logIn(app.url, -1), await logIn(app.url, 0)];
  const pick = picker(random);

  const waits = new Map<string, number>();
  let samples = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await database.sql.query<{ key: string }>(
        `select state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'on CPU') as key
          from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and backend_type = 'client backend'`,
      );
      samples += 1;
      for (const row of rows) waits.set(row.key, (waits.get(row.key) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  let next = 0;
  const runStart = Date.now();
  const result = await autocannon({
    url: app.url,
    duration: settings.seconds,
    connections,
    setupClient: (client) =>
      client.setHeaders({ ...jsonHeaders, cookie: cookies[next++ % cookies.length] ?? '' }),
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: `/api/employees/${pick(people).id}` }),
      },
    ],
  });
  const runEnd = Date.now();
  sampling = false;
  await sampler;
  await stopApp(app);
  stopped = true;
  const exit = Date.now();

  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `\nGET /api/employees/:id, ${settings.employees} employees, ${settings.seconds} s, ` +
      `${connections} connections: ${result.requests.average.toFixed(0)} req/s, ` +
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`,
  );
  console.log(`\npg_stat_activity, ${samples} samples: mean client backends per state and wait`);
  for (const [key, count] of [...waits].sort((a, b) => b[1] - a[1])) {
    console.log(`${(count / samples).toFixed(2).padStart(7)}  ${key}`);
  }
  if (settings.profile) {
    const files = (await readdir(profileDir)).filter((file) => file.endsWith('.cpuprofile'));
    const newest = files.sort().at(-1);
    if (!newest) throw new Error(`no CPU profile in ${profileDir}`);
    const profile = JSON.parse(await readFile(path.join(profileDir, newest), 'utf8')) as CpuProfile;
    // The run's samples: the profile ends when the app exits, `exit - runEnd` after the run.
    const { total, top } = selfTimes(profile, {
      from: (exit - runStart) * 1000,
      to: (exit - runEnd) * 1000,
    });
    console.log(`\nCPU profile of the app during the run (${newest}), self time:`);
    for (const [key, time] of top) {
      console.log(`${((100 * time) / total).toFixed(1).padStart(6)} %  ${key}`);
    }
  }
} finally {
  if (!stopped) await stopApp(app);
  await database.close();
  await drop();
}
