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
 * Embedded mode: without configured keys, one key is generated once into the data folder
 * (readable by the owner only). Production sets ENCRYPTION_KEYS from its secret store.
 */
export async function loadOrCreateKeyFile(dataDir: string): Promise<EncryptionKey[]> {
  const file = path.join(dataDir, 'encryption-keys.json');
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { id: string; key: string }[];
    return stored.map((entry) => ({ id: entry.id, key: Buffer.from(entry.key, 'base64') }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const key = { id: 'k1', key: randomBytes(32) };
  await writeFile(file, JSON.stringify([{ id: key.id, key: key.key.toString('base64') }]), {
    mode: 0o600,
    flag: 'wx',
  });
  await chmod(file, 0o600);
  return [key];
}

/**
 * Key rotation in embedded mode: a new random key becomes current (first) in the key file; the
 * older keys stay, so existing values still decrypt until they are re-encrypted. Written to a
 * temporary file and renamed, so a crash leaves the old file or the new one, never half of one.
 */
export async function addKeyToKeyFile(dataDir: string): Promise<EncryptionKey> {
  const file = path.join(dataDir, 'encryption-keys.json');
  const keys = await loadOrCreateKeyFile(dataDir);
  const numbers = keys.map((entry) => Number(/^k(\d+)$/.exec(entry.id)?.[1] ?? 0));
  const added = { id: `k${Math.max(0, ...numbers) + 1}`, key: randomBytes(32) };
  const stored = [added, ...keys].map((entry) => ({
    id: entry.id,
    key: entry.key.toString('base64'),
  }));
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(stored), { mode: 0o600, flag: 'wx' });
  await rename(temporary, file);
  return added;
}
