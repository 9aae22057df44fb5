import type { CurrentUser } from '../../../contracts/auth.js';
import type { EmployerMember, MyEmployers } from '../../../contracts/linked-accounts.js';
import { type Locale, localeSchema } from '../../../contracts/common.js';
import type { EmployerRole, OperatorRole } from '../../../contracts/permissions.js';
import type {
  CreateUserRequest,
  ScopeEmployee,
  UpdateUserRequest,
  UserDetail,
  UserGender,
  UserScopeRequest,
  UserScopeResponse,
  UserStatus,
  UserSummary,
} from '../../../contracts/users.js';
import { userGenderSchema } from '../../../contracts/users.js';
import { type Db, isUniqueViolation } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, trustEmployerId } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { usersErrors } from './users.errors.js';
import { leavesNoUserManager, validityProblem } from './users.models.js';
import { findActorAccess } from './actor-access.repository.js';
/** The user's access as one column of another module's query (the session lookup in auth). */
export { parseUserAccess, userAccessColumn } from './actor-access.repository.js';
import {
  type Actor,
  actorOf,
  type DossierScope,
  type EmployerActor,
  parseRole,
} from './users.policies.js';
import {
  createUsersRepository,
  createUsersTenantRepository,
  type EmployerUserDetailRow,
  type EmployerUserRow,
  type User,
} from './users.repository.js';

export type { User };

/** Operators choose from every employer: the header list shows this many, narrowed by search. */
const operatorChoiceLimit = 50;

/**
 * What user management needs from the auth module, which is made after this one (it depends
 * on it): the first-login mail, the reset-link mail and ending sessions.
 */
export type AccountActions = {
  invite(userId: string, meta: { ip: string; requestId: string }): Promise<void>;
  sendPasswordReset(loginName: string, meta: { ip: string; requestId: string }): void;
  endAllSessions(userId: string, reason: string): Promise<number>;
};

/**
 * From the employees module, which is above this one (app.ts wires it): the names of employees
 * for the dossier-scope tree of "Dossiertoegang beheren".
 */
export type EmployeeNames = {
  findEmployeeNames(
    employerId: AuthorizedEmployerId,
    employeeIds: readonly string[],
    date: string,
  ): Promise<ScopeEmployee[]>;
  listDepartmentEmployeeNames(
    employerId: AuthorizedEmployerId,
    departmentId: string,
    scope: DossierScope,
    date: string,
  ): Promise<ScopeEmployee[]>;
};

/** From the factors module, which depends on this one: who has a second factor. */
export type FactorLookup = { usersWithSecondFactor(userIds: string[]): Promise<Set<string>> };

/** From the auth module, which owns the sessions: the header's employer switch. */
export type ActiveEmployerSetter = {
  setActiveEmployer(sessionId: string, employerId: string): Promise<void>;
};

export function createUsersUseCases({
  db,
  clock,
  organisation,
  employees,
  accounts,
  audit,
  mailer,
  publicUrl,
}: {
  db: Db;
  clock: Clock;
  organisation: OrganisationUseCases;
  employees: EmployeeNames;
  accounts: AccountActions;
  audit?: AuditWriter;
  mailer?: Mailer;
  publicUrl?: string;
}) {
  const repository = createUsersRepository(db);
  const today = () => amsterdamDateOf(clock.now());

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

  /** A change to an account in Gebruikersbeheer, for the audit log. */
  function recordChange(
    actor: Actor,
    action: string,
    targetId: string,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return (
      audit?.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action,
        subjectType: 'user',
        subjectId: targetId,
        ip: actor.ip,
        requestId: actor.requestId,
        ...(details ? { details } : {}),
      }) ?? Promise.resolve()
    );
  }

  /**
   * The one check of every action on an account (Gebruikersbeheer, unblocking, ending sessions):
   * the target must belong to the employer context the actor acts in. An employer's account is
   * found only as a member of the employer the actor acts for (operators too: they choose that
   * employer in the header first); an operator account, which belongs to no employer, only by an
   * operator (`accountInContext`). Anything else is treated as if the account did not exist.
   */
  async function memberInContext(
    actor: Actor,
    targetId: string,
  ): Promise<EmployerUserDetailRow | undefined> {
    return actor.employerId ? repository.findEmployerUser(actor.employerId, targetId) : undefined;
  }

  /** The member of the employer the actor acts for, or 404. */
  async function memberOf(actor: Actor, targetId: string): Promise<EmployerUserDetailRow> {
    const member = await memberInContext(actor, targetId);
    if (!member) throw errors.notFound();
    return member;
  }

  /** Any account in the actor's context (an operator's too), or 404 with the refusal audited. */
  async function accountInContext(actor: Actor, targetId: string, refusal: string): Promise<User> {
    const target = await repository.findById(targetId);
    const inContext =
      target !== undefined &&
      (target.operatorRole === null
        ? (await memberInContext(actor, targetId)) !== undefined
        : actor.isOperator);
    if (!target || !inContext) {
      await recordChange(actor, refusal, targetId);
      throw errors.notFound();
    }
    return target;
  }

  async function statusOf(row: EmployerUserRow, factors: FactorLookup): Promise<UserStatus> {
    const withFactor = await factors.usersWithSecondFactor([row.id]);
    return userStatusOf({ ...row, hasSecondFactor: withFactor.has(row.id) }, clock.now());
  }

  async function detailOf(
    actor: EmployerActor,
    targetId: string,
    factors: FactorLookup,
  ): Promise<UserDetail> {
    const row = await memberOf(actor, targetId);
    return {
      id: row.id,
      loginName: row.loginName,
      firstName: row.firstName,
      lastName: row.lastName,
      gender: genderOf(row.gender),
      email: row.email,
      role: row.role,
      status: await statusOf(row, factors),
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
      isSelf: row.id === actor.userId,
      scopeMode: row.scopeMode === 'explicit' ? 'explicit' : 'inherited',
    };
  }

  /** Refuses a change that leaves the employer without a usable account managing users. */
  async function keepAUserManager(
    actor: EmployerActor,
    change: Parameters<typeof leavesNoUserManager>[1],
  ): Promise<void> {
    const members = await repository.listByEmployer(actor.employerId);
    if (leavesNoUserManager(members, change, clock.now(), today())) {
      throw usersErrors.lastUserManager();
    }
  }

  /** A login name no other account has (compared without case). */
  async function checkLoginNameFree(loginName: string, exceptUserId?: string): Promise<void> {
    const existing = await repository.findByLoginName(loginName);
    if (existing && existing.id !== exceptUserId) throw usersErrors.loginNameTaken();
  }

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
    replacePassword: (userId: string, passwordHash: string) =>
      repository.replacePassword(userId, passwordHash, clock.now()),
    recordFailure: (userId: string, threshold: number) =>
      repository.recordFailure(userId, clock.now(), threshold),
    resetFailures: (userId: string) => repository.resetFailures(userId),
    updateEmail: (userId: string, email: string) =>
      repository.updateEmail(userId, email, clock.now()),
    completeSetup: (userId: string) => repository.completeSetup(userId, clock.now()),

    /**
     * Lifts the block of an account after repeated failures: an operator admin or a super user,
     * for the accounts of the employer they act for (an operator admin also for operator
     * accounts); any other account answers 404, as if it did not exist, and the refusal is
     * audited. The user is told by e-mail, in their own language.
     */
    async unblock(actor: Actor, targetId: string): Promise<void> {
      const target = await accountInContext(actor, targetId, 'users.unblock_refused');
      const wasBlocked = await repository.unblock(targetId, clock.now());
      await recordChange(actor, 'users.unblocked', targetId, { wasBlocked });
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
     * admin, for the accounts of the employer they act for or operator accounts; anything else
     * answers 404, as if the account did not exist, and the refusal is audited.
     */
    async endAllSessions(actor: Actor, targetId: string): Promise<void> {
      const refusal = 'users.sessions_end_refused';
      if (!actor.isOperator) {
        await recordChange(actor, refusal, targetId);
        throw errors.notFound();
      }
      await accountInContext(actor, targetId, refusal);
      const ended = await accounts.endAllSessions(targetId, 'ended_by_operator');
      await recordChange(actor, 'users.sessions_ended', targetId, { ended });
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

    /**
     * "+ Gebruiker toevoegen" (SPEC.md §2.2): a new account of the actor's employer with an
     * employer role. The first-login mail (login name and a set-password link) goes out at once;
     * 2FA is always required. Without autorisatie-overname the user sees no employees until
     * "Dossiertoegang beheren" gives them some.
     */
    async addUser(
      actor: EmployerActor,
      values: CreateUserRequest,
      factors: FactorLookup,
    ): Promise<UserDetail> {
      const validFrom = values.validFrom ?? null;
      const validUntil = values.validUntil ?? null;
      if (validityProblem(validFrom, validUntil)) throw usersErrors.validUntilBeforeValidFrom();
      await checkLoginNameFree(values.loginName);
      let user: User;
      try {
        user = await repository.insertUserWithMembership(
          {
            loginName: values.loginName,
            email: values.email,
            firstName: values.firstName,
            lastName: values.lastName,
            gender: values.gender,
            validFrom,
            validUntil,
            passwordHash: null,
          },
          {
            employerId: actor.employerId,
            role: values.role,
            scopeMode: values.inheritScope ? 'inherited' : 'explicit',
          },
        );
      } catch (error) {
        // Someone took the name between the check and the insert.
        if (isUniqueViolation(error)) throw usersErrors.loginNameTaken();
        throw error;
      }
      await recordChange(actor, 'users.created', user.id, {
        role: values.role,
        scopeMode: values.inheritScope ? 'inherited' : 'explicit',
        validFrom,
        validUntil,
      });
      await accounts.invite(user.id, { ip: actor.ip, requestId: actor.requestId });
      return detailOf(actor, user.id, factors);
    },

    /** One account of the actor's employer (404 for any other id). */
    getUser: detailOf,

    /**
     * Edits an account: names, e-mail, gender, login name, role ("Gebruikersrol beheren") and
     * validity period. A change that would leave no usable user manager is refused.
     */
    async updateUser(
      actor: EmployerActor,
      targetId: string,
      values: UpdateUserRequest,
      factors: FactorLookup,
    ): Promise<UserDetail> {
      const member = await memberOf(actor, targetId);
      const validFrom = values.validFrom === undefined ? member.validFrom : values.validFrom;
      const validUntil = values.validUntil === undefined ? member.validUntil : values.validUntil;
      if (validityProblem(validFrom, validUntil)) throw usersErrors.validUntilBeforeValidFrom();
      if (values.loginName !== undefined) await checkLoginNameFree(values.loginName, targetId);
      await keepAUserManager(actor, {
        userId: targetId,
        ...(values.role === undefined ? {} : { role: values.role }),
        period: { validFrom, validUntil },
      });
      const { role, ...accountValues } = values;
      const changed = Object.entries(values)
        .filter(([key, value]) => {
          const before: unknown = key === 'role' ? member.role : member[key as keyof typeof member];
          return value !== before;
        })
        .map(([key]) => key);
      try {
        await repository.updateUser(targetId, accountValues, clock.now());
      } catch (error) {
        if (isUniqueViolation(error)) throw usersErrors.loginNameTaken();
        throw error;
      }
      if (role !== undefined && role !== member.role) {
        await repository.updateRole(targetId, actor.employerId, role);
      }
      await recordChange(actor, 'users.updated', targetId, {
        changed,
        ...(changed.includes('role') ? { roleBefore: member.role, roleAfter: role } : {}),
      });
      return detailOf(actor, targetId, factors);
    },

    /** Mails the account a password-reset link (the auth module's reset flow). */
    async sendPasswordReset(actor: EmployerActor, targetId: string): Promise<void> {
      const member = await memberOf(actor, targetId);
      if (member.deactivatedAt !== null) throw usersErrors.accountDeactivated();
      accounts.sendPasswordReset(member.loginName, { ip: actor.ip, requestId: actor.requestId });
      await recordChange(actor, 'users.password_reset_sent', targetId);
    },

    /**
     * "Meteen deactiveren": the account cannot log in any more (status "verlopen") and every
     * session of it ends now. Nothing is deleted. Not the own account, not the last user manager.
     */
    async deactivate(actor: EmployerActor, targetId: string): Promise<void> {
      const member = await memberOf(actor, targetId);
      if (targetId === actor.userId) throw usersErrors.cannotDeactivateSelf();
      const now = clock.now();
      await keepAUserManager(actor, { userId: targetId, period: { deactivatedAt: now } });
      const changed = await repository.setDeactivatedAt(member.id, now, now);
      const sessionsEnded = await accounts.endAllSessions(targetId, 'deactivated');
      await recordChange(actor, 'users.deactivated', targetId, { changed, sessionsEnded });
    },

    /**
     * Undoes "meteen deactiveren". The user logs in again with password and second factor:
     * sessions stay ended and nothing else (validity, block, scope) is changed.
     */
    async reactivate(actor: EmployerActor, targetId: string): Promise<void> {
      const member = await memberOf(actor, targetId);
      const changed = await repository.setDeactivatedAt(member.id, null, clock.now());
      const sessionsEnded = await accounts.endAllSessions(targetId, 'reactivated');
      await recordChange(actor, 'users.reactivated', targetId, { changed, sessionsEnded });
    },

    /** "Dossiertoegang beheren": the stored scope of a member, with the selected employees' names. */
    async getScope(actor: EmployerActor, targetId: string): Promise<UserScopeResponse> {
      await memberOf(actor, targetId);
      const membership = await repository.findMembership(targetId, actor.employerId);
      if (!membership) throw errors.notFound();
      const selection = await inTenant(db, actor.employerId, (tx) =>
        createUsersTenantRepository(tx).listScopeSelection(targetId),
      );
      const employeeNames = await employees.findEmployeeNames(
        actor.employerId,
        selection.employeeIds,
        today(),
      );
      return {
        mode: membership.scopeMode === 'explicit' ? 'explicit' : 'inherited',
        wholeEmployer: membership.scopeWholeEmployer,
        departmentIds: selection.departmentIds,
        employees: employeeNames,
      };
    },

    /**
     * Replaces a member's dossier scope. Every department and employee must be the employer's
     * (a field error otherwise). Inherited or whole-employer scopes keep no selection.
     */
    async replaceScope(
      actor: EmployerActor,
      targetId: string,
      request: UserScopeRequest,
    ): Promise<UserScopeResponse> {
      await memberOf(actor, targetId);
      const selecting = request.mode === 'explicit' && !request.wholeEmployer;
      const departmentIds = selecting ? [...new Set(request.departmentIds)] : [];
      const employeeIds = selecting ? [...new Set(request.employeeIds)] : [];
      const known = new Set(
        await organisation.departmentsWithDescendants(actor.employerId, departmentIds),
      );
      if (departmentIds.some((id) => !known.has(id))) throw usersErrors.unknownDepartment();
      const found = await employees.findEmployeeNames(actor.employerId, employeeIds, today());
      if (found.length !== employeeIds.length) throw usersErrors.unknownEmployee();
      const scope = {
        mode: request.mode,
        wholeEmployer: request.mode === 'explicit' && request.wholeEmployer,
        departmentIds,
        employeeIds,
      };
      await inTenant(db, actor.employerId, (tx) =>
        createUsersTenantRepository(tx).replaceScope(actor.employerId, targetId, scope),
      );
      await recordChange(actor, 'users.scope_changed', targetId, scope);
      return {
        mode: scope.mode,
        wholeEmployer: scope.wholeEmployer,
        departmentIds,
        employees: found,
      };
    },

    /**
     * The employees of one department of the actor's employer for the scope tree, as far as the
     * actor's own scope reaches. Another employer's department answers 404.
     */
    async listScopeTreeEmployees(
      actor: EmployerActor,
      departmentId: string,
    ): Promise<ScopeEmployee[]> {
      const known = await organisation.departmentsWithDescendants(actor.employerId, [departmentId]);
      if (!known.includes(departmentId)) throw errors.notFound();
      return employees.listDepartmentEmployeeNames(
        actor.employerId,
        departmentId,
        actor.scope,
        today(),
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

    /** Gebruikersbeheer: the accounts of the actor's employer, by last name; the read is audited. */
    async listEmployerUsers(actor: EmployerActor, factors: FactorLookup): Promise<UserSummary[]> {
      const rows = await repository.listByEmployer(actor.employerId);
      await audit?.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'users.listed',
        subjectType: 'employer',
        subjectId: actor.employerId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { count: rows.length },
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
      sessions: ActiveEmployerSetter,
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

function genderOf(gender: string | null): UserGender | null {
  const parsed = userGenderSchema.safeParse(gender);
  return parsed.success ? parsed.data : null;
}

export function localeOf(user: Pick<User, 'locale'>): Locale {
  const parsed = localeSchema.safeParse(user.locale);
  return parsed.success ? parsed.data : 'nl';
}

export type UsersUseCases = ReturnType<typeof createUsersUseCases>;
