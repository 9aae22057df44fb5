import type { CurrentUser } from '../../../contracts/auth.js';
import type { Locale } from '../../../contracts/common.js';
import {
  type EmployerRole,
  type OperatorRole,
  type Role,
  roleHasPermission,
} from '../../../contracts/permissions.js';
import type { UserGender } from '../../../contracts/users.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { findActorAccess, listMemberAccess } from './actor-access.repository.js';
import { findCurrentUser } from './current-user.repository.js';
import { localeOf, userStatusOf } from './users.models.js';
import {
  type Actor,
  actorOf,
  type DossierScope,
  parseRole,
  scopeOfAccess,
  scopeOfMembership,
  wholeEmployer,
} from './users.policies.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { createUsersRepository, displayNameQuery, type User } from './users.repository.js';
import type { UsersContext } from './users.context.js';

/** A user who can act for an employer now, as `actingMembersIn` gives them. */
export type ActingMember = {
  id: string;
  displayName: string;
  role: Role;
  scope: DossierScope;
  locale: Locale;
  /** The arbodienst's own account (serves every employer, the whole employer in scope). */
  isOperator: boolean;
};

/** A user who receives the e-mail signals of an employer, with the scope they cover. */
export type SignalRecipient = {
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  role: EmployerRole | OperatorRole;
  scope: DossierScope;
};

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
    /**
     * Who receives the e-mail signals of the employer (DOMAIN.md §6): members whose role has
     * `signals.receive` and whose account is active (not invited and not yet set up, not blocked,
     * not deactivated) and valid on `today`, each with the dossier scope the signals are limited
     * to (as a request of theirs would have it).
     */
    async signalRecipients(
      employerId: AuthorizedEmployerId,
      today: string,
    ): Promise<SignalRecipient[]> {
      const candidates = (await repository.listByEmployer(employerId)).filter(
        (row) =>
          roleHasPermission(row.role, 'signals.receive') &&
          row.deactivatedAt === null &&
          (row.validFrom === null || row.validFrom <= today) &&
          (row.validUntil === null || today <= row.validUntil),
      );
      const withFactor =
        (await context.secondFactors?.usersWithSecondFactor(candidates.map((row) => row.id))) ??
        new Set<string>();
      const now = clock.now();
      const rows = candidates.filter(
        (row) =>
          userStatusOf({ ...row, hasSecondFactor: withFactor.has(row.id) }, now) === 'active',
      );
      const recipients: SignalRecipient[] = [];
      for (const row of rows) {
        const role = parseRole(row.role);
        const access = await findActorAccess(db, row.id, employerId);
        const membership = access?.membership;
        if (!role || !access || membership?.employerId !== employerId) continue;
        recipients.push({
          userId: row.id,
          email: row.email,
          displayName: `${row.firstName} ${row.lastName}`,
          locale: localeOf(row),
          role,
          scope: scopeOfMembership({ ...membership, ...access }),
        });
      }
      return recipients;
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
    /**
     * The users that can act for the employer now (not deactivated, not past their end date):
     * its members, and the arbodienst's operators, who serve every employer with the whole
     * employer in scope. With role, scope and language, read in the caller's transaction
     * (`within`): whom a task may be given to, and whose task feed may still be read.
     */
    async actingMembersIn(within: Db, employerId: AuthorizedEmployerId): Promise<ActingMember[]> {
      const today = amsterdamDateOf(clock.now());
      const members = await listMemberAccess(within, employerId);
      return members.flatMap(({ id, firstName, lastName, account, access }): ActingMember[] => {
        if (account.validUntil !== null && account.validUntil < today) return [];
        const displayName = `${firstName} ${lastName}`;
        const locale = localeOf(access);
        const operatorRole = access.operatorRole ? parseRole(access.operatorRole) : undefined;
        if (operatorRole) {
          return [
            { id, displayName, role: operatorRole, scope: wholeEmployer, locale, isOperator: true },
          ];
        }
        const membership = access.membership;
        const role = membership ? parseRole(membership.role) : undefined;
        if (!membership || !role || membership.employerId !== employerId) return [];
        const scope = scopeOfAccess(access, membership);
        return [{ id, displayName, role, scope, locale, isOperator: false }];
      });
    },
    // With `within`, in the caller's transaction (the tasks' assignees).
    displayNamesOf: (userIds: string[], within?: Db) =>
      createUsersRepository(within ?? db).displayNamesOf(userIds),
    loginNamesOf: (userIds: string[]) => repository.loginNamesOf(userIds),
    /** A user's display name as a scalar subquery in another module's statement (Taken widget). */
    displayNameQuery,
  };
}
