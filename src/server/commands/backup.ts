import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  backupDatabase,
  type DatabaseLocation,
  describeContents,
  restoreDatabase,
  setAside,
} from '../db/backup.js';
import { type BackedUpFile, copyStoredFiles, listKeys } from '../platform/files/files-backup.js';
import { isNotFound } from '../platform/files/files.js';

/**
 * A backup is a folder: `manifest.json`, the database file (db/backup.ts) and `files/` with the
 * stored documents under their keys. The database is copied first, the files after it, so every
 * document row in the backup finds its file (files only ever appear before their row is written;
 * an export deleted by its expiry in between is the one exception, and an expired one).
 */
export type BackupManifest = {
  format: 'verzuim-backup';
  version: 1;
  createdAt: string;
  database: { kind: DatabaseLocation['kind']; file: string };
  files: BackedUpFile[];
};

export type BackupSource = { database: DatabaseLocation; filesDir: string };

const manifestName = 'manifest.json';

export async function createBackup(
  source: BackupSource,
  folder: string,
  now: Date,
): Promise<BackupManifest> {
  if ((await entriesOf(folder)).length > 0) {
    throw new Error(`The backup folder ${folder} is not empty; name a new one.`);
  }
  await mkdir(folder, { recursive: true });
  let databaseFile, files;
  try {
    databaseFile = await backupDatabase(source.database, folder);
    files = await copyStoredFiles(source.filesDir, path.join(folder, 'files'));
  } catch (error) {
    // No half backup left behind that could later be mistaken for a whole one.
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const manifest: BackupManifest = {
    format: 'verzuim-backup',
    version: 1,
    createdAt: now.toISOString(),
    database: { kind: source.database.kind, file: databaseFile },
    files,
  };
  await writeFile(path.join(folder, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Thrown when the target holds data and the restore was not told to replace it. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

/**
 * Restores a backup into the configured database and file folder. Both must be empty, unless
 * `replace`: then the old files folder (and a PGlite data folder) is renamed aside to
 * `<folder>.replaced-<stamp>` and a PostgreSQL database is emptied first. `replaced` says what
 * was replaced, for the confirmation message.
 */
export async function restoreBackup(
  target: BackupSource,
  folder: string,
  options: { replace: boolean; now: Date },
): Promise<{ manifest: BackupManifest; replaced: string[] }> {
  const manifest = await readManifest(folder);
  if (manifest.database.kind !== target.database.kind) {
    throw new Error(
      `This backup is of a ${manifest.database.kind} database, and the configured database is ${target.database.kind}: restore it into the kind it came from.`,
    );
  }
  const contents = [await describeContents(target.database)];
  if ((await listKeys(target.filesDir)).length > 0) {
    contents.push(`the files folder ${target.filesDir} holds documents`);
  }
  const replaced = contents.filter((line) => line !== '');
  if (replaced.length > 0 && !options.replace) {
    throw new RestoreRefused(
      `Refusing to restore over existing data: ${replaced.join('; ')}. To replace it with the backup, run again with --replace-existing-data (a PGlite data folder and the files folder are renamed aside, a PostgreSQL database is emptied).`,
    );
  }
  const stamp = options.now.toISOString().replace(/[:.]/g, '-');
  await restoreDatabase(target.database, path.join(folder, manifest.database.file), {
    replace: options.replace,
    stamp,
  });
  if (options.replace) await setAside(target.filesDir, stamp);
  await copyStoredFiles(path.join(folder, 'files'), target.filesDir, manifest.files);
  return { manifest, replaced };
}

async function readManifest(folder: string): Promise<BackupManifest> {
  let text;
  try {
    text = await readFile(path.join(folder, manifestName), 'utf8');
  } catch (error) {
    if (isNotFound(error)) {
      throw new Error(`${folder} is not a Verzuim backup: it has no ${manifestName}.`);
    }
    throw error;
  }
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== 'verzuim-backup' || manifest.version !== 1) {
    throw new Error(`${folder}/${manifestName} is not a Verzuim backup manifest of version 1.`);
  }
  return manifest;
}

async function entriesOf(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
