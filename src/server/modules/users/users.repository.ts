import { and, asc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, insertOne } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { memberships, scopeDepartments, scopeEmployees, users } from './users.table.js';

export type User = typeof users.$inferSelect;

/** A user's display name ("first last") as a scalar subquery on `userId` (null for null). */
export function displayNameQuery(userId: SQL): SQL<string | null> {
  return sql<string | null>`(select named_user.first_name || ' ' || named_user.last_name
    from ${users} named_user where named_user.id = ${userId})`;
}
export type Membership = { employerId: string; role: string };
/** A membership with the stored form of its dossier scope (users.table.ts explains the modes). */
export type MembershipWithScope = Membership & { scopeMode: string; scopeWholeEmployer: boolean };

/** An account of one employer with what its status is made of (Gebruikersbeheer). */
export type EmployerUserRow = Pick<
  User,
  | 'id'
  | 'loginName'
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'validFrom'
  | 'validUntil'
  | 'blockedAt'
  | 'deactivatedAt'
  | 'setupCompletedAt'
  | 'locale'
> & { role: string };

/** An employer's account with what its detail page in Gebruikersbeheer shows. */
export type EmployerUserDetailRow = EmployerUserRow & Pick<User, 'gender'> & { scopeMode: string };

const employerUserColumns = {
  id: users.id,
  loginName: users.loginName,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  validFrom: users.validFrom,
  validUntil: users.validUntil,
  blockedAt: users.blockedAt,
  deactivatedAt: users.deactivatedAt,
  setupCompletedAt: users.setupCompletedAt,
  locale: users.locale,
  role: memberships.role,
};

export function createUsersRepository(db: Db) {
  return {
    async insertUser(
      values: Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
    ): Promise<User> {
      return insertOne(db, users, values);
    },
    /** A new account and its membership of one employer, both or neither. */
    async insertUserWithMembership(
      user: Omit<typeof users.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
      membership: { employerId: string; role: string; scopeMode: 'inherited' | 'explicit' },
    ): Promise<User> {
      return db.transaction(async (tx) => {
        const created = await insertOne(tx, users, user);
        await tx.insert(memberships).values({ ...membership, userId: created.id });
        return created;
      });
    },
    async insertMembership(values: {
      userId: string;
      employerId: string;
      role: string;
      scopeMode?: 'inherited' | 'explicit';
    }): Promise<void> {
      await db.insert(memberships).values(values);
    },
    /** The member `userId` of the employer with what the detail page shows; undefined otherwise. */
    async findEmployerUser(
      employerId: AuthorizedEmployerId,
      userId: string,
    ): Promise<EmployerUserDetailRow | undefined> {
      const [row] = await db
        .select({
          ...employerUserColumns,
          gender: users.gender,
          scopeMode: memberships.scopeMode,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.employerId, employerId), eq(memberships.userId, userId)));
      return row;
    },
    /** Name, e-mail, login name, gender and validity of an account. */
    async updateUser(
      userId: string,
      values: Partial<
        Pick<
          User,
          'loginName' | 'firstName' | 'lastName' | 'email' | 'gender' | 'validFrom' | 'validUntil'
        >
      >,
      now: Date,
    ): Promise<void> {
      await db
        .update(users)
        .set({ ...values, updatedAt: now })
        .where(eq(users.id, userId));
    },
    async updateRole(
      userId: string,
      employerId: AuthorizedEmployerId,
      role: string,
    ): Promise<void> {
      await db
        .update(memberships)
        .set({ role })
        .where(and(eq(memberships.userId, userId), eq(memberships.employerId, employerId)));
    },
    /** "Meteen deactiveren" (or undo it with null); false when nothing changed. */
    async setDeactivatedAt(userId: string, at: Date | null, now: Date): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ deactivatedAt: at, updatedAt: now })
        .where(
          and(
            eq(users.id, userId),
            at === null ? isNotNull(users.deactivatedAt) : isNull(users.deactivatedAt),
          ),
        )
        .returning({ id: users.id });
      return rows.length > 0;
    },
    async findById(userId: string): Promise<User | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, userId));
      return row;
    },
    /** Login names are unique regardless of case. */
    async findByLoginName(loginName: string): Promise<User | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.loginName})`, loginName.toLowerCase()));
      return row;
    },
    async displayNamesOf(userIds: string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
        .from(users)
        .where(inArray(users.id, userIds));
      return new Map(rows.map((row) => [row.id, `${row.firstName} ${row.lastName}`]));
    },
    async loginNamesOf(userIds: string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ id: users.id, loginName: users.loginName })
        .from(users)
        .where(inArray(users.id, userIds));
      return new Map(rows.map((row) => [row.id, row.loginName]));
    },
    /** Unlinks an account from an employer; its scope rows must be gone first (foreign keys). */
    async deleteMembership(userId: string, employerId: string): Promise<boolean> {
      const rows = await db
        .delete(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.employerId, employerId)))
        .returning({ userId: memberships.userId });
      return rows.length > 0;
    },
    async listMemberships(userId: string): Promise<Membership[]> {
      return db
        .select({ employerId: memberships.employerId, role: memberships.role })
        .from(memberships)
        .where(eq(memberships.userId, userId))
        .orderBy(asc(memberships.createdAt));
    },
    async findMembership(
      userId: string,
      employerId: string,
    ): Promise<MembershipWithScope | undefined> {
      const [row] = await db
        .select({
          employerId: memberships.employerId,
          role: memberships.role,
          scopeMode: memberships.scopeMode,
          scopeWholeEmployer: memberships.scopeWholeEmployer,
        })
        .from(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.employerId, employerId)));
      return row;
    },
    /** The members of one employer, by last name, first name, login name (case-insensitive). */
    async listByEmployer(employerId: AuthorizedEmployerId): Promise<EmployerUserRow[]> {
      return db
        .select(employerUserColumns)
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(eq(memberships.employerId, employerId))
        .orderBy(
          asc(sql`lower(${users.lastName})`),
          asc(sql`lower(${users.firstName})`),
          asc(sql`lower(${users.loginName})`),
        );
    },
    async updateLocale(userId: string, locale: string, now: Date): Promise<void> {
      await db.update(users).set({ locale, updatedAt: now }).where(eq(users.id, userId));
    },
    async updatePasswordHash(userId: string, passwordHash: string, now: Date): Promise<void> {
      await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
    },
    /** A new password chosen by the user; also lifts a block (a proven reset or change). */
    async replacePassword(userId: string, passwordHash: string, now: Date): Promise<void> {
      await db
        .update(users)
        .set({
          passwordHash,
          passwordChangedAt: now,
          blockedAt: null,
          failedLoginCount: 0,
          updatedAt: now,
        })
        .where(eq(users.id, userId));
    },
    async findByEmail(email: string): Promise<User[]> {
      return db
        .select()
        .from(users)
        .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
        .orderBy(asc(users.loginName));
    },
    /**
     * Counts one more failure in a row and blocks the account at `threshold`, in one statement
     * so parallel attempts cannot slip past. Returns the new count and whether this one blocked.
     */
    async recordFailure(
      userId: string,
      now: Date,
      threshold: number,
    ): Promise<{ count: number; blockedNow: boolean }> {
      const reached = sql`${users.blockedAt} is null and ${users.failedLoginCount} + 1 >= ${threshold}`;
      const [row] = await db
        .update(users)
        .set({
          failedLoginCount: sql`${users.failedLoginCount} + 1`,
          lastFailedLoginAt: now,
          blockedAt: sql`case when ${reached} then ${now.toISOString()}::timestamptz else ${users.blockedAt} end`,
          lockoutCount: sql`case when ${reached} then ${users.lockoutCount} + 1 else ${users.lockoutCount} end`,
        })
        .where(eq(users.id, userId))
        .returning({ count: users.failedLoginCount, blockedAt: users.blockedAt });
      return {
        count: row?.count ?? 0,
        blockedNow: row?.blockedAt?.getTime() === now.getTime(),
      };
    },
    async resetFailures(userId: string): Promise<void> {
      await db.update(users).set({ failedLoginCount: 0 }).where(eq(users.id, userId));
    },
    /** Lifts a block; false when the account was not blocked. */
    async unblock(userId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(users)
        .set({ blockedAt: null, failedLoginCount: 0, updatedAt: now })
        .where(and(eq(users.id, userId), sql`${users.blockedAt} is not null`))
        .returning({ id: users.id });
      return rows.length > 0;
    },
    async updateEmail(userId: string, email: string, now: Date): Promise<void> {
      await db.update(users).set({ email, updatedAt: now }).where(eq(users.id, userId));
    },
    async completeSetup(userId: string, now: Date): Promise<void> {
      await db
        .update(users)
        .set({ setupCompletedAt: now, updatedAt: now })
        .where(and(eq(users.id, userId), isNull(users.setupCompletedAt)));
    },
  };
}

export type UsersRepository = ReturnType<typeof createUsersRepository>;

/** The tenant tables of this module: only inside `inTenant`, so RLS guards them too. */
export function createUsersTenantRepository(tx: TenantDb) {
  return {
    /** Forgets the explicit scope of a user at the transaction's employer (unlinking). */
    async deleteScopeSelection(userId: string): Promise<void> {
      await tx.delete(scopeDepartments).where(eq(scopeDepartments.userId, userId));
      await tx.delete(scopeEmployees).where(eq(scopeEmployees.userId, userId));
    },
    /** Takes an erased employee out of every explicit scope (the retention clean-up); a count. */
    async deleteScopeEmployee(employeeId: string): Promise<number> {
      const removed = await tx
        .delete(scopeEmployees)
        .where(eq(scopeEmployees.employeeId, employeeId))
        .returning({ userId: scopeEmployees.userId });
      return removed.length;
    },
    /** The departments and employees of a user's explicit scope at the transaction's employer. */
    async listScopeSelection(
      userId: string,
    ): Promise<{ departmentIds: string[]; employeeIds: string[] }> {
      const [departmentRows, employeeRows] = [
        await tx
          .select({ id: scopeDepartments.departmentId })
          .from(scopeDepartments)
          .where(eq(scopeDepartments.userId, userId)),
        await tx
          .select({ id: scopeEmployees.employeeId })
          .from(scopeEmployees)
          .where(eq(scopeEmployees.userId, userId)),
      ];
      return {
        departmentIds: departmentRows.map((row) => row.id),
        employeeIds: employeeRows.map((row) => row.id),
      };
    },
    /**
     * Replaces a member's dossier scope: the mode on the membership and the selected departments
     * and employees (dropped when the mode is not an explicit selection). The caller runs it in
     * one tenant transaction and has checked that the ids are the employer's.
     */
    async replaceScope(
      employerId: AuthorizedEmployerId,
      userId: string,
      scope: {
        mode: 'inherited' | 'explicit';
        wholeEmployer: boolean;
        departmentIds: readonly string[];
        employeeIds: readonly string[];
      },
    ): Promise<void> {
      await tx
        .update(memberships)
        .set({ scopeMode: scope.mode, scopeWholeEmployer: scope.wholeEmployer })
        .where(and(eq(memberships.userId, userId), eq(memberships.employerId, employerId)));
      await tx.delete(scopeDepartments).where(eq(scopeDepartments.userId, userId));
      await tx.delete(scopeEmployees).where(eq(scopeEmployees.userId, userId));
      if (scope.departmentIds.length > 0) {
        await tx
          .insert(scopeDepartments)
          .values(
            scope.departmentIds.map((departmentId) => ({ employerId, userId, departmentId })),
          );
      }
      if (scope.employeeIds.length > 0) {
        await tx
          .insert(scopeEmployees)
          .values(scope.employeeIds.map((employeeId) => ({ employerId, userId, employeeId })));
      }
    },
  };
}
