import { createHash, randomBytes } from 'node:crypto';

/** A secret for a cookie or a URL: 256 random bits. Only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret token (SHA-256, hex): enough for 256 random bits, no salt needed. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
