import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded documents live. Local disk here; an S3-compatible store implements the same. */
export type FileStorage = {
  /** Stores the whole content under the key, replacing what was there; never a half file. */
  put(key: string, content: Buffer | Readable): Promise<{ size: number; sha256: string }>;
  /** Rejects when there is no file under the key. */
  get(key: string): Promise<Readable>;
  /** Removing a key that holds nothing is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
};

/**
 * Segments of letters, digits, `_` and `-`, joined by single slashes. No dots, so no `..`, and
 * no leading slash: a key can never point outside the root. Temp files contain a dot, so they
 * can never collide with a key either.
 */
const keyPattern = /^[a-zA-Z0-9_-]+(\/[a-zA-Z0-9_-]+)*$/;

export function createLocalFileStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);

  function pathOf(key: string): string {
    if (!keyPattern.test(key)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    return path.join(root, ...key.split('/'));
  }

  return {
    async put(key, content) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomUUID()}.tmp`;
      const hash = createHash('sha256');
      let size = 0;
      // Opened before the copy starts, so a source that fails at once cannot race the open: the
      // temporary file exists by the time it is removed.
      const file = await open(temp, 'wx');
      try {
        await pipeline(
          Buffer.isBuffer(content) ? Readable.from([content]) : content,
          async function* (chunks: AsyncIterable<Buffer | string>) {
            for await (const chunk of chunks) {
              const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
              hash.update(bytes);
              size += bytes.length;
              yield bytes;
            }
          },
          // flush: on disk before the rename makes it visible, so a crash leaves no short file.
          file.createWriteStream({ flush: true }),
        );
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { size, sha256: hash.digest('hex') };
    },

    async get(key) {
      const target = pathOf(key);
      try {
        // Opened here, so a missing file rejects now instead of erroring the stream later.
        const file = await open(target, 'r');
        if ((await file.stat()).isFile()) return file.createReadStream();
        await file.close();
        throw new Error(`No file stored under key ${key}`);
      } catch (error) {
        if (isNotFound(error)) throw new Error(`No file stored under key ${key}`, { cause: error });
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await stat(pathOf(key))).isFile();
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}

/** A file-system error saying the path is not there. */
export function isNotFound(error: unknown): boolean {
  // ENOTDIR: a segment of the key is a file, so nothing can be stored below it.
  return (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'ENOTDIR')
  );
}
