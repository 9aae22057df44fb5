import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasFreshStepUp, hashSessionToken, newSessionToken, sessionExpiry } from './auth.models.js';

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

describe('step-up freshness', () => {
  const now = new Date('2026-03-02T10:00:00Z');
  const minutesAgo = (minutes: number, seconds = 0) =>
    new Date(now.getTime() - minutes * 60_000 - seconds * 1000);

  it('holds for 5 minutes after both the password and the second factor', () => {
    expect(hasFreshStepUp({ passwordAt: minutesAgo(5), secondFactorAt: minutesAgo(4) }, now)).toBe(
      true,
    );
  });

  it('lapses 5 minutes and 1 second after either of them, or when one is missing', () => {
    expect(
      hasFreshStepUp({ passwordAt: minutesAgo(5, 1), secondFactorAt: minutesAgo(1) }, now),
    ).toBe(false);
    expect(
      hasFreshStepUp({ passwordAt: minutesAgo(1), secondFactorAt: minutesAgo(5, 1) }, now),
    ).toBe(false);
    expect(hasFreshStepUp({ passwordAt: minutesAgo(1), secondFactorAt: null }, now)).toBe(false);
  });
});
