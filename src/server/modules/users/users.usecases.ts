import type { CurrentUser } from '../../../contracts/auth.js';
import type { EmployerMember, MyEmployers } from '../../../contracts/linked-accounts.js';
import { type Locale, localeSchema } from '../../../contracts/common.js';
import { type EmployerRole, roleHasPermission } from '../../../contracts/permissions.js';
import type { UserStatus, UserSummary } from '../../../contracts/users.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { usersErrors } from './users.errors.js';
import { type Actor, parseRole, scopeOfMembership, wholeEmployer } from './users.policies.js';
import {
  createUsersRepository,
  createUsersTenantRepository,
  type EmployerUserRow,
  type User,
} from './users.repository.js';

export type { User };

/** Operators choose from every employer: the header list shows this many, narrowed by search. */
const operatorChoiceLimit = 50;

/** Employer roles that may manage (and unblock) the accounts of their employer. */
const superUserRole = /^super_user/;

export function createUsersUseCases({
  db,
  clock,
  organisation,
  audit,
  mailer,
  publicUrl,
}: {
  db: Db;
  clock: Clock;
  organisation: OrganisationUseCases;
  audit?: AuditWriter;
  mailer?: Mailer;
  publicUrl?: string;
}) {
  const repository = createUsersRepository(db);

  const recordActorEvent = (
    actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
    employerId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    details?: Record<string, unknown>,
  ) =>
    audit?.record({
      employerId,
      userId: actor.userId,
      action,
      subjectType,
      subjectId,
      ip: actor.ip,
      requestId: actor.requestId,
      ...(details ? { details } : {}),
    });

  /** May `actorId` manage the account `targetId`? Operator admins may; super users of a shared employer may. */
  async function mayManage(actorId: string, targetId: string): Promise<boolean> {
    const actor = await repository.findById(actorId);
    if (!actor) return false;
    if (actor.operatorRole === 'operator_admin') return true;
    const [actorMemberships, targetMemberships] = await Promise.all([
      repository.listMemberships(actorId),
      repository.listMemberships(targetId),
    ]);
    const managed = new Set(
      actorMemberships
        .filter((membership) => superUserRole.test(membership.role))
        .map((membership) => membership.employerId),
    );
    return targetMemberships.some((membership) => managed.has(membership.employerId));
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
    };
  }

  /**
   * Who is asking: role, active employer and dossier scope, from an authenticated session.
   * Employer users act for the session's employer when they are a member there, else for their
   * first employer; operators for the employer they chose (or none). Undefined: no such user, or
   * an employer user without any employer.
   */
  async function resolveActor(
    session: { id: string; userId: string; activeEmployerId: string | null },
    meta: { ip: string; requestId: string },
  ): Promise<Actor | undefined> {
    const user = await repository.findById(session.userId);
    if (!user) return undefined;
    const base = { userId: user.id, sessionId: session.id, ...meta };
    const operatorRole = user.operatorRole ? parseRole(user.operatorRole) : undefined;
    if (operatorRole) {
      const employer = session.activeEmployerId
        ? await organisation.getEmployer(session.activeEmployerId)
        : undefined;
      return {
        ...base,
        role: operatorRole,
        isOperator: true,
        // Operators serve every employer of the arbodienst; the id was just looked up.
        employerId: employer ? trustEmployerId(employer.id) : null,
        scope: wholeEmployer,
      };
    }
    const memberships = await repository.listMemberships(user.id);
    const chosen =
      memberships.find((entry) => entry.employerId === session.activeEmployerId) ?? memberships[0];
    if (!chosen) return undefined;
    const membership = await repository.findMembership(user.id, chosen.employerId);
    const role = membership ? parseRole(membership.role) : undefined;
    if (!membership || !role) return undefined;
    // The employer is one the user's own membership names.
    const employerId = trustEmployerId(membership.employerId);
    const selection =
      membership.scopeMode === 'explicit' && !membership.scopeWholeEmployer
        ? await inTenant(db, employerId, (tx) =>
            createUsersTenantRepository(tx).listScopeSelection(user.id),
          )
        : { departmentIds: [], employeeIds: [] };
    const departmentIds = await organisation.departmentsWithDescendants(
      employerId,
      selection.departmentIds,
    );
    return {
      ...base,
      role,
      isOperator: false,
      employerId,
      scope: scopeOfMembership({ ...membership, ...selection, departmentIds }),
    };
  }

  return {
    resolveActor,
    findByLoginName: (loginName: string) => repository.findByLoginName(loginName.trim()),
    findById: (userId: string) => repository.findById(userId),
    findByEmail: (email: string) => repository.findByEmail(email),
    setPasswordHash: (userId: string, passwordHash: string) =>
      repository.updatePasswordHash(userId, passwordHash, clock.now()),
    replacePassword: (userId: string, passwordHash: string) =>
      repository.replacePassword(userId, passwordHash, clock.now()),
    recordFailure: (userId: string, threshold: number) =>
      repository.recordFailure(userId, clock.now(), threshold),
    resetFailures: (userId: string) => repository.resetFailures(userId),
    updateEmail: (userId: string, email: string) =>
      repository.updateEmail(userId, email, clock.now()),
    completeSetup: (userId: string) => repository.completeSetup(userId, clock.now()),

    /**
     * Lifts the block of an account after repeated failures. Only an operator admin or a super
     * user of an employer the account belongs to; anyone else gets 404, as if it did not exist.
     * The user is told by e-mail, in their own language.
     */
    async unblock(
      actorId: string,
      targetId: string,
      meta: { ip?: string; requestId?: string } = {},
    ): Promise<void> {
      if (!(await mayManage(actorId, targetId))) {
        await audit?.record({
          userId: actorId,
          action: 'users.unblock_refused',
          subjectType: 'user',
          subjectId: targetId,
          ...meta,
        });
        throw errors.notFound();
      }
      const target = await repository.findById(targetId);
      if (!target) throw errors.notFound();
      const wasBlocked = await repository.unblock(targetId, clock.now());
      await audit?.record({
        userId: actorId,
        action: 'users.unblocked',
        subjectType: 'user',
        subjectId: targetId,
        details: { wasBlocked },
        ...meta,
      });
      if (wasBlocked && mailer) {
        const t = translator(localeOf(target));
        await mailer.send({
          to: target.email,
          subject: t('auth.mail.unblocked.subject'),
          text: t('auth.mail.unblocked.body', {
            name: target.firstName,
            loginName: target.loginName,
            url: `${publicUrl ?? ''}/login`,
          }),
        });
      }
    },

    /**
     * Ends every session of an account (for instance when it may be misused). Only an operator
     * admin; anyone else gets 404, as if the account did not exist, and the refusal is audited.
     */
    async endAllSessions(
      actorId: string,
      targetId: string,
      /** From the auth module, which depends on this one and owns the sessions. */
      sessions: { endAllSessionsOf(userId: string, reason: string): Promise<number> },
      meta: { ip?: string; requestId?: string } = {},
    ): Promise<void> {
      const actor = await repository.findById(actorId);
      const target = await repository.findById(targetId);
      if (actor?.operatorRole !== 'operator_admin' || !target) {
        await audit?.record({
          userId: actorId,
          action: 'users.sessions_end_refused',
          subjectType: 'user',
          subjectId: targetId,
          ...meta,
        });
        throw errors.notFound();
      }
      const ended = await sessions.endAllSessionsOf(targetId, 'ended_by_operator');
      await audit?.record({
        userId: actorId,
        action: 'users.sessions_ended',
        subjectType: 'user',
        subjectId: targetId,
        details: { ended },
        ...meta,
      });
    },

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

    async createEmployerUser(
      employerId: AuthorizedEmployerId,
      values: {
        loginName: string;
        email: string;
        firstName: string;
        lastName: string;
        role: string;
        passwordHash?: string;
      },
    ): Promise<User> {
      const user = await repository.insertUser({
        loginName: values.loginName,
        email: values.email,
        firstName: values.firstName,
        lastName: values.lastName,
        passwordHash: values.passwordHash ?? null,
      });
      await repository.insertMembership({ userId: user.id, employerId, role: values.role });
      return user;
    },

    describeCurrentUser,

    /**
     * Gebruikersbeheer: the accounts of the actor's active employer, by last name. Needs
     * `users.manage` for the actor's role at that employer (403 otherwise); the read is audited.
     */
    async listEmployerUsers(
      actorId: string,
      activeEmployerId: string | null,
      /** From the factors module, which depends on this one: who has a second factor. */
      factors: { usersWithSecondFactor(userIds: string[]): Promise<Set<string>> },
      meta: { ip?: string; requestId?: string } = {},
    ): Promise<UserSummary[]> {
      const actor = await describeCurrentUser(actorId, activeEmployerId);
      if (!actor?.employer || !roleHasPermission(actor.role, 'users.manage')) {
        throw errors.forbidden();
      }
      // The employer is the one the actor's own membership names, checked just above.
      const employerId = trustEmployerId(actor.employer.id);
      const rows = await repository.listByEmployer(employerId);
      await audit?.record({
        employerId,
        userId: actorId,
        action: 'users.listed',
        subjectType: 'employer',
        subjectId: employerId,
        details: { count: rows.length },
        ...meta,
      });
      const withFactor = await factors.usersWithSecondFactor(rows.map((row) => row.id));
      const now = clock.now();
      return rows.map((row) => ({
        id: row.id,
        loginName: row.loginName,
        displayName: `${row.firstName} ${row.lastName}`,
        email: row.email,
        role: row.role,
        status: userStatusOf({ ...row, hasSecondFactor: withFactor.has(row.id) }, now),
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

    /**
     * The employers the user may switch to in the header: their own memberships, or for an
     * operator every employer (searchable, cut at `operatorChoiceLimit`).
     */
    async employerChoices(userId: string, search?: string): Promise<MyEmployers> {
      const user = await repository.findById(userId);
      if (!user) throw errors.unauthenticated();
      if (user.operatorRole && parseRole(user.operatorRole)) {
        const all = await organisation.listEmployers(search);
        return {
          employers: all
            .slice(0, operatorChoiceLimit)
            .map((employer) => ({ id: employer.id, name: employer.name, role: null })),
          truncated: all.length > operatorChoiceLimit,
        };
      }
      const memberships = await repository.listMemberships(userId);
      const choices = await Promise.all(
        memberships.map(async (membership) => {
          const employer = await organisation.getEmployer(membership.employerId);
          return employer ? [{ id: employer.id, name: employer.name, role: membership.role }] : [];
        }),
      );
      const needle = search?.trim().toLowerCase() ?? '';
      const employers = choices
        .flat()
        .filter((choice) => choice.name.toLowerCase().includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return { employers, truncated: false };
    },

    /**
     * Switches the session to another employer: one the user is linked to, or any for an
     * operator. Anything else is 404, as if the employer did not exist.
     */
    async switchEmployer(
      actor: Pick<Actor, 'userId' | 'sessionId' | 'ip' | 'requestId'>,
      employerId: string,
      /** From the auth module, which owns the sessions. */
      sessions: { setActiveEmployer(sessionId: string, employerId: string): Promise<void> },
    ): Promise<void> {
      const user = await repository.findById(actor.userId);
      if (!user) throw errors.unauthenticated();
      const isOperator = user.operatorRole !== null && parseRole(user.operatorRole) !== undefined;
      const allowed = isOperator
        ? (await organisation.getEmployer(employerId)) !== undefined
        : (await repository.findMembership(user.id, employerId)) !== undefined;
      if (!allowed) throw errors.notFound();
      await sessions.setActiveEmployer(actor.sessionId, employerId);
      await recordActorEvent(actor, employerId, 'users.employer_switched', 'employer', employerId);
    },

    /** Werkgevers > Gekoppelde accounts: the accounts linked to one employer (operator admin). */
    async listLinkedAccounts(employerId: string): Promise<EmployerMember[]> {
      if (!(await organisation.getEmployer(employerId))) throw errors.notFound();
      // An operator admin acts across employers; the id was just looked up.
      const rows = await repository.listByEmployer(trustEmployerId(employerId));
      return Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          loginName: row.loginName,
          displayName: `${row.firstName} ${row.lastName}`,
          role: row.role,
          employerCount: (await repository.listMemberships(row.id)).length,
        })),
      );
    },

    /**
     * Links an existing login to another employer with a role there (account linking, done by an
     * operator admin on request). The dossier scope starts as "autorisatie-overname".
     */
    async linkAccount(
      actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
      employerId: string,
      values: { loginName: string; role: EmployerRole },
    ): Promise<void> {
      if (!(await organisation.getEmployer(employerId))) throw errors.notFound();
      const target = await repository.findByLoginName(values.loginName.trim());
      if (!target) throw usersErrors.unknownLoginName();
      if (target.operatorRole !== null) throw usersErrors.operatorNotLinkable();
      if (await repository.findMembership(target.id, employerId)) {
        throw usersErrors.alreadyLinked();
      }
      await repository.insertMembership({ userId: target.id, employerId, role: values.role });
      await recordActorEvent(actor, employerId, 'users.account_linked', 'user', target.id, {
        role: values.role,
      });
    },

    /**
     * Unlinks a login from an employer. Refused for its last employer (the login would serve
     * nobody) and while it manages a department there (managers are replaced, never removed).
     */
    async unlinkAccount(
      actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
      employerId: string,
      userId: string,
    ): Promise<void> {
      if (!(await organisation.getEmployer(employerId))) throw errors.notFound();
      const membership = await repository.findMembership(userId, employerId);
      if (!membership) throw errors.notFound();
      if ((await repository.listMemberships(userId)).length <= 1) {
        throw usersErrors.lastEmployerLink();
      }
      // An operator admin acts across employers; the membership was just found.
      const tenant = trustEmployerId(employerId);
      if ((await organisation.departmentsManagedBy(tenant, userId)).length > 0) {
        throw usersErrors.managesDepartments();
      }
      await inTenant(db, tenant, (tx) =>
        createUsersTenantRepository(tx).deleteScopeSelection(userId),
      );
      await repository.deleteMembership(userId, employerId);
      await recordActorEvent(actor, employerId, 'users.account_unlinked', 'user', userId, {
        role: membership.role,
      });
    },
  };
}

/**
 * How an account stands. Expired (deactivated, or past its last valid day in the Netherlands)
 * goes first, since such an account cannot log in at all; then blocked, which a super user can
 * lift; then invited: the first login was never completed (no setup and no second factor, so
 * accounts given a factor directly, like the demo's, count as set up).
 */
export function userStatusOf(
  row: Pick<EmployerUserRow, 'validUntil' | 'blockedAt' | 'deactivatedAt' | 'setupCompletedAt'> & {
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

export function localeOf(user: User): Locale {
  const parsed = localeSchema.safeParse(user.locale);
  return parsed.success ? parsed.data : 'nl';
}

export type UsersUseCases = ReturnType<typeof createUsersUseCases>;
