import { describe, expect, it } from 'vitest';
import {
  accountUsableOn,
  leavesNoUserManager,
  managesUsers,
  validityProblem,
} from './users.models.js';

const now = new Date('2026-03-02T08:00:00Z');
const today = '2026-03-02';
const open = { deactivatedAt: null, validFrom: null, validUntil: null };

describe('user management rules', () => {
  it('takes the user managers from the matrix: super-user variants only, no operator roles', () => {
    expect(managesUsers('super_user')).toBe(true);
    expect(managesUsers('super_user_integration_sick_only')).toBe(true);
    expect(managesUsers('manager_with_reports')).toBe(false);
    expect(managesUsers('operator_admin')).toBe(false);
    expect(managesUsers('nonsense')).toBe(false);
  });

  it('counts an account usable inside its validity days, both inclusive, and not once deactivated', () => {
    expect(accountUsableOn(open, now, today)).toBe(true);
    expect(accountUsableOn({ ...open, validUntil: today }, now, today)).toBe(true);
    expect(accountUsableOn({ ...open, validUntil: '2026-03-01' }, now, today)).toBe(false);
    expect(accountUsableOn({ ...open, validFrom: today }, now, today)).toBe(true);
    expect(accountUsableOn({ ...open, validFrom: '2026-03-03' }, now, today)).toBe(false);
    expect(accountUsableOn({ ...open, deactivatedAt: now }, now, today)).toBe(false);
    expect(
      accountUsableOn({ ...open, deactivatedAt: new Date('2026-03-03T00:00:00Z') }, now, today),
    ).toBe(true);
  });

  it('refuses a change only when it removes the last usable user manager', () => {
    const members = [
      { ...open, id: 'a', role: 'super_user' },
      { ...open, id: 'b', role: 'manager_with_reports' },
    ];
    const change = (userId: string, more: object) =>
      leavesNoUserManager(members, { userId, ...more }, now, today);
    expect(change('a', { role: 'manager_with_reports' })).toBe(true);
    expect(change('a', { role: 'super_user_no_signals' })).toBe(false);
    expect(change('a', { period: { deactivatedAt: now } })).toBe(true);
    expect(change('a', { period: { validUntil: '2026-03-01' } })).toBe(true);
    expect(change('a', { period: { validUntil: today } })).toBe(false);
    expect(change('b', { period: { deactivatedAt: now } })).toBe(false);
    // A second manager, or one promoted, keeps the employer managed.
    expect(change('b', { role: 'super_user' })).toBe(false);
    const two = [...members, { ...open, id: 'c', role: 'super_user_integration' }];
    expect(
      leavesNoUserManager(two, { userId: 'a', period: { deactivatedAt: now } }, now, today),
    ).toBe(false);
    // An expired second manager does not count.
    const expired = [
      ...members,
      { ...open, id: 'c', role: 'super_user', validUntil: '2026-01-01' },
    ];
    expect(
      leavesNoUserManager(expired, { userId: 'a', role: 'absence_reporter' }, now, today),
    ).toBe(true);
  });

  it('refuses a validity period ending before it starts; one day is fine', () => {
    expect(validityProblem('2026-03-02', '2026-03-01')).toBe('valid_until_before_valid_from');
    expect(validityProblem('2026-03-02', '2026-03-02')).toBeUndefined();
    expect(validityProblem(null, '2026-03-01')).toBeUndefined();
    expect(validityProblem('2026-03-02', null)).toBeUndefined();
  });
});
