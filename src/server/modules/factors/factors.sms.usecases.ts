import { localeOf } from '../users/users.usecases.js';
import { factorsErrors } from './factors.errors.js';
import { maskPhone, normalisePhone } from './factors.models.js';
import { type FactorsContext, phoneContext } from './factors.context.js';

/** Enrolling a phone for SMS codes. */
export function createSmsEnrolment(context: FactorsContext) {
  const {
    clock,
    secretBox,
    audit,
    userOrThrow,
    sendSmsCode,
    checkSmsCode,
    addFactor,
    notifyByMail,
  } = context;
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
      const newLabel = maskPhone(challenge.target);
      let changed = false;
      const result = await addFactor(
        sessionId,
        {
          userId,
          kind: 'sms',
          label: newLabel,
          // The number is personal data: sealed like a TOTP seed, bound to this user.
          secretEncrypted: secretBox.encrypt(challenge.target, phoneContext(userId)),
          createdAt: now,
        },
        // One SMS factor per account: a new number replaces the old one, audited as a change.
        async (repository, tx) => {
          for (const old of await repository.listSecondFactors(userId)) {
            if (old.kind !== 'sms') continue;
            await repository.deleteSecondFactor(userId, old.id);
            await audit.record(
              {
                userId,
                action: 'factors.phone_changed',
                subjectType: 'second_factor',
                subjectId: old.id,
                details: { from: old.label, to: newLabel },
              },
              tx,
            );
            changed = true;
          }
        },
      );
      // The owner hears of it on the account's address: a stolen session must not go unnoticed.
      if (changed) await notifyByMail(userId, 'phoneChanged', { phone: newLabel });
      return result;
    },
  };
}
