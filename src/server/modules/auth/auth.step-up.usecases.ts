import type { SecondFactorProof } from '../../../contracts/auth.js';
import { errors } from '../../platform/errors.js';
import {
  type RequestMeta,
  type RequestSession,
  sessionErrors,
} from '../../platform/session/session.js';
import { authErrors } from './auth.errors.js';
import { hashSessionToken, newSessionToken } from './auth.models.js';
import type { AuthContext } from './auth.context.js';

/** Step-up: password and second factor again before security settings and the vault. */
export function createStepUp(context: AuthContext) {
  const {
    clock,
    factors,
    users,
    repository,
    inTransaction,
    recordAuthEvent,
    countFailure,
    verifiedPassword,
  } = context;
  return {
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
      const token = newSessionToken();
      await inTransaction(async (repository, tx) => {
        await users.resetFailures(user.id, tx);
        await repository.rotateSession(session.id, {
          tokenHash: hashSessionToken(token),
          secondFactorAt: now,
        });
        await recordAuthEvent('auth.step_up_succeeded', user.id, meta, { factor: proof.kind }, tx);
      });
      return { token };
    },
  };
}
