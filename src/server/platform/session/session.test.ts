import { describe, expect, it } from 'vitest';
import { allowedOriginsFor, hasFreshStepUp } from './session.js';

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

describe('allowed origins', () => {
  it('is PUBLIC_URL’s origin only, with loopback spellings for a loopback address', () => {
    expect([...allowedOriginsFor('https://verzuim.example.nl')]).toEqual([
      'https://verzuim.example.nl',
    ]);
    const local = allowedOriginsFor('http://localhost:3000');
    expect(local.has('http://127.0.0.1:3000')).toBe(true);
    expect(local.has('http://127.0.0.1:3001')).toBe(false);
    expect(local.has('https://localhost:3000')).toBe(false);
  });
});
