import { describe, expect, it } from 'vitest';
import { createFakeClock, systemClock } from './clock.js';

describe('clock', () => {
  it('a fake clock stands still until a test advances or sets it', () => {
    const clock = createFakeClock(new Date('2025-03-07T09:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-03-07T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2025-03-07T09:00:00.000Z');

    clock.advance(90 * 60 * 1000);
    expect(clock.now().toISOString()).toBe('2025-03-07T10:30:00.000Z');

    clock.set(new Date('2025-12-31T23:59:59Z'));
    expect(clock.now().toISOString()).toBe('2025-12-31T23:59:59.000Z');
  });

  it('changing a returned date does not move the fake clock', () => {
    const clock = createFakeClock(new Date('2025-03-07T09:00:00Z'));
    clock.now().setFullYear(2000);
    expect(clock.now().getUTCFullYear()).toBe(2025);
  });

  it('the system clock tells the real time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
