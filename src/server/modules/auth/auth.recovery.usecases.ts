import type { Db } from '../../db/connection.js';
import { hashPassword } from '../../platform/crypto/passwords.js';
import { errors } from '../../platform/errors.js';
import type { RequestMeta } from '../../platform/session/session.js';
import { authErrors } from './auth.errors.js';
import { type EmailTokenPurpose, hashSessionToken, resetRequestLimit } from './auth.models.js';
import type { AuthContext } from './auth.context.js';
import type { User } from '../users/users.usecases.js';

/** E-mailed links: forgotten login names and passwords, the invitation of a new account, setting a password with a link. */
export function createRecovery(context: AuthContext) {
  const {
    clock,
    factors,
    users,
    audit,
    repository,
    inTransaction,
    inBackground,
    recordAuthEvent,
    startSession,
    sendMail,
    issueLink,
    checkPassword,
  } = context;

  /** The first-login mail (login name and the set-password link, 72 hours), audited. */
  async function sendInvitation(user: User, url: string, meta?: Partial<RequestMeta>) {
    await sendMail(user, ['auth.mail.invite.subject', 'auth.mail.invite.body'], { url, hours: 72 });
    await audit.record({
      userId: user.id,
      action: 'auth.invite_sent',
      ip: meta?.ip,
      requestId: meta?.requestId,
    });
  }

  return {
    /**
     * "Loginnaam opvragen": mails the login names of the accounts with this address. The answer
     * is the same whether or not there are any; the lookup and mail happen after it.
     */
    requestLoginNames(email: string, meta: RequestMeta): void {
      inBackground(async () => {
        const accounts = (await users.findByEmail(email)).filter(
          (user) => user.deactivatedAt === null,
        );
        const first = accounts[0];
        if (!first) return;
        await sendMail(first, ['auth.mail.loginNames.subject', 'auth.mail.loginNames.body'], {
          loginNames: accounts.map((account) => account.loginName).join('\n'),
        });
        await recordAuthEvent('auth.login_names_sent', first.id, meta, {
          accounts: accounts.length,
        });
      }, 'login name reminder');
    },
    /**
     * "Wachtwoord aanvragen": mails a reset link (1 hour, single use; a new one voids older ones).
     * At most 5 per 10 minutes per account; more requests send nothing. Same answer either way.
     */
    requestPasswordReset(loginName: string, meta: RequestMeta): void {
      inBackground(async () => {
        const user = await users.findByLoginName(loginName);
        if (!user || user.deactivatedAt !== null) return;
        const since = new Date(clock.now().getTime() - resetRequestLimit.windowMinutes * 60_000);
        const recent = await repository.countEmailTokensSince(user.id, 'reset_password', since);
        if (recent >= resetRequestLimit.count) {
          await recordAuthEvent('auth.password_reset_throttled', user.id, meta);
          return;
        }
        const url = await issueLink(user.id, 'reset_password');
        await sendMail(user, ['auth.mail.resetPassword.subject', 'auth.mail.resetPassword.body'], {
          url,
          minutes: 60,
        });
        await recordAuthEvent('auth.password_reset_requested', user.id, meta);
      }, 'password reset');
    },
    /**
     * For user management: mails a new account its login name and a set-password link (72 hours,
     * single use). Opening it leads to the first-login setup.
     */
    async inviteUser(userId: string, meta?: Partial<RequestMeta>): Promise<void> {
      const user = await users.findById(userId);
      if (!user) throw errors.notFound();
      await sendInvitation(user, await issueLink(user.id, 'set_password'), meta);
    },
    /**
     * The invitation of an account made in the caller's transaction ("Werkgever aansluiten"):
     * the link is issued in it; `send` mails it, to be called after the commit.
     */
    async issueInvitationIn(
      within: Db,
      user: User,
    ): Promise<{ send(meta?: Partial<RequestMeta>): Promise<void> }> {
      const url = await issueLink(user.id, 'set_password', undefined, within);
      return { send: (meta) => sendInvitation(user, url, meta) };
    },
    /** Whether a link from an e-mail can still be used, and for what (the page checks before the form). */
    async checkLink(token: string): Promise<EmailTokenPurpose | undefined> {
      const found = await repository.findUsableEmailToken(hashSessionToken(token), clock.now());
      return found?.purpose as EmailTokenPurpose | undefined;
    },
    /**
     * Sets a new password from a reset or set-password link. The link is used up, the account is
     * unblocked, and every session of the user ends. A reset does not log in: the next login
     * still asks for the second factor. A first-login link starts a setup session instead.
     */
    async setPasswordWithLink(
      token: string,
      password: string,
      purpose: 'reset_password' | 'set_password',
      meta: RequestMeta,
    ): Promise<{ setupToken?: string }> {
      const tokenHash = hashSessionToken(token);
      const usable = await repository.findUsableEmailToken(tokenHash, clock.now());
      const user = usable?.purpose === purpose ? await users.findById(usable.userId) : undefined;
      if (!usable || !user || user.deactivatedAt !== null) throw authErrors.invalidLink();
      await checkPassword(password, user);
      // Hashed before the transaction: argon2 must not hold a connection.
      const passwordHash = await hashPassword(password);
      await inTransaction(async (repository, tx) => {
        const claimed = await repository.claimEmailToken(tokenHash, [purpose], clock.now());
        if (!claimed) throw authErrors.invalidLink();
        await users.replacePassword(user.id, passwordHash, tx);
        await repository.endUserSessions(user.id, clock.now(), 'password_reset');
        await repository.voidEmailTokens(user.id, 'reset_password', clock.now());
        await recordAuthEvent(
          purpose === 'reset_password' ? 'auth.password_reset' : 'auth.password_set',
          user.id,
          meta,
          { unblocked: user.blockedAt !== null },
          tx,
        );
      });
      if (purpose === 'reset_password') {
        await sendMail(
          user,
          ['auth.mail.passwordChanged.subject', 'auth.mail.passwordChanged.body'],
          {},
        );
        return {};
      }
      const kinds = await factors.listKinds(user.id);
      if (kinds.length > 0 && user.setupCompletedAt !== null) return {};
      const { token: setupToken } = await startSession(user.id, 'setup_required', meta);
      return { setupToken };
    },
  };
}
