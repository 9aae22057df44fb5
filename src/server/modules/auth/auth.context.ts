import type { AuditAction } from '../../../contracts/audit.js';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/connection.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/crypto/passwords.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { RequestMeta } from '../../platform/session/session.js';
import type { FactorsUseCases } from '../factors/factors.usecases.js';
import { localeOf, type User, type UsersUseCases } from '../users/users.usecases.js';
import {
  type accountRefusal,
  type EmailTokenPurpose,
  emailTokenLifetimes,
  hashSessionToken,
  maxFailuresInARow,
  newEmailToken,
  newSessionToken,
  passwordProblem,
  pendingLoginExpiry,
  type SessionTimeouts,
  sessionExpiry,
} from './auth.models.js';
import { type AuthRepository, createAuthRepository, type Session } from './auth.repository.js';

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

/** What the auth operations are made from (modules.ts wires the other modules in). */
export type AuthDependencies = {
  db: Db;
  clock: Clock;
  factors: FactorsUseCases;
  users: UsersUseCases;
  audit: AuditWriter;
  timeouts: SessionTimeouts;
  mailer: Mailer;
  publicUrl: string;
  /** Background mail work has no request to log on; a failure must not vanish silently. */
  logError?: (error: unknown, message: string) => void;
};

/**
 * What the auth operations share: the repository, the audit of auth events, sessions, mails,
 * links and the password checks. Each operation file takes this context.
 */
export function createAuthContext({
  db,
  clock,
  factors,
  users,
  audit,
  timeouts,
  mailer,
  publicUrl,
  logError = (error, what) =>
    void process.stderr.write(
      `${JSON.stringify({ level: 50, msg: `${what} failed`, err: String(error) })}\n`,
    ),
}: AuthDependencies) {
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
    action: AuditAction,
    userId: string | null,
    meta: RequestMeta,
    details?: Record<string, unknown>,
    within?: Db,
  ): Promise<void> {
    return audit.record(
      {
        userId,
        action,
        ip: meta.ip,
        requestId: meta.requestId,
        ...(details ? { details } : {}),
      },
      within,
    );
  }

  /**
   * One use case, one transaction: the session and link tables through a repository over `tx`,
   * and the audit entry written with `tx`, so it commits with the change it records.
   */
  const inTransaction = <T>(work: (repository: AuthRepository, tx: Db) => Promise<T>) =>
    db.transaction((tx) => work(createAuthRepository(tx), tx));

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
    /** The repository of the caller's transaction, if any. */
    store: AuthRepository = repository,
  ) {
    const now = clock.now();
    const token = newSessionToken();
    const session = await store.insertSession({
      tokenHash: hashSessionToken(token),
      userId,
      stage,
      activeEmployerId: null,
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

  /**
   * Makes a single-use link for the user; older unused links of the same purpose stop working.
   * With `within`, in the caller's transaction.
   */
  async function issueLink(
    userId: string,
    purpose: EmailTokenPurpose,
    data?: Record<string, unknown>,
    within?: Db,
  ) {
    const now = clock.now();
    const token = newEmailToken();
    const links = within ? createAuthRepository(within) : repository;
    await links.voidEmailTokens(userId, purpose, now);
    await links.insertEmailToken({
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
    db,
    clock,
    factors,
    users,
    audit,
    repository,
    inTransaction,
    background,
    inBackground,
    recordAuthEvent,
    slideExpiry,
    startSession,
    countFailure,
    sendMail,
    issueLink,
    checkPassword,
    verifiedPassword,
    recordLoginFailure,
  };
}

export type AuthContext = ReturnType<typeof createAuthContext>;
