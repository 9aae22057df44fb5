import type { CurrentUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { EmployerRole, OperatorRole } from '../../../contracts/permissions.js';
import type { UserGender } from '../../../contracts/users.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { findActorAccess } from './actor-access.repository.js';
import { findCurrentUser } from './current-user.repository.js';
import { localeOf } from './users.models.js';
import { type Actor, actorOf, parseRole } from './users.policies.js';
import { createUsersRepository, type User } from './users.repository.js';
import type { UsersContext } from './users.context.js';

/** Accounts as other modules need them: lookups for login and recovery, the current user and actor, creating accounts (seeding), and lists of names. */
export function createAccounts(context: UsersContext) {
  const { db, clock, organisation, repository } = context;
  /**
   * The user as the web sees them, acting for `activeEmployerId` (or their first employer), in
   * one query. Operators act for the employer they chose in the header; employer users for a
   * membership's. Returns undefined when the user no longer exists.
   */
  async function describeCurrentUser(
    userId: string,
    activeEmployerId: string | null,
  ): Promise<CurrentUser | undefined> {
    const row = await findCurrentUser(db, userId, activeEmployerId);
    if (!row) return undefined;
    const operatorRole = row.operatorRole ? parseRole(row.operatorRole) : undefined;
    return {
      id: row.id,
      loginName: row.loginName,
      displayName: `${row.firstName} ${row.lastName}`,
      locale: localeOf(row),
      employer: row.employer,
      role: operatorRole ?? row.membershipRole ?? 'none',
      canSwitchEmployer: operatorRole !== undefined || row.membershipCount > 1,
      seesNoEmployees: !operatorRole && row.seesNoEmployees,
    };
  }

  /**
   * Who is asking: role, active employer and dossier scope, from an authenticated session.
   * Employer users act for the session's employer when they are a member there, else for their
   * first employer; operators for the employer they chose (or none). Undefined: no such user, or
   * an employer user without any employer.
   */
  /** The actor of a session: one query for the user, membership and scope (actor-access). */
  async function resolveActor(
    session: { id: string; userId: string; activeEmployerId: string | null },
    meta: { ip: string; requestId: string },
  ): Promise<Actor | undefined> {
    const access = await findActorAccess(db, session.userId, session.activeEmployerId);
    return access && actorOf(access, session, meta);
  }

  return {
    resolveActor,
    findByLoginName: (loginName: string) => repository.findByLoginName(loginName.trim()),
    findById: (userId: string) => repository.findById(userId),
    findByEmail: (email: string) => repository.findByEmail(email),
    setPasswordHash: (userId: string, passwordHash: string) =>
      repository.updatePasswordHash(userId, passwordHash, clock.now()),
    // With `within`, in the caller's transaction (auth's login and password steps).
    replacePassword: (userId: string, passwordHash: string, within?: Db) =>
      createUsersRepository(within ?? db).replacePassword(userId, passwordHash, clock.now()),
    recordFailure: (userId: string, threshold: number) =>
      repository.recordFailure(userId, clock.now(), threshold),
    resetFailures: (userId: string, within?: Db) =>
      createUsersRepository(within ?? db).resetFailures(userId),
    updateEmail: (userId: string, email: string) =>
      repository.updateEmail(userId, email, clock.now()),
    completeSetup: (userId: string, within?: Db) =>
      createUsersRepository(within ?? db).completeSetup(userId, clock.now()),
    /**
     * The names of the employers the user belongs to; the password policy refuses a password
     * that contains one of them.
     */
    async employerNamesOf(userId: string): Promise<string[]> {
      const memberships = await repository.listMemberships(userId);
      const employers = await Promise.all(
        memberships.map((membership) => organisation.getEmployer(membership.employerId)),
      );
      return employers.flatMap((employer) => (employer ? [employer.name] : []));
    },
    /** For seeding and tests: an account of the employer, without mail or audit. */
    async createEmployerUser(
      employerId: AuthorizedEmployerId,
      values: {
        loginName: string;
        email: string;
        firstName: string;
        lastName: string;
        role: string;
        /** Required by the user form: a seeded account without one cannot be edited. */
        gender?: UserGender;
        passwordHash?: string;
        scopeMode?: 'inherited' | 'explicit';
      },
    ): Promise<User> {
      return repository.insertUserWithMembership(
        {
          loginName: values.loginName,
          email: values.email,
          firstName: values.firstName,
          lastName: values.lastName,
          gender: values.gender ?? null,
          passwordHash: values.passwordHash ?? null,
        },
        { employerId, role: values.role, scopeMode: values.scopeMode ?? 'inherited' },
      );
    },
    /** An account of the arbodienst itself (seeding): serves every employer, no membership. */
    async createOperatorUser(values: {
      loginName: string;
      email: string;
      firstName: string;
      lastName: string;
      role: OperatorRole;
      gender?: UserGender;
      passwordHash?: string;
    }): Promise<User> {
      return repository.insertUser({
        loginName: values.loginName,
        email: values.email,
        firstName: values.firstName,
        lastName: values.lastName,
        gender: values.gender ?? null,
        operatorRole: values.role,
        passwordHash: values.passwordHash ?? null,
      });
    },
    /** Links an existing account to one more employer (seeding; operators use `linkAccount`). */
    addMembership(userId: string, employerId: AuthorizedEmployerId, role: EmployerRole) {
      return repository.insertMembership({ userId, employerId, role });
    },
    describeCurrentUser,
    /** Everyone with a membership at the employer, for other modules' lists (the vault's). */
    async employerMembers(
      employerId: AuthorizedEmployerId,
    ): Promise<{ id: string; displayName: string; email: string; role: string; locale: string }[]> {
      const rows = await repository.listByEmployer(employerId);
      return rows.map((row) => ({
        id: row.id,
        displayName: `${row.firstName} ${row.lastName}`,
        email: row.email,
        role: row.role,
        locale: row.locale,
      }));
    },
    setLocale: (userId: string, locale: Locale) =>
      repository.updateLocale(userId, locale, clock.now()),
    /** The organisation module's view of accounts (`MemberDirectory`). */
    async membersOf(employerId: AuthorizedEmployerId) {
      const rows = await repository.listByEmployer(employerId);
      return rows.map((row) => ({
        id: row.id,
        displayName: `${row.firstName} ${row.lastName}`,
        role: row.role,
      }));
    },
    displayNamesOf: (userIds: string[]) => repository.displayNamesOf(userIds),
    loginNamesOf: (userIds: string[]) => repository.loginNamesOf(userIds),
  };
}
