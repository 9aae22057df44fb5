import { createHmac } from 'node:crypto';
import { decodeBase32, encodeBase32 } from '../modules/factors/factors.models.js';

/**
 * The authenticator key of a seeded demo user when a base key is configured (DEMO_TOTP_SECRET,
 * automated runs only): `demo` gets the base key itself, every other user HMAC-SHA1(base key,
 * login name). Each user has a key of its own (one user's used code does not hold up another's
 * login) that a run knowing the base key can compute (e2e/support.ts, the benches).
 */
export function demoTotpSecret(baseSecret: string, loginName: string): string {
  if (loginName === 'demo') return baseSecret;
  return encodeBase32(createHmac('sha1', decodeBase32(baseSecret)).update(loginName).digest());
}
