import type { CurrentUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import type { EmployerRole, OperatorRole } from '../../../contracts/permissions.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import { findActorAccess } from './actor-access.repository.js';
import { localeOf } from './users.models.js';
import { type Actor, actorOf, parseRole } from './users.policies.js';
import {
  createUsersRepository,
  createUsersTenantRepository,
  type User,
} from './users.repository.js';
import type { UsersContext } from './users.context.js';

/** Accounts as other modules need them: lookups for login and recovery, the current user and actor, creating accounts (seeding), and lists of names. */
export function createAccounts(context: UsersContext) {
  const { db, clock, organisation, repository } = context;
  /** Whether the user's explicit scope names nobody (the user sees no employees). */
  async function hasNoScope(userId: string, employerId: string): Promise<boolean> {
    const membership = await repository.findMembership(userId, employerId);
    if (!membership || membership.scopeMode !== 'explicit' || membership.scopeWholeEmployer) {
      return false;
    }
    // The employer is one the user's own membership names.
    const selection = await inTenant(db, trustEmployerId(employerId), (tx) =>
      createUsersTenantRepository(tx).listScopeSelection(userId),
    );
    return selection.departmentIds.length === 0 && selection.employeeIds.length === 0;
  }

  /**
   * The user as the web sees them, acting for `activeEmployerId` (or their first employer).
   * Returns undefined when the user no longer exists.
   */
  async function describeCurrentUser(
    userId: string,
    activeEmployerId: string | null,
  ): Promise<CurrentUser | undefined> {
    const user = await repository.findById(userId);
    if (!user) return undefined;
    const operatorRole = user.operatorRole ? parseRole(user.operatorRole) : undefined;
    const memberships = operatorRole ? [] : await repository.listMemberships(userId);
    const membership =
      memberships.find((entry) => entry.employerId === activeEmployerId) ?? memberships[0];
    // Operators act for the employer they chose in the header; employer users for a membership's.
    const employerId = operatorRole ? activeEmployerId : membership?.employerId;
    const employer = employerId ? await organisation.getEmployer(employerId) : undefined;
    return {
      id: user.id,
      loginName: user.loginName,
      displayName: `${user.firstName} ${user.lastName}`,
      locale: localeOf(user),
      employer: employer
        ? { id: employer.id, name: employer.name, hrIntegrationMode: employer.hrIntegrationMode }
        : null,
      role: operatorRole ?? membership?.role ?? 'none',
      canSwitchEmployer: operatorRole !== undefined || memberships.length > 1,
      seesNoEmployees:
        !operatorRole && membership ? await hasNoScope(user.id, membership.employerId) : false,
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
      passwordHash?: string;
    }): Promise<User> {
      return repository.insertUser({
        loginName: values.loginName,
        email: values.email,
        firstName: values.firstName,
        lastName: values.lastName,
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
