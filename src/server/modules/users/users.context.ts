import type { AuditAction } from '../../../contracts/audit.js';
import type { ScopeEmployee, UserDetail, UserStatus } from '../../../contracts/users.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { type AuditEvent, type AuditWriter, auditBy } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { usersErrors } from './users.errors.js';
import { genderOf, leavesNoUserManager, userStatusOf } from './users.models.js';
import type { Actor, DossierScope, EmployerActor } from './users.policies.js';
import {
  createUsersRepository,
  type EmployerUserDetailRow,
  type EmployerUserRow,
  type User,
  type UsersRepository,
} from './users.repository.js';

/** Operators choose from every employer: the header list shows this many, narrowed by search. */
export const operatorChoiceLimit = 50;

/**
 * What user management needs from the auth module, which is made after this one (it depends
 * on it): the first-login mail, the reset-link mail and ending sessions.
 */
export type AccountActions = {
  invite(userId: string, meta: { ip: string; requestId: string }): Promise<void>;
  /**
   * The first-login link of an account made in the caller's transaction, issued in it; `send`
   * mails it and is called after the commit.
   */
  issueInvitationIn(
    within: Db,
    user: User,
  ): Promise<{ send(meta: { ip: string; requestId: string }): Promise<void> }>;
  sendPasswordReset(loginName: string, meta: { ip: string; requestId: string }): void;
  /** With `within`, in the caller's transaction. */
  endAllSessions(userId: string, reason: string, within?: Db): Promise<number>;
};

/**
 * From the employees module, which is above this one (modules.ts wires it): the names of employees
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
  /** With `within`, in the caller's transaction. */
  setActiveEmployer(sessionId: string, employerId: string, within?: Db): Promise<void>;
};

/** What the users operations are made from (modules.ts wires the other modules in). */
export type UsersDependencies = {
  db: Db;
  clock: Clock;
  organisation: OrganisationUseCases;
  employees: EmployeeNames;
  accounts: AccountActions;
  audit?: AuditWriter;
  mailer?: Mailer;
  publicUrl?: string;
  /**
   * Who has a second factor (the factors module, late-bound): an account given one directly is
   * set up, not invited. Absent, an account that never completed its first login is invited.
   */
  secondFactors?: FactorLookup;
};

/**
 * What the users operations share: the repository, the audit of account changes, and the one
 * check of every action on an account (the target is in the actor's employer context).
 */
export function createUsersContext({
  db,
  clock,
  organisation,
  employees,
  accounts,
  audit,
  mailer,
  publicUrl,
  secondFactors,
}: UsersDependencies) {
  const repository = createUsersRepository(db);

  const today = () => amsterdamDateOf(clock.now());

  /**
   * One use case, one transaction: the account tables through a repository over `tx`, and the
   * audit entry written with `tx`, so it commits with the change it records.
   */
  const inTransaction = <T>(work: (repository: UsersRepository, tx: Db) => Promise<T>) =>
    db.transaction((tx) => work(createUsersRepository(tx), tx));

  /** An event about an employer (switching to it, linking to it), for the audit log. */
  const recordActorEvent = (
    actor: Pick<Actor, 'userId' | 'ip' | 'requestId'>,
    employerId: string,
    event: AuditEvent,
    within?: Db,
  ): Promise<void> =>
    audit ? auditBy(audit, { ...actor, employerId }).record(event, within) : Promise.resolve();

  /** A change to an account in Gebruikersbeheer, for the audit log. */
  function recordChange(
    actor: Actor,
    action: AuditAction,
    targetId: string,
    details?: Record<string, unknown>,
    within?: Db,
  ): Promise<void> {
    return audit
      ? auditBy(audit, actor).record(
          { action, subjectType: 'user', subjectId: targetId, ...(details ? { details } : {}) },
          within,
        )
      : Promise.resolve();
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
  async function accountInContext(
    actor: Actor,
    targetId: string,
    refusal: AuditAction,
  ): Promise<User> {
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

  return {
    db,
    clock,
    organisation,
    employees,
    accounts,
    secondFactors,
    audit,
    mailer,
    publicUrl,
    repository,
    today,
    inTransaction,
    recordActorEvent,
    recordChange,
    memberInContext,
    memberOf,
    accountInContext,
    statusOf,
    detailOf,
    keepAUserManager,
    checkLoginNameFree,
  };
}

export type UsersContext = ReturnType<typeof createUsersContext>;
