import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isNotFound } from './files.js';

/** One stored document file in a backup: its key in the storage, size and SHA-256. */
export type BackedUpFile = { key: string; size: number; sha256: string };

/**
 * Copies every file of a local file storage (createLocalFileStorage) from `fromDir` to `toDir`,
 * under the same keys. Unfinished uploads (`*.tmp`; a key never has a dot) are left out.
 * `expected`: the files must have these sizes and hashes (a restore checks what it copied).
 */
export async function copyStoredFiles(
  fromDir: string,
  toDir: string,
  expected?: BackedUpFile[],
): Promise<BackedUpFile[]> {
  const keys = expected ? expected.map((file) => file.key) : await listKeys(fromDir);
  const copied: BackedUpFile[] = [];
  for (const key of keys) {
    const target = path.join(toDir, ...key.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    await pipeline(
      createReadStream(path.join(fromDir, ...key.split('/'))),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(target, { flags: 'wx' }),
    );
    copied.push({ key, size, sha256: hash.digest('hex') });
  }
  if (expected) {
    const differing = copied.filter(
      (file, index) =>
        file.size !== expected[index]?.size || file.sha256 !== expected[index]?.sha256,
    );
    if (differing.length > 0) {
      throw new Error(
        `These files differ from the backup's manifest: ${differing.map((file) => file.key).join(', ')}`,
      );
    }
  }
  return copied;
}

/** Every key stored under `root`, sorted; none when the folder does not exist. */
export async function listKeys(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.includes('.'))
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}
