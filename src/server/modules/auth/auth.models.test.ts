import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountRefusal,
  amsterdamDate,
  hashSessionToken,
  newSessionToken,
  passwordProblem,
  sessionExpiry,
} from './auth.models.js';
import { loadCommonPasswords } from './auth.context.js';

const timeouts = { idleMinutes: 15, absoluteHours: 8 };

describe('session expiry', () => {
  it('ends a session 15 minutes after its last request', () => {
    const created = new Date('2026-03-02T08:00:00Z');
    const lastSeen = new Date('2026-03-02T09:00:00Z');
    expect(sessionExpiry(created, lastSeen, timeouts).toISOString()).toBe(
      '2026-03-02T09:15:00.000Z',
    );
  });

  it('never lets activity keep a session alive past 8 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 60 }), (minutesLater) => {
        const created = new Date('2026-03-02T08:00:00Z');
        const lastSeen = new Date(created.getTime() + minutesLater * 60_000);
        const expiry = sessionExpiry(created, lastSeen, timeouts).getTime();
        expect(expiry).toBeLessThanOrEqual(created.getTime() + 8 * 3_600_000);
        expect(expiry).toBeLessThanOrEqual(lastSeen.getTime() + 15 * 60_000);
      }),
    );
  });
});

describe('session tokens', () => {
  it('are 256-bit random values stored only as a SHA-256 hash', () => {
    const token = newSessionToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).not.toContain(token);
  });
});

describe('password policy', () => {
  const common = new Set(['welkom123456', 'password1234']);
  it('asks 12 to 1000 characters, counted as characters, not bytes', () => {
    expect(passwordProblem('elf tekens!', 'piet', common)).toBe('password_too_short');
    expect(passwordProblem('twaalf teken', 'piet', common)).toBeUndefined();
    expect(passwordProblem('😀'.repeat(12), 'piet', common)).toBeUndefined();
    expect(passwordProblem('x'.repeat(1001), 'piet', common)).toBe('password_too_long');
  });
  it('refuses listed passwords whatever their case, and the login name inside', () => {
    expect(passwordProblem('Welkom123456', 'piet', common)).toBe('password_common');
    expect(passwordProblem('mijn-PIET-wachtwoord', 'Piet', common)).toBe(
      'password_contains_login_name',
    );
  });
  it("refuses an employer's name inside, ignoring case, accents and spaces, not names under 4 characters", () => {
    expect(passwordProblem('mijn HOTEL zuid wachtwoord', 'piet', common, ['Hôtel Zuid'])).toBe(
      'password_contains_employer_name',
    );
    expect(passwordProblem('werken bij élan is fijn', 'piet', common, ['Elan'])).toBe(
      'password_contains_employer_name',
    );
    expect(passwordProblem('bam bam bam bam bam', 'piet', common, ['BAM'])).toBeUndefined();
    expect(passwordProblem('mijn eigen wachtzin', 'piet', common, ['Hôtel Zuid'])).toBeUndefined();
  });
  it('ships a list with the well-known top passwords', () => {
    const list = loadCommonPasswords();
    expect(list.size).toBeGreaterThan(10_000);
    for (const known of ['123456', 'password', 'qwerty123456', 'welkom123456', 'wachtwoord123'])
      expect(list.has(known)).toBe(true);
  });
});

describe('account validity', () => {
  const open = { blockedAt: null, deactivatedAt: null, validFrom: null, validUntil: null };
  it('counts validity in Amsterdam dates, both ends inclusive', () => {
    // 23:30 UTC on 1 March is already 2 March in Amsterdam.
    const now = new Date('2026-03-01T23:30:00Z');
    expect(amsterdamDate(now)).toBe('2026-03-02');
    expect(accountRefusal({ ...open, validFrom: '2026-03-02' }, now)).toBeUndefined();
    expect(accountRefusal({ ...open, validUntil: '2026-03-01' }, now)).toBe('no_longer_valid');
    expect(accountRefusal({ ...open, validFrom: '2026-03-03' }, now)).toBe('not_yet_valid');
    expect(accountRefusal({ ...open, blockedAt: now }, now)).toBe('blocked');
  });
});
