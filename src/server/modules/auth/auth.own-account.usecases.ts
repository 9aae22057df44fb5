import { hashPassword } from '../../platform/crypto/passwords.js';
import { errors } from '../../platform/errors.js';
import type { RequestMeta, RequestSession } from '../../platform/session/session.js';
import { authErrors } from './auth.errors.js';
import { hashSessionToken } from './auth.models.js';
import type { AuthContext } from './auth.context.js';

/** The user's own password and e-mail address (Instellingen > Beveiliging). */
export function createOwnAccount(context: AuthContext) {
  const {
    clock,
    users,
    repository,
    inTransaction,
    recordAuthEvent,
    countFailure,
    sendMail,
    issueLink,
    checkPassword,
    verifiedPassword,
  } = context;
  return {
    /** Instellingen > Beveiliging: a new password; the user's other sessions end. */
    async changePassword(
      session: RequestSession,
      currentPassword: string,
      newPassword: string,
      meta: RequestMeta,
    ): Promise<void> {
      const user = await users.findById(session.userId);
      if (!user) throw errors.unauthenticated();
      if (!(await verifiedPassword(user, currentPassword))) {
        await countFailure(user, meta, 'password');
        throw errors.validation([{ path: 'currentPassword', code: 'current_password_wrong' }]);
      }
      await checkPassword(newPassword, user);
      // Hashed before the transaction: argon2 must not hold a connection.
      const passwordHash = await hashPassword(newPassword);
      await inTransaction(async (repository, tx) => {
        await users.replacePassword(user.id, passwordHash, tx);
        const ended = await repository.endUserSessions(
          user.id,
          clock.now(),
          'password_changed',
          session.id,
        );
        await recordAuthEvent(
          'auth.password_changed',
          user.id,
          meta,
          { otherSessionsEnded: ended },
          tx,
        );
      });
      await sendMail(
        user,
        ['auth.mail.passwordChanged.subject', 'auth.mail.passwordChanged.body'],
        {},
      );
    },
    /** Starts an e-mail change: a confirmation link to the new address, a notice to the old one. */
    async requestEmailChange(
      session: RequestSession,
      email: string,
      meta: RequestMeta,
    ): Promise<void> {
      const user = await users.findById(session.userId);
      if (!user) throw errors.unauthenticated();
      const url = await issueLink(user.id, 'confirm_email', { email });
      await sendMail(
        user,
        ['auth.mail.confirmEmail.subject', 'auth.mail.confirmEmail.body'],
        { url, email },
        email,
      );
      await sendMail(
        user,
        ['auth.mail.emailChangeRequested.subject', 'auth.mail.emailChangeRequested.body'],
        { email },
      );
      await recordAuthEvent('auth.email_change_requested', user.id, meta);
    },
    /** The confirmation link of an e-mail change: the new address takes effect. */
    async confirmEmail(token: string, meta: RequestMeta): Promise<void> {
      const claimed = await repository.claimEmailToken(
        hashSessionToken(token),
        ['confirm_email'],
        clock.now(),
      );
      const email = claimed?.data?.['email'];
      if (!claimed || typeof email !== 'string') throw authErrors.invalidLink();
      const user = await users.findById(claimed.userId);
      if (!user) throw authErrors.invalidLink();
      await users.updateEmail(user.id, email);
      await recordAuthEvent('auth.email_changed', user.id, meta);
    },
  };
}
