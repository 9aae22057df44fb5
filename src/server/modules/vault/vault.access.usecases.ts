import { auditBy } from '../../platform/audit/audit.js';
import { isUniqueViolation } from '../../db/connection.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { EmployerActor } from '../users/users.policies.js';
import { vaultErrors } from './vault.errors.js';
import type { VaultLevel } from './vault.repository.js';
import type {
  AccessLevel,
  AccessRequestEntry,
  AuthorisationEntry,
  VaultContext,
} from './vault.context.js';

/** Who may open the vault: the authorisation list, requests for access and their decisions. */
export function createAccess(context: VaultContext) {
  const { clock, audit, mailer, publicUrl, users, forEmployer, levelOf, requireAdmin } = context;
  return {
    /** Autorisatie: every user of the employer with their vault level (admins only). */
    async listAuthorisation(actor: EmployerActor): Promise<AuthorisationEntry[]> {
      await requireAdmin(actor);
      const [members, levels] = await Promise.all([
        users.employerMembers(actor.employerId),
        forEmployer(actor.employerId, (repository) => repository.listMembers(actor.employerId)),
      ]);
      const levelByUser = new Map(levels.map((row) => [row.userId, row.level as VaultLevel]));
      return members.map((member) => ({
        userId: member.id,
        displayName: member.displayName,
        email: member.email,
        role: member.role,
        level: levelByUser.get(member.id) ?? 'none',
      }));
    },
    /**
     * Sets a user's vault level (admins only). There is no limit on admins, but never none: the
     * last admin cannot be withdrawn (not even by themselves). Vault access changes no other right.
     */
    async setAccess(actor: EmployerActor, userId: string, level: AccessLevel): Promise<void> {
      await requireAdmin(actor);
      const members = await users.employerMembers(actor.employerId);
      if (!members.some((member) => member.id === userId)) throw errors.notFound();
      const now = clock.now();
      await forEmployer(actor.employerId, async (repository, tx) => {
        const admins = await repository.countAdminsForUpdate(actor.employerId);
        const current = await repository.findMember(actor.employerId, userId);
        const from: AccessLevel = current ? (current.level as VaultLevel) : 'none';
        if (from === 'admin' && level !== 'admin' && admins <= 1) throw vaultErrors.lastAdmin();
        if (level === 'none') await repository.removeMember(actor.employerId, userId);
        else await repository.setMember(actor.employerId, userId, level, actor.userId, now);
        await auditBy(audit, actor).record(
          {
            action: 'vault.access_changed',
            subjectType: 'user',
            subjectId: userId,
            details: { from, to: level },
          },
          tx,
        );
      });
    },
    /** Beheeracties: a user without access asks for it; a vault admin decides. */
    async requestAccess(actor: EmployerActor): Promise<void> {
      if (actor.isOperator) throw vaultErrors.vaultAccessRequired();
      await forEmployer(actor.employerId, async (repository, tx) => {
        if ((await levelOf(repository, actor)) !== 'none') throw vaultErrors.alreadyHasAccess();
        if (await repository.findPendingRequest(actor.employerId, actor.userId)) {
          throw vaultErrors.requestExists();
        }
        try {
          await repository.insertRequest(actor.employerId, actor.userId, clock.now());
        } catch (error) {
          // Two requests at once both found none pending; the unique index let one through.
          if (isUniqueViolation(error)) throw vaultErrors.requestExists();
          throw error;
        }
        await auditBy(audit, actor).record(
          { action: 'vault.access_requested', subjectType: 'user', subjectId: actor.userId },
          tx,
        );
      });
    },
    async listRequests(actor: EmployerActor): Promise<AccessRequestEntry[]> {
      await requireAdmin(actor);
      const [members, rows] = await Promise.all([
        users.employerMembers(actor.employerId),
        forEmployer(actor.employerId, (repository) =>
          repository.listRequests(actor.employerId, 200),
        ),
      ]);
      const names = new Map(members.map((member) => [member.id, member.displayName]));
      return rows.map((row) => ({
        id: row.id,
        userId: row.userId,
        displayName: names.get(row.userId) ?? '',
        requestedAt: row.requestedAt.toISOString(),
        status: row.status as AccessRequestEntry['status'],
        decidedAt: row.decidedAt?.toISOString() ?? null,
      }));
    },
    /** Approves (access granted) or refuses a pending request; the requester is mailed either way. */
    async decideRequest(
      actor: EmployerActor,
      requestId: string,
      decision: 'approved' | 'refused',
    ): Promise<void> {
      await requireAdmin(actor);
      const now = clock.now();
      const decided = await forEmployer(actor.employerId, async (repository, tx) => {
        const row = await repository.decideRequest(
          actor.employerId,
          requestId,
          decision,
          actor.userId,
          now,
        );
        if (!row) return undefined;
        if (decision === 'approved') {
          const member = await repository.findMember(actor.employerId, row.userId);
          if (!member) {
            await repository.setMember(actor.employerId, row.userId, 'access', actor.userId, now);
          }
        }
        await auditBy(audit, actor).record(
          {
            action: decision === 'approved' ? 'vault.request_approved' : 'vault.request_refused',
            subjectType: 'user',
            subjectId: row.userId,
          },
          tx,
        );
        return row;
      });
      if (!decided) throw errors.notFound();
      const requester = (await users.employerMembers(actor.employerId)).find(
        (member) => member.id === decided.userId,
      );
      if (requester) {
        const t = translator(requester.locale === 'en' ? 'en' : 'nl');
        const params = { name: requester.displayName, url: `${publicUrl}/` };
        await mailer.send({
          to: requester.email,
          subject:
            decision === 'approved'
              ? t('vault.mail.approved.subject')
              : t('vault.mail.refused.subject'),
          text:
            decision === 'approved'
              ? t('vault.mail.approved.body', params)
              : t('vault.mail.refused.body', params),
        });
      }
    },
  };
}
