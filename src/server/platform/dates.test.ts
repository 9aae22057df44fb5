import { describe, expect, it } from 'vitest';
import { amsterdamDateOf } from './dates.js';

describe('civil dates in Europe/Amsterdam', () => {
  it('is already the next day in Amsterdam when it is 23:30 UTC in winter', () => {
    expect(amsterdamDateOf(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
  });

  it('follows summer time: 22:30 UTC in July is past midnight in Amsterdam', () => {
    expect(amsterdamDateOf(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
    expect(amsterdamDateOf(new Date('2026-07-01T21:59:59Z'))).toBe('2026-07-01');
  });
});
