/** The one source of "now": services take a Clock so every deadline and expiry is testable. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when the test moves it. */
export function createFakeClock(start: Date): Clock & {
  advance(ms: number): void;
  set(date: Date): void;
} {
  let current = start.getTime();
  return {
    // A fresh Date each call, so a caller mutating it cannot move the clock.
    now: () => new Date(current),
    advance(ms) {
      current += ms;
    },
    set(date) {
      current = date.getTime();
    },
  };
}
