import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type EncryptionKey = { id: string; key: Buffer };

/**
 * AES-256-GCM with a key id stored beside every value, so keys can rotate. `context` is bound as
 * additional authenticated data: a value copied to another row (another context) fails to decrypt.
 * Format: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export type SecretBox = {
  /** The id of the key new values are sealed with. */
  currentKeyId: string;
  encrypt(plaintext: string, context: string): string;
  decrypt(sealed: string, context: string): string;
  /** True when the value is sealed with another key than the current one. */
  needsReencryption(sealed: string): boolean;
};

export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

export function createSecretBox(keys: EncryptionKey[]): SecretBox {
  const current = keys[0];
  if (!current) throw new SecretBoxError('At least one encryption key is needed');
  for (const { id, key } of keys) {
    if (key.length !== 32) throw new SecretBoxError(`Encryption key ${id} must be 32 bytes`);
  }
  const byId = new Map(keys.map((entry) => [entry.id, entry.key]));
  return {
    currentKeyId: current.id,
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv, { authTagLength: 16 });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        'v1',
        current.id,
        iv.toString('base64url'),
        tag.toString('base64url'),
        ciphertext.toString('base64url'),
      ].join('.');
    },
    decrypt(sealed, context) {
      const [version, keyId = '', iv = '', tag = '', ciphertext = ''] = sealed.split('.');
      const key = byId.get(keyId);
      if (version !== 'v1' || !key) throw new SecretBoxError('Unknown key or format');
      const tagBytes = Buffer.from(tag, 'base64url');
      if (tagBytes.length !== 16) throw new SecretBoxError('Authentication tag must be 16 bytes');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
          authTagLength: 16,
        });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([
          decipher.update(Buffer.from(ciphertext, 'base64url')),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretBoxError('The value does not decrypt in this context');
      }
    },
    needsReencryption(sealed) {
      return sealed.split('.')[1] !== current.id;
    },
  };
}

/**
 * Where the keys come from: the environment, or a key file (JSON `[{ id, key }]`, the current key
 * first). Only the default file in the data folder is generated when missing (development); a
 * file the operator named must exist, so a missing mount never silently starts a new key.
 */
export type KeySource =
  | { source: 'environment'; keys: EncryptionKey[] }
  | { source: 'file'; file: string; generate: boolean };

export async function loadKeys(source: KeySource): Promise<EncryptionKey[]> {
  if (source.source === 'environment') return source.keys;
  return source.generate ? loadOrCreateKeyFile(source.file) : readKeyFile(source.file);
}

async function readKeyFile(file: string): Promise<EncryptionKey[]> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new SecretBoxError(
      `The key file ${file} (ENCRYPTION_KEY_FILE) does not exist; docs/operations.md shows how to create it`,
    );
  }
  const stored = JSON.parse(text) as { id: string; key: string }[];
  return stored.map((entry) => ({ id: entry.id, key: Buffer.from(entry.key, 'base64') }));
}

/** The key file, generated once with one random key (readable by the owner only) when missing. */
export async function loadOrCreateKeyFile(file: string): Promise<EncryptionKey[]> {
  try {
    return await readKeyFile(file);
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const key = { id: 'k1', key: randomBytes(32) };
  await writeFile(file, JSON.stringify([{ id: key.id, key: key.key.toString('base64') }]), {
    mode: 0o600,
    flag: 'wx',
  });
  await chmod(file, 0o600);
  return [key];
}

/**
 * Key rotation with a key file: a new random key becomes current (first) in the file; the older
 * keys stay, so existing values still decrypt until they are re-encrypted. Written to a temporary
 * file and renamed, so a crash leaves the old file or the new one, never half of one.
 */
export async function addKeyToKeyFile(source: {
  file: string;
  generate: boolean;
}): Promise<EncryptionKey> {
  const keys = await loadKeys({ source: 'file', ...source });
  const numbers = keys.map((entry) => Number(/^k(\d+)$/.exec(entry.id)?.[1] ?? 0));
  const added = { id: `k${Math.max(0, ...numbers) + 1}`, key: randomBytes(32) };
  const stored = [added, ...keys].map((entry) => ({
    id: entry.id,
    key: entry.key.toString('base64'),
  }));
  const temporary = `${source.file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
  await rename(temporary, source.file);
  return added;
}
