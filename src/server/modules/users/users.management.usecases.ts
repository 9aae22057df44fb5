import type {
  CreateUserRequest,
  UpdateUserRequest,
  UserDetail,
  UserSummary,
} from '../../../contracts/users.js';
import { isUniqueViolation } from '../../db/connection.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import { usersErrors } from './users.errors.js';
import { localeOf, userStatusOf, validityProblem } from './users.models.js';
import type { Actor, EmployerActor } from './users.policies.js';
import type { User } from './users.repository.js';
import type { FactorLookup, UsersContext } from './users.context.js';

/** Gebruikersbeheer: listing, adding and editing accounts, reset links, deactivating, unblocking and ending sessions. */
export function createManagement(context: UsersContext) {
  const {
    clock,
    accounts,
    audit,
    mailer,
    publicUrl,
    recordChange,
    memberOf,
    accountInContext,
    detailOf,
    keepAUserManager,
    checkLoginNameFree,
    db,
    inTransaction,
  } = context;
  return {
    /** Gebruikersbeheer: the accounts of the actor's employer, by last name; the read is audited. */
    async listEmployerUsers(actor: EmployerActor, factors: FactorLookup): Promise<UserSummary[]> {
      const rows = await inTransaction(async (repository, tx) => {
        const found = await repository.listByEmployer(actor.employerId);
        await audit?.record(
          {
            employerId: actor.employerId,
            userId: actor.userId,
            action: 'users.listed',
            subjectType: 'employer',
            subjectId: actor.employerId,
            ip: actor.ip,
            requestId: actor.requestId,
            details: { count: found.length },
          },
          tx,
        );
        return found;
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
        user = await inTransaction(async (repository, tx) => {
          const inserted = await repository.insertUserWithMembership(
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
          await recordChange(
            actor,
            'users.created',
            inserted.id,
            {
              role: values.role,
              scopeMode: values.inheritScope ? 'inherited' : 'explicit',
              validFrom,
              validUntil,
            },
            tx,
          );
          return inserted;
        });
      } catch (error) {
        // Someone took the name between the check and the insert.
        if (isUniqueViolation(error)) throw usersErrors.loginNameTaken();
        throw error;
      }
      await accounts.invite(user.id, { ip: actor.ip, requestId: actor.requestId });
      return detailOf(actor, user.id, factors);
    },
    /** One account of the actor's employer (404 for any other id). */
    getUser: detailOf,
    /**
     * Edits an account: names, e-mail, gender, login name, role ("Gebruikersrol beheren") and
     * validity period. A change that would leave no usable user manager is refused. A new
     * address of an account still invited gets a new invitation.
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
        await inTransaction(async (repository, tx) => {
          await repository.updateUser(targetId, accountValues, clock.now());
          if (role !== undefined && role !== member.role) {
            await repository.updateRole(targetId, actor.employerId, role);
          }
          await recordChange(
            actor,
            'users.updated',
            targetId,
            {
              changed,
              ...(changed.includes('role') ? { roleBefore: member.role, roleAfter: role } : {}),
            },
            tx,
          );
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw usersErrors.loginNameTaken();
        throw error;
      }
      const detail = await detailOf(actor, targetId, factors);
      // The invitation went to the old address: send a new one to the new address (issuing it
      // voids the old link), as long as the first login has not been completed.
      if (changed.includes('email') && detail.status === 'invited') {
        await accounts.invite(targetId, { ip: actor.ip, requestId: actor.requestId });
      }
      return detail;
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
      await inTransaction(async (repository, tx) => {
        const changed = await repository.setDeactivatedAt(member.id, now, now);
        const sessionsEnded = await accounts.endAllSessions(targetId, 'deactivated', tx);
        await recordChange(actor, 'users.deactivated', targetId, { changed, sessionsEnded }, tx);
      });
    },
    /**
     * Undoes "meteen deactiveren". The user logs in again with password and second factor:
     * sessions stay ended and nothing else (validity, block, scope) is changed.
     */
    async reactivate(actor: EmployerActor, targetId: string): Promise<void> {
      const member = await memberOf(actor, targetId);
      await inTransaction(async (repository, tx) => {
        const changed = await repository.setDeactivatedAt(member.id, null, clock.now());
        const sessionsEnded = await accounts.endAllSessions(targetId, 'reactivated', tx);
        await recordChange(actor, 'users.reactivated', targetId, { changed, sessionsEnded }, tx);
      });
    },
    /**
     * Lifts the block of an account after repeated failures: an operator admin or a super user,
     * for the accounts of the employer they act for (an operator admin also for operator
     * accounts); any other account answers 404, as if it did not exist, and the refusal is
     * audited. The user is told by e-mail, in their own language.
     */
    async unblock(actor: Actor, targetId: string): Promise<void> {
      const target = await accountInContext(actor, targetId, 'users.unblock_refused');
      const wasBlocked = await inTransaction(async (repository, tx) => {
        const unblocked = await repository.unblock(targetId, clock.now());
        await recordChange(actor, 'users.unblocked', targetId, { wasBlocked: unblocked }, tx);
        return unblocked;
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
      await db.transaction(async (tx) => {
        const ended = await accounts.endAllSessions(targetId, 'ended_by_operator', tx);
        await recordChange(actor, 'users.sessions_ended', targetId, { ended }, tx);
      });
    },
  };
}
