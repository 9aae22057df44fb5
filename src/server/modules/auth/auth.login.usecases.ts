import type { SecondFactorProof } from '../../../contracts/auth.js';
import { hashPassword, needsRehash } from '../../platform/crypto/passwords.js';
import type { RequestMeta, RequestSession } from '../../platform/session/session.js';
import { authErrors } from './auth.errors.js';
import { accountRefusal } from './auth.models.js';
import type { AuthContext } from './auth.context.js';

/** Logging in: the password, the second factor, the first-login setup, logging out. */
export function createLogin(context: AuthContext) {
  const {
    clock,
    factors,
    users,
    repository,
    inTransaction,
    inBackground,
    recordAuthEvent,
    startSession,
    countFailure,
    verifiedPassword,
    recordLoginFailure,
  } = context;
  return {
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
      const { token } = await inTransaction(async (repository, tx) => {
        const started = await startSession(
          user.id,
          setupRequired ? 'setup_required' : 'password_verified',
          meta,
          repository,
        );
        await recordAuthEvent(
          'auth.password_verified',
          user.id,
          meta,
          { factor: 'password', setupRequired },
          tx,
        );
        return started;
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
        return inTransaction(async (repository, tx) => {
          await users.resetFailures(user.id, tx);
          await repository.endSession(pending.id, clock.now(), 'second_factor');
          const started = await startSession(pending.userId, 'authenticated', meta, repository);
          await recordAuthEvent(
            'auth.login_succeeded',
            pending.userId,
            meta,
            { factor: proof.kind },
            tx,
          );
          return started;
        });
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
     * First login, last step: a second factor has been enrolled. The account is set up and the
     * setup session becomes an authenticated one under a new id.
     */
    async completeSetup(session: RequestSession, meta: RequestMeta) {
      if ((await factors.listKinds(session.userId)).length === 0)
        throw authErrors.setupIncomplete();
      return inTransaction(async (repository, tx) => {
        await users.completeSetup(session.userId, tx);
        await users.resetFailures(session.userId, tx);
        await repository.endSession(session.id, clock.now(), 'setup_completed');
        const started = await startSession(session.userId, 'authenticated', meta, repository);
        await recordAuthEvent('auth.setup_completed', session.userId, meta, undefined, tx);
        return started;
      });
    },
    async logout(session: RequestSession, meta: RequestMeta): Promise<void> {
      await inTransaction(async (repository, tx) => {
        await repository.endSession(session.id, clock.now(), 'logout');
        await recordAuthEvent('auth.logout', session.userId, meta, undefined, tx);
      });
    },
    /** A login over an existing cookie: the old session ends (a planted cookie is never promoted). */
    async replaceSession(session: RequestSession): Promise<void> {
      await repository.endSession(session.id, clock.now(), 'replaced');
    },
  };
}
