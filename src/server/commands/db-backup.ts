import path from 'node:path';
import { loadCommandConfig } from './command.js';
import { createBackup } from './backup.js';

/**
 * `npm run db:backup -- [folder]`: the database and the stored document files into a new folder
 * (default `backups/verzuim-<time>`), while the app runs. See docs/operations.md#backup-and-restore.
 */
async function main(): Promise<void> {
  const config = loadCommandConfig();
  const now = new Date();
  const folder = path.resolve(
    process.argv[2] ?? path.join('backups', `verzuim-${now.toISOString().replace(/[:.]/g, '-')}`),
  );
  try {
    const manifest = await createBackup(
      { database: config.database, filesDir: config.filesDir },
      folder,
      now,
    );
    console.log(
      `Backup of the ${manifest.database.kind} database and ${manifest.files.length} files written to ${folder}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

await main();
