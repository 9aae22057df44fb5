import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  backupCodeLength,
  decodeBase32,
  encodeBase32,
  formatBackupCode,
  maskPhone,
  matchTotpStep,
  newBackupCode,
  newSmsCode,
  newTotpSecret,
  normaliseBackupCode,
  normalisePhone,
  totpCode,
  totpStepAt,
} from './factors.models.js';

describe('TOTP verification', () => {
  const secretText = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const secret = decodeBase32(secretText);
  const epoch = Math.floor(Date.parse('2026-03-02T08:00:17Z') / 1000);

  it('computes the same codes as an authenticator app (otplib)', async () => {
    for (const offset of [0, -30, 30, 12_345]) {
      const at = epoch + offset;
      expect(totpCode(secret, totpStepAt(at))).toBe(
        await generate({ secret: secretText, epoch: at }),
      );
    }
  });

  it('accepts exactly the codes of steps t and t−1 among all 1,000,000 six-digit codes', () => {
    const step = totpStepAt(epoch);
    const accepted: { code: string; step: number }[] = [];
    for (let value = 0; value < 1_000_000; value++) {
      const code = String(value).padStart(6, '0');
      const matched = matchTotpStep(secret, code, epoch);
      if (matched !== null) accepted.push({ code, step: matched });
    }
    process.stdout.write(
      `TOTP: ${accepted.length} of 1,000,000 codes accepted at one fixed time\n`,
    );
    const expected = [
      { code: totpCode(secret, step), step },
      { code: totpCode(secret, step - 1), step: step - 1 },
    ].sort((a, b) => a.code.localeCompare(b.code));
    // Two steps can in theory share a code; then one code is accepted, for the newer step.
    expect(accepted).toEqual(expected);
    expect(accepted.map((entry) => entry.code)).not.toContain(totpCode(secret, step + 1));
  }, 120_000);

  it('makes secrets of at least 160 bits from the CSPRNG, all different', () => {
    const secrets = new Set(Array.from({ length: 1000 }, newTotpSecret));
    expect(secrets.size).toBe(1000);
    for (const value of secrets) expect(decodeBase32(value).length * 8).toBeGreaterThanOrEqual(160);
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
  });
});

describe('SMS codes', () => {
  it('are six digits, leading zeros kept, spread over the whole range', () => {
    const codes = Array.from({ length: 20_000 }, newSmsCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(codes.some((code) => code.startsWith('0'))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(19_500);
  });
});

describe('backup codes', () => {
  it('are 24 Crockford base32 characters (120 bits), shown as six groups of four', () => {
    const code = newBackupCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    expect(backupCodeLength * 5).toBeGreaterThanOrEqual(112);
    expect(formatBackupCode(code)).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
  });

  it('reads what the user typed regardless of case, spaces, hyphens and look-alike letters', () => {
    const code = 'ABCD0123EFGH4567JKMN89PQ';
    expect(normaliseBackupCode(formatBackupCode(code))).toBe(code);
    expect(normaliseBackupCode(' abcd 0123-efgh 4567 jkmn-89pq ')).toBe(code);
    expect(normaliseBackupCode('ABCDO123EFGH4567JKMN89PQ')).toBe(code);
    expect(normaliseBackupCode('abcd0i23efgh4567jkmn89pq')).toBe(code);
    expect(normaliseBackupCode('ABCD0123EFGH4567JKMN89P')).toBeNull();
    expect(normaliseBackupCode('ABCD0123EFGH4567JKMN89PU')).toBeNull();
  });
});

describe('mobile numbers', () => {
  it('normalises Dutch and international notations, refuses the rest', () => {
    expect(normalisePhone('06-12345678')).toBe('+31612345678');
    expect(normalisePhone('+31 6 1234 5678')).toBe('+31612345678');
    expect(normalisePhone('0032 470 12 34 56')).toBe('+32470123456');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('+31 6 abc')).toBeNull();
  });

  it('masks all but the last four digits', () => {
    expect(maskPhone('+31612345678')).toBe('•••• 5678');
  });
});
