import { type Locale, localeSchema } from '../../../contracts/common.js';
import { employerRoles, roleHasPermission } from '../../../contracts/permissions.js';
import { type UserGender, type UserStatus, userGenderSchema } from '../../../contracts/users.js';
import { amsterdamDateOf } from '../../platform/dates.js';

/** Roles that manage the accounts of their employer (the super-user variants), from the matrix. */
export function managesUsers(role: string): boolean {
  return (
    (employerRoles as readonly string[]).includes(role) && roleHasPermission(role, 'users.manage')
  );
}

/** What decides whether an account can still log in on a day (its Amsterdam date). */
export type AccountPeriod = {
  deactivatedAt: Date | null;
  validFrom: string | null;
  validUntil: string | null;
};

/** Not deactivated and inside its validity period on `today` (both days inclusive). */
export function accountUsableOn(account: AccountPeriod, now: Date, today: string): boolean {
  if (account.deactivatedAt !== null && account.deactivatedAt.getTime() <= now.getTime()) {
    return false;
  }
  if (account.validFrom !== null && today < account.validFrom) return false;
  return account.validUntil === null || today <= account.validUntil;
}

/**
 * Would a change to one member leave the employer without a usable account that manages users?
 * Then nobody at the employer could add, repair or unblock accounts any more, so the change is
 * refused. A change that does not touch a managing, usable account is always fine.
 */
export function leavesNoUserManager(
  members: readonly (AccountPeriod & { id: string; role: string })[],
  change: { userId: string; role?: string; period?: Partial<AccountPeriod> },
  now: Date,
  today: string,
): boolean {
  const managersBefore = members.filter(
    (member) => managesUsers(member.role) && accountUsableOn(member, now, today),
  );
  const managersAfter = members
    .map((member) =>
      member.id === change.userId
        ? { ...member, ...change.period, role: change.role ?? member.role }
        : member,
    )
    .filter((member) => managesUsers(member.role) && accountUsableOn(member, now, today));
  return managersBefore.length > 0 && managersAfter.length === 0;
}

/** The validity period as a field error code: the last day may not come before the first. */
export function validityProblem(
  validFrom: string | null,
  validUntil: string | null,
): 'valid_until_before_valid_from' | undefined {
  if (validFrom !== null && validUntil !== null && validUntil < validFrom) {
    return 'valid_until_before_valid_from';
  }
  return undefined;
}

/**
 * How an account stands. Expired (deactivated, or past its last valid day in the Netherlands)
 * goes first, since such an account cannot log in at all; then blocked, which a super user can
 * lift; then invited: the first login was never completed (no setup and no second factor, so
 * accounts given a factor directly, like the demo's, count as set up).
 */
export function userStatusOf(
  row: {
    validUntil: string | null;
    blockedAt: Date | null;
    deactivatedAt: Date | null;
    setupCompletedAt: Date | null;
    hasSecondFactor: boolean;
  },
  now: Date,
): UserStatus {
  if (row.deactivatedAt !== null && row.deactivatedAt.getTime() <= now.getTime()) return 'expired';
  if (row.validUntil !== null && amsterdamDateOf(now) > row.validUntil) return 'expired';
  if (row.blockedAt !== null) return 'blocked';
  if (row.setupCompletedAt === null && !row.hasSecondFactor) return 'invited';
  return 'active';
}

export function genderOf(gender: string | null): UserGender | null {
  const parsed = userGenderSchema.safeParse(gender);
  return parsed.success ? parsed.data : null;
}

export function localeOf(user: { locale: string }): Locale {
  const parsed = localeSchema.safeParse(user.locale);
  return parsed.success ? parsed.data : 'nl';
}
