/**
 * `npm run bench:web` (bench/README.md): what the browser loads for the first page. Builds the
 * app when the build is missing or older than the sources, starts it in production mode on a
 * throw-away PGlite, and opens in Chromium (Debian's, /usr/bin/chromium) with an empty cache
 * the login page, then the start page of the demo user (logged in through the API: a browser
 * login would be refused, as the production app only trusts its https PUBLIC_URL as origin). Prints one line per page: the KB of
 * JavaScript and CSS as transferred (compressed), and the number of files.
 */
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { nl } from '../src/contracts/i18n/index.js';
import { logIn, startApp, stopApp } from './production-app.js';

/** The gzip figure of issue 18; Chromium would otherwise be sent brotli, smaller still. */
const encoding = process.env.BENCH_ENCODING === 'br' ? 'br' : 'gzip';

/** BENCH_VERBOSE=true: every file under its page, largest first. */
const verbose = process.env.BENCH_VERBOSE === 'true';

async function newestSource(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return Math.max(
    ...entries
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs),
  );
}

async function buildIfNeeded(): Promise<void> {
  const outputs = ['dist/web/index.html', 'dist/server/main.js'];
  const built = outputs.every((file) => existsSync(file))
    ? Math.min(...outputs.map((file) => statSync(file).mtimeMs))
    : 0;
  const sources = Math.max(
    await newestSource('src'),
    ...['vite.config.ts', 'package-lock.json'].map((file) => statSync(file).mtimeMs),
  );
  if (built > sources) return;
  console.log('building (npm run build)…');
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
}

type Cookie = Parameters<BrowserContext['addCookies']>[0][number];

type Loaded = {
  js: number;
  css: number;
  files: number;
  encodings: Set<string>;
  sizes: Map<string, number>;
};

/** Counts the compressed bytes of every script and style sheet the page fetches. */
function countAssets(page: Page): Loaded {
  const loaded: Loaded = { js: 0, css: 0, files: 0, encodings: new Set(), sizes: new Map() };
  page.on('requestfinished', (request) => {
    const kind = /\.(js|css)$/.exec(new URL(request.url()).pathname)?.[1];
    if (kind === undefined) return;
    void Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
      loaded[kind as 'js' | 'css'] += sizes.responseBodySize;
      loaded.files += 1;
      loaded.sizes.set(new URL(request.url()).pathname, sizes.responseBodySize);
      loaded.encodings.add(response?.headers()['content-encoding'] ?? 'none');
    });
  });
  return loaded;
}

function report(name: string, loaded: Loaded): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
  console.log(
    `${name.padEnd(12)} JS ${kb(loaded.js)}   CSS ${kb(loaded.css)}   ` +
      `total ${kb(loaded.js + loaded.css)}   ${loaded.files} files, ${[...loaded.encodings].join('/')}`,
  );
  if (verbose) {
    for (const [file, bytes] of [...loaded.sizes].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kb(bytes)}  ${file}`);
    }
  }
}

async function newPage(browser: Browser, cookies: Cookie[] = []) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': encoding } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  return { context, page, loaded: countAssets(page) };
}

async function main(): Promise<void> {
  await buildIfNeeded();
  const app = await startApp('web');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log(`first visit, empty cache, ${encoding} (${new Date().toISOString().slice(0, 10)})`);
    // The login page, until the form is there and nothing more is fetched.
    const login = await newPage(browser);
    await login.page.goto(`${app.url}/login`);
    await login.page.getByRole('button', { name: nl.auth.login.submit }).waitFor();
    await login.page.waitForLoadState('networkidle');
    report('login', login.loaded);

    await login.context.close();

    // The demo user's session (password and TOTP code through the API) in a fresh context.
    const cookie = await logIn(app.url, 0);
    const [name = '', value = ''] = cookie.split(/=(.*)/s);
    // The cookie is Secure (`__Host-`): set for the https spelling of the address, Chromium
    // sends it to 127.0.0.1 over http too (a loopback address counts as secure).
    const start = await newPage(browser, [
      { name, value, url: app.url.replace('http:', 'https:'), secure: true, httpOnly: true },
    ]);
    await start.page.goto(`${app.url}/`);
    await start.page.getByRole('navigation').first().waitFor();
    if (new URL(start.page.url()).pathname !== '/') throw new Error('the session was not taken');
    await start.page.waitForLoadState('networkidle');
    report('start page', start.loaded);
    await start.context.close();
  } finally {
    await browser.close();
    await stopApp(app);
  }
}

await main();
