import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DatabaseLocation } from '../db/backup.js';
import { type Database, openDatabase } from '../db/connection.js';
import { listKeys } from '../platform/files/files-backup.js';
import { seedDemoIfEmpty } from '../seed/demo.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { createTestPostgresDatabase, testDatabaseKinds } from '../test/databases.js';
import { createBackup, restoreBackup, RestoreRefused } from './backup.js';

/** Every table of the app (migrations' own included): its row count and a hash of all rows. */
async function tableContents(database: Database): Promise<Record<string, string>> {
  const { rows: tables } = await database.sql.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname IN ('public', 'drizzle') ORDER BY 1`,
  );
  const contents: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await database.sql.query<{ n: number; digest: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM ${name} t`,
    );
    contents[name] = `${rows[0]?.n} rows, ${rows[0]?.digest}`;
  }
  return contents;
}

async function fileContents(filesDir: string): Promise<Record<string, string>> {
  const contents: Record<string, string> = {};
  for (const key of await listKeys(filesDir)) {
    const bytes = await readFile(path.join(filesDir, ...key.split('/')));
    contents[key] = createHash('sha256').update(bytes).digest('hex');
  }
  return contents;
}

type Live = { database: Database; location: DatabaseLocation };
type Target = { location: DatabaseLocation; open(): Promise<Database>; drop(): Promise<void> };

/** The "running app" database (PGlite on disk, the way the app opens it) and a fresh target. */
const kinds = {
  async pglite(folder: string): Promise<{ live: Live; target: Target }> {
    const dataDir = path.join(folder, 'live-pglite');
    const template = await readFile(inject('pgliteTemplatePath'));
    const database = await openDatabase({
      kind: 'pglite',
      dataDir,
      loadDataDir: new Blob([template]),
    });
    const restored = path.join(folder, 'restored-pglite');
    return {
      live: { database, location: { kind: 'pglite', dataDir } },
      target: {
        location: { kind: 'pglite', dataDir: restored },
        open: () => openDatabase({ kind: 'pglite', dataDir: restored }),
        drop: async () => undefined,
      },
    };
  },
  async postgres(): Promise<{ live: Live; target: Target }> {
    const live = await createTestPostgresDatabase();
    const target = await createTestPostgresDatabase({ empty: true });
    return {
      live: { database: live.database, location: { kind: 'postgres', url: live.url } },
      target: {
        location: { kind: 'postgres', url: target.url },
        open: () => openDatabase({ kind: 'postgres', url: target.url, maxConnections: 1 }),
        drop: () => target.database.close(),
      },
    };
  },
};

for (const kind of testDatabaseKinds()) {
  describe(`db:backup and db:restore [${kind}]`, () => {
    let folder: string;
    let live: Live;
    let target: Target;
    let testApp: TestApp;
    let filesDir: string;
    const restoredFilesDir = () => path.join(folder, 'restored-files');

    beforeAll(async () => {
      folder = await mkdtemp(path.join(os.tmpdir(), 'verzuim-backup-test-'));
      ({ live, target } = await kinds[kind](folder));
      testApp = await createTestApp(live.database);
      await seedDemoIfEmpty(testApp.modules, {
        db: testApp.platform.database.db,
        clock: testApp.clock,
      });
      filesDir = testApp.platform.config.filesDir;
      await testApp.platform.files.put('documents/a1/b2', Buffer.from('%PDF-1.7 a letter'));
      await testApp.platform.files.put('exports/x9', Buffer.alloc(300_000, 7));
    });
    afterAll(async () => {
      await testApp?.close();
      await live?.database.close();
      await target?.drop();
      await rm(folder, { recursive: true, force: true });
    });

    it('restores into a fresh database every table and every file as they were, while the app kept its database open', async () => {
      const backup = path.join(folder, 'backup');
      const manifest = await createBackup(
        { database: live.location, filesDir },
        backup,
        new Date('2026-12-07T03:00:00Z'),
      );
      expect(manifest.files.map((file) => file.key)).toEqual(['documents/a1/b2', 'exports/x9']);

      await restoreBackup({ database: target.location, filesDir: restoredFilesDir() }, backup, {
        replace: false,
        now: new Date(),
      });
      const restored = await target.open();
      try {
        const before = await tableContents(live.database);
        expect(Object.keys(before).length).toBeGreaterThan(20);
        expect(before['public.employees']).toMatch(/^158 rows/);
        expect(await tableContents(restored)).toEqual(before);
      } finally {
        await restored.close();
      }
      expect(await fileContents(restoredFilesDir())).toEqual(await fileContents(filesDir));
    });

    it('refuses to restore over a database that holds data, and replaces it only when told to', async () => {
      const backup = path.join(folder, 'backup');
      const refused = restoreBackup(
        { database: target.location, filesDir: restoredFilesDir() },
        backup,
        { replace: false, now: new Date() },
      );
      await expect(refused).rejects.toThrow(RestoreRefused);
      await expect(refused).rejects.toThrow(/--replace-existing-data/);

      const { replaced } = await restoreBackup(
        { database: target.location, filesDir: restoredFilesDir() },
        backup,
        { replace: true, now: new Date('2026-12-07T03:30:00Z') },
      );
      expect(replaced.length).toBe(2);
      const restored = await target.open();
      try {
        expect(await tableContents(restored)).toEqual(await tableContents(live.database));
      } finally {
        await restored.close();
      }
      // The replaced files are set aside, not deleted.
      expect(await readdir(folder)).toContain('restored-files.replaced-2026-12-07T03-30-00-000Z');
    });
  });
}
