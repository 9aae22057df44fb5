import { describe, expect, it } from 'vitest';
import { documentBatchClosed, documentBatchOf, weekOf, weeklyPeriodAt } from './signals.models.js';

describe('weekly period (Monday 07:00 Europe/Amsterdam)', () => {
  it.each([
    // Winter time (UTC+1): Monday 23 March 2026, the last Monday before summer time.
    ['2026-03-23T05:59:59Z', undefined],
    ['2026-03-23T06:00:00Z', '2026-03-23'],
    // Summer time (UTC+2) began on Sunday 29 March: 07:00 is 05:00 UTC the next Monday.
    ['2026-03-30T04:59:59Z', undefined],
    ['2026-03-30T05:00:00Z', '2026-03-30'],
    // Summer time, the last Monday before winter time returns on Sunday 25 October.
    ['2026-10-19T04:59:59Z', undefined],
    ['2026-10-19T05:00:00Z', '2026-10-19'],
    // Winter time again: 07:00 is 06:00 UTC.
    ['2026-10-26T05:59:59Z', undefined],
    ['2026-10-26T06:00:00Z', '2026-10-26'],
  ])('at %s the due week is %s', (instant, week) => {
    expect(weeklyPeriodAt(new Date(instant), undefined)).toBe(week);
  });

  it('is due on the Monday itself, up to its midnight in Amsterdam, without any earlier round', () => {
    // Monday 30 March 23:59 summer time is 21:59 UTC.
    expect(weeklyPeriodAt(new Date('2026-03-30T21:59:00Z'), undefined)).toBe('2026-03-30');
    expect(weeklyPeriodAt(new Date('2026-03-30T22:00:00Z'), undefined)).toBeUndefined();
    expect(weeklyPeriodAt(new Date('2026-03-25T12:00:00Z'), undefined)).toBeUndefined();
    // Monday 00:30 in Amsterdam is still Sunday in UTC, and before 07:00 anyway.
    expect(weeklyPeriodAt(new Date('2026-03-29T22:30:00Z'), undefined)).toBeUndefined();
  });

  it("is held once a week: not again after the week's round", () => {
    expect(weeklyPeriodAt(new Date('2026-03-30T09:00:00Z'), '2026-03-30')).toBeUndefined();
    expect(weeklyPeriodAt(new Date('2026-04-06T05:00:00Z'), '2026-03-30')).toBe('2026-04-06');
  });

  it('catches up a missed Monday later that week, up to the next Monday 07:00', () => {
    // The round of 23 March was held; the app was down all of Monday 30 March.
    expect(weeklyPeriodAt(new Date('2026-03-31T08:00:00Z'), '2026-03-23')).toBe('2026-03-30');
    expect(weeklyPeriodAt(new Date('2026-04-05T21:59:00Z'), '2026-03-23')).toBe('2026-03-30');
    // Monday 6 April before 07:00 (summer time) still belongs to the week of 30 March.
    expect(weeklyPeriodAt(new Date('2026-04-06T04:59:00Z'), '2026-03-23')).toBe('2026-03-30');
    // Down for weeks: only the current week is owed, once.
    expect(weeklyPeriodAt(new Date('2026-04-15T08:00:00Z'), '2026-03-23')).toBe('2026-04-13');
  });

  it('counts weeks from Monday 07:00 Amsterdam time', () => {
    expect(weekOf(new Date('2026-03-30T04:59:59Z'))).toBe('2026-03-23');
    expect(weekOf(new Date('2026-03-30T05:00:00Z'))).toBe('2026-03-30');
    expect(weekOf(new Date('2026-04-05T21:59:00Z'))).toBe('2026-03-30');
  });
});

describe('document batches', () => {
  it('puts every instant of a 10-minute window in the same batch', () => {
    const start = new Date('2026-03-02T09:10:00Z');
    expect(documentBatchOf(new Date('2026-03-02T09:10:00Z'), 10)).toEqual(start);
    expect(documentBatchOf(new Date('2026-03-02T09:19:59.999Z'), 10)).toEqual(start);
    expect(documentBatchOf(new Date('2026-03-02T09:20:00Z'), 10)).not.toEqual(start);
  });

  it('closes a batch when its window has passed', () => {
    const start = new Date('2026-03-02T09:10:00Z');
    expect(documentBatchClosed(start, new Date('2026-03-02T09:19:59Z'), 10)).toBe(false);
    expect(documentBatchClosed(start, new Date('2026-03-02T09:20:00Z'), 10)).toBe(true);
  });

  it('in a 1-minute window batches by the whole minute and closes a minute later', () => {
    const start = new Date('2026-03-02T09:13:00Z');
    expect(documentBatchOf(new Date('2026-03-02T09:13:00Z'), 1)).toEqual(start);
    expect(documentBatchOf(new Date('2026-03-02T09:13:59.999Z'), 1)).toEqual(start);
    expect(documentBatchOf(new Date('2026-03-02T09:14:00Z'), 1)).toEqual(
      new Date('2026-03-02T09:14:00Z'),
    );
    expect(documentBatchClosed(start, new Date('2026-03-02T09:13:59.999Z'), 1)).toBe(false);
    expect(documentBatchClosed(start, new Date('2026-03-02T09:14:00Z'), 1)).toBe(true);
  });

  it.each([1, 2, 5, 10, 15, 30, 60])(
    'with %i-minute windows every instant lies in a window that closes after it',
    (minutes) => {
      for (const instant of [
        '2026-03-02T00:00:00Z',
        '2026-03-02T09:13:27.5Z',
        '2026-03-29T00:59:59.999Z',
        '2026-10-25T01:30:00Z',
      ]) {
        const at = new Date(instant);
        const start = documentBatchOf(at, minutes);
        expect(start.getTime()).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime() - start.getTime()).toBeLessThan(minutes * 60_000);
        expect(start.getUTCSeconds()).toBe(0);
        expect(start.getUTCMinutes() % minutes).toBe(0);
        expect(documentBatchClosed(start, at, minutes)).toBe(false);
        expect(
          documentBatchClosed(start, new Date(start.getTime() + minutes * 60_000), minutes),
        ).toBe(true);
      }
    },
  );
});
