import { and, asc, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { deleteEmployerRows } from '../../db/offboarding.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  careAssignments,
  memberships,
  scopeDepartments,
  scopeEmployees,
  users,
} from './users.table.js';

/**
 * Offboarding (issue 14), in the caller's tenant transaction. First the employer's memberships
 * with their scopes and care assignments; the employer users left without any membership (never an
 * operator user) are the accounts to erase — `eraseUsersIn` deletes them once the other modules
 * have removed their sessions, second factors and departments.
 */
export function userOffboardingUseCases() {
  return {
    /**
     * The employer's users with their membership, for the offboarding export: never a password
     * hash, a second factor or a lock counter.
     */
    employerUsersIn(tx: TenantDb, employerId: AuthorizedEmployerId) {
      return tx
        .select({
          id: users.id,
          loginName: users.loginName,
          email: users.email,
          firstName: users.firstName,
          lastName: users.lastName,
          gender: users.gender,
          locale: users.locale,
          validFrom: users.validFrom,
          validUntil: users.validUntil,
          deactivatedAt: users.deactivatedAt,
          createdAt: users.createdAt,
          role: memberships.role,
          scopeMode: memberships.scopeMode,
          scopeWholeEmployer: memberships.scopeWholeEmployer,
          memberSince: memberships.createdAt,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.employerId, employerId))
        .orderBy(asc(users.id));
    },

    async eraseEmployerMembershipsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<{ counts: Record<string, number>; accountsToErase: string[] }> {
      const members = await tx
        .select({ userId: memberships.userId })
        .from(memberships)
        .where(eq(memberships.employerId, employerId));
      const counts = {
        scopeDepartments: await deleteEmployerRows(tx, scopeDepartments, employerId),
        scopeEmployees: await deleteEmployerRows(tx, scopeEmployees, employerId),
        careAssignments: await deleteEmployerRows(tx, careAssignments, employerId),
        memberships: await deleteEmployerRows(tx, memberships, employerId),
      };
      const memberIds = members.map((row) => row.userId);
      if (memberIds.length === 0) return { counts, accountsToErase: [] };
      const left = await tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            inArray(users.id, memberIds),
            isNull(users.operatorRole),
            notExists(
              tx
                .select({ one: memberships.userId })
                .from(memberships)
                .where(eq(memberships.userId, users.id)),
            ),
          ),
        );
      return { counts, accountsToErase: left.map((row) => row.id).sort() };
    },

    /** Deletes the accounts (after their sessions, factors and references are gone). */
    async eraseUsersIn(tx: TenantDb, userIds: readonly string[]): Promise<number> {
      if (userIds.length === 0) return 0;
      const removed = await tx
        .delete(users)
        .where(inArray(users.id, [...userIds]))
        .returning({ id: users.id });
      return removed.length;
    },
  };
}
