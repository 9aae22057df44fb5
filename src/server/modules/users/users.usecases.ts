import type { CurrentUser } from '../../../contracts/auth.js';
import { type Locale, localeSchema } from '../../../contracts/common.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { createUsersRepository, type User } from './users.repository.js';

export type { User };

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

  return {
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

    /**
     * The user as the web sees them, acting for `activeEmployerId` (or their first employer).
     * Returns undefined when the user no longer exists.
     */
    async describeCurrentUser(
      userId: string,
      activeEmployerId: string | null,
    ): Promise<CurrentUser | undefined> {
      const user = await repository.findById(userId);
      if (!user) return undefined;
      const memberships = await repository.listMemberships(userId);
      const membership =
        memberships.find((entry) => entry.employerId === activeEmployerId) ?? memberships[0];
      const employer = membership
        ? await organisation.getEmployer(membership.employerId)
        : undefined;
      return {
        id: user.id,
        loginName: user.loginName,
        displayName: `${user.firstName} ${user.lastName}`,
        locale: localeOf(user),
        employer: employer ? { id: employer.id, name: employer.name } : null,
        role: membership?.role ?? user.operatorRole ?? 'none',
      };
    },

    setLocale: (userId: string, locale: Locale) =>
      repository.updateLocale(userId, locale, clock.now()),
  };
}

export function localeOf(user: User): Locale {
  const parsed = localeSchema.safeParse(user.locale);
  return parsed.success ? parsed.data : 'nl';
}

export type UsersUseCases = ReturnType<typeof createUsersUseCases>;
