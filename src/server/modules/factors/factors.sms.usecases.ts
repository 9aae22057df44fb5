import { localeOf } from '../users/users.usecases.js';
import { factorsErrors } from './factors.errors.js';
import { maskPhone, normalisePhone } from './factors.models.js';
import { type FactorsContext, phoneContext } from './factors.context.js';

/** Enrolling a phone for SMS codes. */
export function createSmsEnrolment(context: FactorsContext) {
  const { clock, secretBox, userOrThrow, sendSmsCode, checkSmsCode, addFactor } = context;
  return {
    /** Sends a code to a new mobile number; the number counts only once the code comes back. */
    async startSmsEnrolment(userId: string, sessionId: string, phoneInput: string) {
      const phone = normalisePhone(phoneInput);
      if (phone === null) throw factorsErrors.invalidPhone();
      const user = await userOrThrow(userId);
      await sendSmsCode(
        { userId, sessionId, kind: 'sms', purpose: 'enrol' },
        phone,
        localeOf(user),
      );
      return { maskedPhone: maskPhone(phone) };
    },
    async confirmSmsEnrolment(userId: string, sessionId: string, code: string) {
      const challenge = await checkSmsCode(
        { userId, sessionId, kind: 'sms', purpose: 'enrol' },
        code,
      );
      if (!challenge?.target) throw factorsErrors.enrolmentFailed();
      const now = clock.now();
      return addFactor(
        sessionId,
        {
          userId,
          kind: 'sms',
          label: maskPhone(challenge.target),
          // The number is personal data: sealed like a TOTP seed, bound to this user.
          secretEncrypted: secretBox.encrypt(challenge.target, phoneContext(userId)),
          createdAt: now,
        },
        // One SMS factor per account: a new number replaces the old one.
        async (repository) => {
          for (const old of await repository.listSecondFactors(userId)) {
            if (old.kind === 'sms') await repository.deleteSecondFactor(userId, old.id);
          }
        },
      );
    },
  };
}
