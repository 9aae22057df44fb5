import { createHmac, randomBytes, randomInt } from 'node:crypto';

/** TOTP per RFC 6238: 30-second steps, SHA-1, 6 digits (what every authenticator app shows). */
export const totpPeriodSeconds = 30;
/** 20 bytes = 160 bits, the RFC 4226 recommendation and Authelia's minimum. */
export const totpSecretBytes = 20;

/** SMS codes live 5 minutes, allow 5 tries, and at most 3 are sent per 15 minutes per account. */
export const smsCodeLifetimeMs = 5 * 60_000;
export const smsMaxAttempts = 5;
export const smsSendWindowMs = 15 * 60_000;
export const smsMaxSendsPerWindow = 3;
/** WebAuthn ceremonies and pending TOTP enrolments expire after 5 minutes. */
export const challengeLifetimeMs = 5 * 60_000;

export const backupCodeCount = 10;
/** 24 Crockford base32 characters = 120 bits, above ASVS 6.5.2's 112 bits for a plain keyed hash. */
export const backupCodeLength = 24;

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let output = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += base32Alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += base32Alphabet[(value << (5 - bits)) & 31];
  return output;
}

export function decodeBase32(text: string): Buffer {
  const clean = text.toUpperCase().replace(/=+$/, '').replace(/\s/g, '');
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of clean) {
    const index = base32Alphabet.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A new authenticator-app seed from the CSPRNG, base32 as apps expect it. */
export function newTotpSecret(): string {
  return encodeBase32(randomBytes(totpSecretBytes));
}

export function totpStepAt(epochSeconds: number): number {
  return Math.floor(epochSeconds / totpPeriodSeconds);
}

/** The six-digit HOTP value of one step (RFC 4226 dynamic truncation). */
export function totpCode(secret: Buffer, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 15;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * The step a code belongs to when it is the code of the current or the previous step, else
 * null. One step back allows for a slow typist; no step ahead (RFC 6238 §5.2).
 */
export function matchTotpStep(secret: Buffer, code: string, epochSeconds: number): number | null {
  const current = totpStepAt(epochSeconds);
  for (const step of [current, current - 1]) {
    if (totpCode(secret, step) === code) return step;
  }
  return null;
}

/** Six digits from the CSPRNG, leading zeros kept. */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** 24 Crockford base32 characters from the CSPRNG (rejection-free: 32 divides 256). */
export function newBackupCode(): string {
  const bytes = randomBytes(backupCodeLength);
  let code = '';
  for (const byte of bytes) code += crockfordAlphabet[byte & 31];
  return code;
}

/** Six groups of four, as shown to the user. */
export function formatBackupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * What the user typed, in the canonical form the hash is taken of: case, spaces and hyphens do
 * not matter, and Crockford's look-alikes (O→0, I/L→1) are read as the digits they resemble.
 * Returns null when it cannot be a backup code.
 */
export function normaliseBackupCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== backupCodeLength) return null;
  for (const char of canonical) if (!crockfordAlphabet.includes(char)) return null;
  return canonical;
}

/** "+31 6 12345678" → "•••• 5678": enough to recognise one's own number, not to learn it. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `•••• ${digits.slice(-4)}`;
}

/**
 * A mobile number in international form (+31612345678). Dutch numbers written nationally
 * (06-12345678) are converted; anything else must start with + and a country code.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.replace(/[\s().-]/g, '');
  let international: string;
  if (/^06\d{8}$/.test(compact)) international = `+31${compact.slice(1)}`;
  else if (/^00\d+$/.test(compact)) international = `+${compact.slice(2)}`;
  else international = compact;
  return /^\+[1-9]\d{7,14}$/.test(international) ? international : null;
}
