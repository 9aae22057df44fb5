import { readFileSync } from 'node:fs';
import type { SecondFactorProof } from '../../../contracts/auth.js';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import {
  dummyPasswordHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../platform/crypto/passwords.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import {
  type RequestMeta,
  type RequestSession,
  type ResolvedSession,
  sessionErrors,
} from '../../platform/session/session.js';
import type { FactorsUseCases } from '../factors/factors.usecases.js';
import { actorOf } from '../users/users.policies.js';
import { localeOf, type User, type UsersUseCases } from '../users/users.usecases.js';
import { authErrors } from './auth.errors.js';
import {
  accountRefusal,
  type EmailTokenPurpose,
  emailTokenLifetimes,
  hashSessionToken,
  maxFailuresInARow,
  newEmailToken,
  newSessionToken,
  passwordProblem,
  pendingLoginExpiry,
  resetRequestLimit,
  type SessionTimeouts,
  sessionExpiry,
} from './auth.models.js';
import { createAuthRepository, type Session } from './auth.repository.js';

/** The most common passwords, lower-cased (see docs/security.md for where the list comes from). */
let commonPasswords: ReadonlySet<string> | undefined;
export function loadCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(
      new URL('../../../../src/server/modules/auth/common-passwords.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ''),
  );
  return commonPasswords;
}

/** Links in e-mails: always built from PUBLIC_URL, never from the request's Host header. */
export const linkPaths = {
  reset_password: '/wachtwoord-herstellen',
  set_password: '/account-instellen',
  confirm_email: '/e-mail-bevestigen',
} as const satisfies Record<EmailTokenPurpose, string>;

export function createAuthUseCases({
  db,
  clock,
  factors,
  users,
  audit,
  timeouts,
  mailer,
  publicUrl,
  // Background mail work has no request to log on; a failure must not vanish silently.
  logError = (error, what) =>
    void process.stderr.write(
      `${JSON.stringify({ level: 50, msg: `${what} failed`, err: String(error) })}\n`,
    ),
}: {
  db: Db;
  clock: Clock;
  factors: FactorsUseCases;
  users: UsersUseCases;
  audit: AuditWriter;
  timeouts: SessionTimeouts;
  mailer: Mailer;
  publicUrl: string;
  logError?: (error: unknown, message: string) => void;
}) {
  const repository = createAuthRepository(db);

  /**
   * Account-dependent work of the recovery endpoints runs after the answer is sent, so neither the
   * answer nor its timing can tell whether an account exists. Tests wait for it with `settled()`.
   */
  const background = new Set<Promise<void>>();
  function inBackground(work: () => Promise<void>, what: string): void {
    // Started on a later turn of the event loop: an in-process database (PGlite) would otherwise
    // run the lookup before the answer leaves.
    const task = new Promise((resolve) => setTimeout(resolve, 0))
      .then(work)
      .catch((error: unknown) => logError(error, what))
      .finally(() => background.delete(task));
    background.add(task);
  }

  /** Every auth event goes to the audit log with who, what, from where and in which request. */
  function recordAuthEvent(
    action: string,
    userId: string | null,
    meta: RequestMeta,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return audit.record({
      userId,
      action,
      ip: meta.ip,
      requestId: meta.requestId,
      ...(details ? { details } : {}),
    });
  }

  /** Writing on every request is wasted work; a 30-second granularity is plenty for a 15-minute limit. */
  async function slideExpiry(session: Session, now: Date): Promise<Session> {
    if (
      session.stage === 'password_verified' ||
      now.getTime() - session.lastSeenAt.getTime() <= 30_000
    )
      return session;
    const expiresAt = sessionExpiry(session.createdAt, now, timeouts);
    await repository.touchSession(session.id, now, expiresAt);
    return { ...session, lastSeenAt: now, expiresAt };
  }

  async function startSession(
    userId: string,
    stage: 'password_verified' | 'setup_required' | 'authenticated',
    meta: RequestMeta,
    activeEmployerId: string | null = null,
  ) {
    const now = clock.now();
    const token = newSessionToken();
    const session = await repository.insertSession({
      tokenHash: hashSessionToken(token),
      userId,
      stage,
      activeEmployerId,
      ip: meta.ip,
      userAgent: meta.userAgent ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt:
        stage === 'password_verified' ? pendingLoginExpiry(now) : sessionExpiry(now, now, timeouts),
      passwordAt: now,
      secondFactorAt: stage === 'authenticated' ? now : null,
    });
    return { token, session };
  }

  /**
   * One more failure in a row (password or second factor); the fifth blocks the account and
   * mails the user the block notice (the login itself answers as for any wrong password).
   */
  async function countFailure(user: User, meta: RequestMeta, factor: string) {
    const { count, blockedNow } = await users.recordFailure(user.id, maxFailuresInARow);
    if (blockedNow) {
      await repository.endUserSessions(user.id, clock.now(), 'blocked');
      await recordAuthEvent('auth.account_blocked', user.id, meta, {
        failuresInARow: count,
        lastFactor: factor,
      });
      await sendMail(user, ['auth.mail.blocked.subject', 'auth.mail.blocked.body'], {
        url: `${publicUrl}/inloggegevens-vergeten`,
      });
    }
  }

  /** A mail in the user's own language; `keys` are the catalogue keys of subject and body. */
  async function sendMail(
    user: User,
    keys: [subject: string, body: string],
    params: Record<string, unknown>,
    to?: string,
  ) {
    const t = translator(localeOf(user));
    await mailer.send({
      to: to ?? user.email,
      subject: t(keys[0]),
      text: t(keys[1], { name: user.firstName, loginName: user.loginName, ...params }),
    });
  }

  /** Makes a single-use link for the user; older unused links of the same purpose stop working. */
  async function issueLink(
    userId: string,
    purpose: EmailTokenPurpose,
    data?: Record<string, unknown>,
  ) {
    const now = clock.now();
    const token = newEmailToken();
    await repository.voidEmailTokens(userId, purpose, now);
    await repository.insertEmailToken({
      userId,
      purpose,
      tokenHash: hashSessionToken(token),
      data: data ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + emailTokenLifetimes[purpose]),
    });
    // The token travels in the fragment: browsers never send it to a server or in a Referer.
    return `${publicUrl}${linkPaths[purpose]}#token=${token}`;
  }

  async function checkPassword(password: string, user: Pick<User, 'id' | 'loginName'>) {
    const problem = passwordProblem(
      password,
      user.loginName,
      loadCommonPasswords(),
      await users.employerNamesOf(user.id),
    );
    if (problem) throw errors.validation([{ path: 'password', code: problem }]);
  }

  /**
   * The one password check: exactly one argon2 verification whatever the account, against the
   * dummy hash (same parameters) when there is no account or no password, so the time does not
   * tell whether a login name exists.
   */
  async function verifiedPassword(user: User | undefined, password: string): Promise<boolean> {
    if (!user?.passwordHash) {
      await verifyPassword(await dummyPasswordHash(), password);
      return false;
    }
    return verifyPassword(user.passwordHash, password);
  }

  /** The account's side of a refused password step; runs after the (uniform) answer. */
  async function recordLoginFailure(
    user: User | undefined,
    verified: boolean,
    refusal: ReturnType<typeof accountRefusal>,
    meta: RequestMeta,
  ): Promise<void> {
    if (verified && user && refusal) {
      await recordAuthEvent('auth.login_refused', user.id, meta, {
        reason: refusal,
        factor: 'password',
      });
      return;
    }
    const reason = !user ? 'unknown_login_name' : user.passwordHash ? 'password' : 'no_password';
    await recordAuthEvent('auth.login_failed', user?.id ?? null, meta, {
      reason,
      factor: 'password',
    });
    if (user?.passwordHash && user.blockedAt === null) await countFailure(user, meta, 'password');
  }

  return {
    /** Waits for the recovery e-mails still being prepared (tests, shutdown). */
    async settled(): Promise<void> {
      while (background.size > 0) await Promise.all([...background]);
    },

    /**
     * Step one: the password. Success gives a short-lived pending session waiting for the second
     * factor, or a setup session when the account has no second factor yet (first login).
     * Everything else gets the same answer after the same work (one lookup, one argon2
     * verification with the same parameters): a wrong password, an unknown login name, an
     * account without a password, and a blocked, deactivated or out-of-validity account even with
     * the right password, so neither the answer nor its time tells a password guess apart. What
     * the account needs (audit, failure count, block, the block notice) happens after the answer.
     */
    async loginWithPassword(loginName: string, password: string, meta: RequestMeta) {
      const user = await users.findByLoginName(loginName);
      const verified = await verifiedPassword(user, password);
      const refusal = user && verified ? accountRefusal(user, clock.now()) : undefined;
      if (!user?.passwordHash || !verified || refusal) {
        inBackground(() => recordLoginFailure(user, verified, refusal, meta), 'failed login');
        throw authErrors.invalidCredentials();
      }
      if (needsRehash(user.passwordHash))
        await users.setPasswordHash(user.id, await hashPassword(password));
      const factorKinds = await factors.listKinds(user.id);
      const setupRequired = factorKinds.length === 0;
      const { token } = await startSession(
        user.id,
        setupRequired ? 'setup_required' : 'password_verified',
        meta,
      );
      await recordAuthEvent('auth.password_verified', user.id, meta, {
        factor: 'password',
        setupRequired,
      });
      return { token, factors: factorKinds, setupRequired };
    },

    /** Step two: the second factor. Success ends the pending session and starts a new one (a new id). */
    async verifySecondFactor(pending: RequestSession, proof: SecondFactorProof, meta: RequestMeta) {
      const user = await users.findById(pending.userId);
      const refusal = user ? accountRefusal(user, clock.now()) : 'deactivated';
      if (!user || refusal) {
        await repository.endSession(pending.id, clock.now(), 'refused');
        throw refusal === 'blocked' ? authErrors.accountBlocked() : authErrors.invalidCredentials();
      }
      if (await factors.verify(pending.userId, pending.id, proof, 'login')) {
        await users.resetFailures(user.id);
        await repository.endSession(pending.id, clock.now(), 'second_factor');
        const started = await startSession(pending.userId, 'authenticated', meta);
        await recordAuthEvent('auth.login_succeeded', pending.userId, meta, { factor: proof.kind });
        return started;
      }
      await recordAuthEvent('auth.second_factor_failed', pending.userId, meta, {
        factor: proof.kind,
      });
      await countFailure(user, meta, proof.kind);
      const after = await users.findById(user.id);
      if (after?.blockedAt) throw authErrors.accountBlocked();
      throw authErrors.invalidCode();
    },

    /**
     * The live session of a cookie token with the actor and language of its user; an
     * authenticated one slides its idle expiry. A session of an account that may no longer log in
     * (deactivated, validity over, blocked) ends here.
     */
    async resolveSession(
      token: string,
      meta: { ip: string; requestId: string },
    ): Promise<ResolvedSession | undefined> {
      const now = clock.now();
      const found = await repository.findLiveSessionWithAccess(hashSessionToken(token), now);
      if (!found) return undefined;
      const refusal = accountRefusal(found.account, now);
      if (refusal) {
        await repository.endSession(found.session.id, now, refusal);
        return undefined;
      }
      const session = await slideExpiry(found.session, now);
      return {
        session,
        actor: actorOf(found.access, session, meta),
        locale: localeOf(found.access),
      };
    },

    async logout(session: RequestSession, meta: RequestMeta): Promise<void> {
      await repository.endSession(session.id, clock.now(), 'logout');
      await recordAuthEvent('auth.logout', session.userId, meta);
    },

    /** A login over an existing cookie: the old session ends (a planted cookie is never promoted). */
    async replaceSession(session: RequestSession): Promise<void> {
      await repository.endSession(session.id, clock.now(), 'replaced');
    },

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
      const url = await issueLink(user.id, 'set_password');
      await sendMail(user, ['auth.mail.invite.subject', 'auth.mail.invite.body'], {
        url,
        hours: 72,
      });
      await audit.record({
        userId: user.id,
        action: 'auth.invite_sent',
        ip: meta?.ip,
        requestId: meta?.requestId,
      });
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
      const claimed = await repository.claimEmailToken(tokenHash, [purpose], clock.now());
      if (!claimed) throw authErrors.invalidLink();
      await users.replacePassword(user.id, await hashPassword(password));
      await repository.endUserSessions(user.id, clock.now(), 'password_reset');
      await repository.voidEmailTokens(user.id, 'reset_password', clock.now());
      await recordAuthEvent(
        purpose === 'reset_password' ? 'auth.password_reset' : 'auth.password_set',
        user.id,
        meta,
        { unblocked: user.blockedAt !== null },
      );
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

    /**
     * First login, last step: a second factor has been enrolled. The account is set up and the
     * setup session becomes an authenticated one under a new id.
     */
    async completeSetup(session: RequestSession, meta: RequestMeta) {
      if ((await factors.listKinds(session.userId)).length === 0)
        throw authErrors.setupIncomplete();
      await users.completeSetup(session.userId);
      await users.resetFailures(session.userId);
      await repository.endSession(session.id, clock.now(), 'setup_completed');
      const started = await startSession(session.userId, 'authenticated', meta);
      await recordAuthEvent('auth.setup_completed', session.userId, meta);
      return started;
    },

    /**
     * Step-up, part one: the password again. A wrong one counts towards the block like at login.
     * Returns the new cookie token (the session id changes at every step-up step).
     */
    async stepUpPassword(session: RequestSession, password: string, meta: RequestMeta) {
      const user = await users.findById(session.userId);
      if (!user) throw errors.unauthenticated();
      if (!(await verifiedPassword(user, password))) {
        await recordAuthEvent('auth.step_up_failed', user.id, meta, { factor: 'password' });
        await countFailure(user, meta, 'password');
        throw authErrors.passwordIncorrect();
      }
      await users.resetFailures(user.id);
      const token = newSessionToken();
      await repository.rotateSession(session.id, {
        tokenHash: hashSessionToken(token),
        passwordAt: clock.now(),
      });
      return { token, factors: await factors.listKinds(user.id) };
    },

    /** Step-up, part two: a second factor, within 5 minutes of the password. */
    async stepUpSecondFactor(session: RequestSession, proof: SecondFactorProof, meta: RequestMeta) {
      const now = clock.now();
      if (!session.passwordAt || now.getTime() - session.passwordAt.getTime() > 5 * 60_000)
        throw sessionErrors.stepUpRequired();
      const user = await users.findById(session.userId);
      if (!user) throw errors.unauthenticated();
      if (!(await factors.verify(user.id, session.id, proof, 'step_up'))) {
        await recordAuthEvent('auth.step_up_failed', user.id, meta, { factor: proof.kind });
        await countFailure(user, meta, proof.kind);
        throw authErrors.invalidCode();
      }
      await users.resetFailures(user.id);
      const token = newSessionToken();
      await repository.rotateSession(session.id, {
        tokenHash: hashSessionToken(token),
        secondFactorAt: now,
      });
      await recordAuthEvent('auth.step_up_succeeded', user.id, meta, { factor: proof.kind });
      return { token };
    },

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
      await users.replacePassword(user.id, await hashPassword(newPassword));
      const ended = await repository.endUserSessions(
        user.id,
        clock.now(),
        'password_changed',
        session.id,
      );
      await recordAuthEvent('auth.password_changed', user.id, meta, { otherSessionsEnded: ended });
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

    /** The user's own live sessions, the current one marked. */
    async listSessions(session: RequestSession) {
      const rows = await repository.listLiveSessions(session.userId, clock.now());
      return rows.map((row) => ({
        id: row.id,
        ip: row.ip,
        userAgent: row.userAgent,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        current: row.id === session.id,
      }));
    },

    async endSession(session: RequestSession, sessionId: string, meta: RequestMeta): Promise<void> {
      if (sessionId === session.id)
        throw errors.validation([{ path: 'id', code: 'invalid_value' }]);
      if (
        !(await repository.endUserSession(session.userId, sessionId, clock.now(), 'ended_by_user'))
      )
        throw errors.notFound();
      await audit.record({
        userId: session.userId,
        action: 'auth.session_ended',
        subjectType: 'session',
        subjectId: sessionId,
        ip: meta.ip,
        requestId: meta.requestId,
      });
    },

    /**
     * The factors module's event: a factor was added or removed, or new backup codes were made.
     * Every other session of the user ends (ASVS 7.4.3); `keepSessionId` is the one that did it.
     */
    async endSessionsAfterFactorChange(
      userId: string,
      keepSessionId: string | null,
    ): Promise<number> {
      const ended = await repository.endUserSessions(
        userId,
        clock.now(),
        'factors_changed',
        keepSessionId ?? undefined,
      );
      await audit.record({
        userId,
        action: 'auth.sessions_ended_after_factor_change',
        details: { ended },
      });
      return ended;
    },

    /**
     * The employer the session acts for (header switch). The users module checks that the user
     * may act for it before calling this.
     */
    setActiveEmployer(sessionId: string, employerId: string): Promise<void> {
      return repository.setActiveEmployer(sessionId, employerId);
    },

    /** An operator admin ends every session of a user (user management). */
    async endAllSessionsOf(userId: string, reason: string): Promise<number> {
      return repository.endUserSessions(userId, clock.now(), reason);
    },

    async endOtherSessions(session: RequestSession, meta: RequestMeta): Promise<number> {
      const ended = await repository.endUserSessions(
        session.userId,
        clock.now(),
        'ended_by_user',
        session.id,
      );
      await recordAuthEvent('auth.other_sessions_ended', session.userId, meta, { ended });
      return ended;
    },
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
