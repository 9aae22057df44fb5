import { employerRoles, roleHasPermission } from '../../../contracts/permissions.js';

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
