import type { OnboardEmployer, OnboardEmployerResponse } from '../../../contracts/onboarding.js';
import { isUniqueViolation } from '../../db/connection.js';
import { trustEmployerId } from '../../db/tenancy.js';
import { usersErrors } from './users.errors.js';
import type { Actor } from './users.policies.js';
import type { UsersContext } from './users.context.js';

/**
 * "Werkgever aansluiten" (issue 14, the operator admin): the employer with its settings, its
 * first departments and its first super user in one transaction; the super user's invitation
 * link is issued in it and mailed after the commit. The datakluis agreement stays pending: the
 * super user signs it at the first login (vault). Users sits above organisation, so this use
 * case calls the organisation's `…In(tx)` use cases.
 */
export function createOnboarding(context: UsersContext) {
  const { organisation, accounts, repository, inTransaction, recordChange } = context;
  const loginNameTaken = () => usersErrors.loginNameTaken('superUser.loginName');
  return {
    /** `mailFailed` hears of an invitation the mail server refused (the answer says so too). */
    async onboardEmployer(
      actor: Actor,
      request: OnboardEmployer,
      mailFailed: (error: unknown) => void,
    ): Promise<OnboardEmployerResponse> {
      const { superUser } = request;
      if (await repository.findByLoginName(superUser.loginName)) throw loginNameTaken();
      let created;
      try {
        created = await inTransaction(async (repository, tx) => {
          const employer = await organisation.onboardEmployerIn(tx, actor, request.employer);
          const employerId = trustEmployerId(employer.id);
          const user = await repository.insertUserWithMembership(
            {
              loginName: superUser.loginName,
              email: superUser.email,
              firstName: superUser.firstName,
              lastName: superUser.lastName,
              gender: superUser.gender,
              locale: superUser.locale,
              validFrom: null,
              validUntil: null,
              passwordHash: null,
            },
            { employerId, role: superUser.role, scopeMode: 'inherited' },
          );
          await recordChange(
            { ...actor, employerId },
            'users.created',
            user.id,
            { role: superUser.role, scopeMode: 'inherited', onboarding: true },
            tx,
          );
          const invitation = await accounts.issueInvitationIn(tx, user);
          // Last: from here the transaction runs as the new employer's tenant.
          const departments = await organisation.addFirstDepartmentsIn(
            tx,
            { ...actor, employerId },
            request.departments,
          );
          return { employer, user, invitation, departments };
        });
      } catch (error) {
        // Someone took the login name between the check and the insert.
        if (isUniqueViolation(error)) throw loginNameTaken();
        throw error;
      }
      const { employer, user, invitation, departments } = created;
      let invitationSent = true;
      try {
        await invitation.send({ ip: actor.ip, requestId: actor.requestId });
      } catch (error) {
        // The employer stands; Gebruikersbeheer sends the invitation again.
        mailFailed(error);
        invitationSent = false;
      }
      return {
        employer,
        departments: departments.map(({ id, name, parentId }) => ({ id, name, parentId })),
        superUser: { id: user.id, loginName: user.loginName, email: user.email },
        invitationSent,
      };
    },
  };
}
