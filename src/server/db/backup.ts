import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { isNotFound } from '../platform/files/files.js';

/**
 * Backup and restore of the database, for `npm run db:backup` / `db:restore`
 * (src/server/commands/backup.ts adds the document files and the manifest).
 *
 * - PGlite: a crash-consistent copy of the data folder while the app runs (see snapshotDataDir),
 *   opened once here so PostgreSQL's recovery makes it consistent, and saved with PGlite's own
 *   `dumpDataDir` as `database.tar.gz`.
 * - PostgreSQL: `pg_dump --format=custom` to `database.pgdump`, back with `pg_restore`.
 */
export type DatabaseLocation =
  { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export const databaseFileOf = { pglite: 'database.tar.gz', postgres: 'database.pgdump' } as const;

/** Writes the database into `folder` under databaseFileOf[kind] and returns that file name. */
export async function backupDatabase(location: DatabaseLocation, folder: string): Promise<string> {
  const file = path.join(folder, databaseFileOf[location.kind]);
  if (location.kind === 'postgres') {
    await runClientTool('pg_dump', location.url, ['--format=custom', `--file=${file}`]);
    return path.basename(file);
  }
  const copy = await mkdtemp(path.join(folder, '.pglite-copy-'));
  try {
    await snapshotDataDir(location.dataDir, copy);
    const client = await PGlite.create({ dataDir: copy });
    try {
      const dump = await client.dumpDataDir('gzip');
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return path.basename(file);
}

/**
 * Copies a PGlite data folder that a running app may be writing to, the way a base backup does:
 * `global/pg_control` (the last checkpoint) first, then every other file, the write-ahead log last.
 * PostgreSQL writes a page only after its log records, so the log copied last covers every page
 * copied before it, torn ones included (full-page writes); opening the copy replays that log from
 * the checkpoint. That holds only when no checkpoint ran during the copy (it may recycle log
 * segments), so the copy is repeated until pg_control is the same before and after.
 */
export async function snapshotDataDir(dataDir: string, into: string): Promise<void> {
  const control = path.join('global', 'pg_control');
  const wal = path.join(dataDir, 'pg_wal');
  for (let attempt = 1; attempt <= 5; attempt++) {
    const before = await readFile(path.join(dataDir, control)).catch((error: unknown) => {
      if (isNotFound(error)) throw new Error(`There is no PGlite database in ${dataDir}.`);
      throw error;
    });
    try {
      await cp(dataDir, into, {
        recursive: true,
        // postmaster.pid belongs to the running process, not to the data.
        filter: (source) => source !== wal && path.basename(source) !== 'postmaster.pid',
      });
      await cp(wal, path.join(into, 'pg_wal'), { recursive: true });
    } catch (error) {
      // A file removed between listing and copying: the database changed under the copy.
      if (!isNotFound(error)) throw error;
      await emptyFolder(into);
      continue;
    }
    await writeFile(path.join(into, control), before);
    if (before.equals(await readFile(path.join(dataDir, control)))) return;
    await emptyFolder(into);
  }
  throw new Error(
    `The database in ${dataDir} kept changing its checkpoint during the copy; try again when it is quieter.`,
  );
}

/** What the database holds, for the refusal to restore over it; empty when nothing. */
export async function describeContents(location: DatabaseLocation): Promise<string> {
  if (location.kind === 'pglite') {
    const entries = await readdir(location.dataDir).catch((error: unknown) => {
      if (isNotFound(error)) return [];
      throw error;
    });
    return entries.length > 0 ? `the PGlite data folder ${location.dataDir} is not empty` : '';
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(
      `SELECT count(*)::int AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    const tables = rows[0]?.tables ?? 0;
    return tables > 0
      ? `the PostgreSQL database ${databaseLabel(location.url)} has ${tables} tables`
      : '';
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup made by backupDatabase. `replace`: what the location holds is set aside
 * first (PGlite: the folder renamed to `<dataDir>.replaced-<stamp>`) or dropped (PostgreSQL: the
 * `public` and `drizzle` schemas); the caller has checked and confirmed that.
 */
export async function restoreDatabase(
  location: DatabaseLocation,
  file: string,
  options: { replace: boolean; stamp: string },
): Promise<void> {
  if (location.kind === 'pglite') {
    if (options.replace) await setAside(location.dataDir, options.stamp);
    await mkdir(location.dataDir, { recursive: true });
    const dump = await readFile(file);
    const client = await PGlite.create({
      dataDir: location.dataDir,
      loadDataDir: new Blob([dump]),
    });
    await client.close();
    return;
  }
  if (options.replace) {
    const client = new pg.Client({ connectionString: location.url });
    await client.connect();
    try {
      await client.query(
        'DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public',
      );
    } finally {
      await client.end();
    }
  }
  // --no-owner: the objects belong to the user restoring (the app's); grants to the tenant role stay.
  await runClientTool('pg_restore', location.url, [
    '--exit-on-error',
    '--single-transaction',
    '--no-owner',
    file,
  ]);
}

/** Renames a folder to `<folder>.replaced-<stamp>`, kept for the operator to remove. */
export async function setAside(folder: string, stamp: string): Promise<string | undefined> {
  const aside = `${folder}.replaced-${stamp}`;
  try {
    await rename(folder, aside);
    return aside;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * A PostgreSQL client tool (pg_dump, pg_restore) from PATH on `databaseUrl`; its own message when
 * it fails. The password goes in PGPASSWORD, not in the arguments, which any local user can read
 * in the process list while the tool runs.
 */
function runClientTool(
  tool: 'pg_dump' | 'pg_restore',
  databaseUrl: string,
  args: string[],
): Promise<void> {
  const { url, password } = withoutPassword(databaseUrl);
  const env =
    password === undefined
      ? undefined
      : // eslint-disable-next-line no-restricted-properties -- the child inherits PATH and the PG* settings; only the password is added
        { ...process.env, PGPASSWORD: password };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [`--dbname=${url}`, ...args], {
      stdio: ['ignore', 'inherit', 'pipe'],
      env,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => {
      reject(
        isNotFound(error)
          ? new Error(
              `${tool} is not on PATH. Install the PostgreSQL client tools, of the server's major version or newer (Debian: apt-get install postgresql-client).`,
            )
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

/** Host and database name, without the password, for messages. */
function databaseLabel(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname.replace(/^\//, '')} on ${parsed.host}`;
}

async function emptyFolder(folder: string): Promise<void> {
  for (const entry of await readdir(folder)) {
    await rm(path.join(folder, entry), { recursive: true, force: true });
  }
}

/** A postgres:// URL split into the URL without its password and the (decoded) password. */
export function withoutPassword(databaseUrl: string): { url: string; password?: string } {
  const parsed = new URL(databaseUrl);
  if (parsed.password === '') return { url: databaseUrl };
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), password };
}
