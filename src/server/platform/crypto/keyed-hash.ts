import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { EncryptionKey } from './secret-box.js';

/**
 * HMAC-SHA-256 with a server pepper, for values that must be recognised but never stored:
 * backup codes, SMS codes, WebAuthn challenges. The pepper is derived per purpose from the
 * encryption keys with HKDF, so no extra secret needs configuring and a stolen database alone
 * cannot be brute-forced offline.
 */
export type KeyedHash = {
  /** The digest (hex) under the current key. */
  digest(purpose: string, value: string): string;
  /** The digests under every configured key, current first: for lookups across a key rotation. */
  candidates(purpose: string, value: string): string[];
  /** Constant-time comparison of a value with a stored digest, under any configured key. */
  matches(purpose: string, value: string, storedDigest: string): boolean;
};

export function createKeyedHash(keys: EncryptionKey[]): KeyedHash {
  if (keys.length === 0) throw new Error('At least one encryption key is needed');
  const peppers = new Map<string, Buffer[]>();
  const peppersFor = (purpose: string): Buffer[] => {
    let found = peppers.get(purpose);
    if (!found) {
      found = keys.map(({ key }) =>
        Buffer.from(hkdfSync('sha256', key, 'verzuim-keyed-hash', `pepper:${purpose}`, 32)),
      );
      peppers.set(purpose, found);
    }
    return found;
  };
  const hmac = (pepper: Buffer, value: string) =>
    createHmac('sha256', pepper).update(value, 'utf8').digest('hex');
  return {
    digest(purpose, value) {
      const [current] = peppersFor(purpose);
      if (!current) throw new Error('no pepper');
      return hmac(current, value);
    },
    candidates(purpose, value) {
      return peppersFor(purpose).map((pepper) => hmac(pepper, value));
    },
    matches(purpose, value, storedDigest) {
      const stored = Buffer.from(storedDigest, 'hex');
      return peppersFor(purpose).some((pepper) => {
        const computed = Buffer.from(hmac(pepper, value), 'hex');
        return computed.length === stored.length && timingSafeEqual(computed, stored);
      });
    },
  };
}
