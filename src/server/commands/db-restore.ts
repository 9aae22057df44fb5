import path from 'node:path';
import { loadCommandConfig } from './command.js';
import { restoreBackup } from './backup.js';

const replaceFlag = '--replace-existing-data';

/**
 * `npm run db:restore -- <folder> [--replace-existing-data]`: a backup of `db:backup` into the
 * configured database and files folder, with the app stopped. Over existing data only with the
 * flag. See docs/operations.md#backup-and-restore.
 */
async function main(): Promise<void> {
  const config = loadCommandConfig();
  const args = process.argv.slice(2);
  const folders = args.filter((arg) => arg !== replaceFlag);
  if (folders.length !== 1 || folders[0]?.startsWith('--')) {
    console.error(`Usage: npm run db:restore -- <backup folder> [${replaceFlag}]`);
    process.exit(1);
  }
  const folder = path.resolve(folders[0] as string);
  try {
    const { manifest, replaced } = await restoreBackup(
      { database: config.database, filesDir: config.filesDir },
      folder,
      { replace: args.includes(replaceFlag), now: new Date() },
    );
    for (const line of replaced) console.log(`Replaced (${replaceFlag}): ${line}.`);
    console.log(
      `Restored the ${manifest.database.kind} database and ${manifest.files.length} files of the backup made ${manifest.createdAt} from ${folder}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

await main();
