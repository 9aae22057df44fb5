import type { CurrentUser } from '../../../contracts/auth.js';
import { type Locale, localeSchema } from '../../../contracts/common.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import type { Clock } from '../../platform/clock.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { createUsersRepository, type User } from './users.repository.js';

export type { User };

export function createUsersUseCases({
  db,
  clock,
  organisation,
}: {
  db: Db;
  clock: Clock;
  organisation: OrganisationUseCases;
}) {
  const repository = createUsersRepository(db);
  return {
    findByLoginName: (loginName: string) => repository.findByLoginName(loginName),
    findById: (userId: string) => repository.findById(userId),
    setPasswordHash: (userId: string, passwordHash: string) =>
      repository.updatePasswordHash(userId, passwordHash, clock.now()),

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
