import type { EmployerMember, MyEmployers } from '../../../contracts/linked-accounts.js';
import type { EmployerRole } from '../../../contracts/permissions.js';
import { inTenant, trustEmployerId } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { usersErrors } from './users.errors.js';
import { type Actor, parseRole } from './users.policies.js';
import { createUsersTenantRepository } from './users.repository.js';
import {
  type ActiveEmployerSetter,
  operatorChoiceLimit,
  type UsersContext,
} from './users.context.js';

/** Linked accounts: the header's employer switch, and linking logins to employers (operator admin). */
export function createLinkedAccounts(context: UsersContext) {
  const { db, organisation, repository, inTransaction, recordActorEvent } = context;
  return {
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
      await db.transaction(async (tx) => {
        await sessions.setActiveEmployer(actor.sessionId, employerId, tx);
        await recordActorEvent(
          actor,
          employerId,
          { action: 'users.employer_switched', subjectType: 'employer', subjectId: employerId },
          tx,
        );
      });
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
      await inTransaction(async (repository, tx) => {
        await repository.insertMembership({ userId: target.id, employerId, role: values.role });
        await recordActorEvent(
          actor,
          employerId,
          {
            action: 'users.account_linked',
            subjectType: 'user',
            subjectId: target.id,
            details: { role: values.role },
          },
          tx,
        );
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
      await inTransaction(async (repository, tx) => {
        await repository.deleteMembership(userId, employerId);
        await recordActorEvent(
          actor,
          employerId,
          {
            action: 'users.account_unlinked',
            subjectType: 'user',
            subjectId: userId,
            details: { role: membership.role },
          },
          tx,
        );
      });
    },
  };
}
