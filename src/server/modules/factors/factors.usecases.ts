import { createFactorManagement } from './factors.manage.usecases.js';
import { createFactorsContext, type FactorsDependencies } from './factors.context.js';
import { createSmsEnrolment } from './factors.sms.usecases.js';
import { createTotpEnrolment } from './factors.totp.usecases.js';
import { createVerification } from './factors.verify.usecases.js';
import { createWebAuthnEnrolment } from './factors.webauthn.usecases.js';
import { factorOffboardingUseCases } from './factors.offboarding.usecases.js';

export { webAuthnSettingsFrom } from './factors.context.js';

/**
 * Second factors: enrolment, listing and verification. The auth module decides what a failure
 * means (lockout, audit of the login); this module only answers whether the proof holds. One
 * file per group over one shared context (factors.context.ts): verification (factors.verify.usecases.ts),
 * the enrolment of each kind (factors.totp.usecases.ts, factors.sms.usecases.ts, factors.webauthn.usecases.ts) and the
 * user's own list (factors.manage.usecases.ts).
 */
export function createFactorsUseCases(dependencies: FactorsDependencies) {
  const context = createFactorsContext(dependencies);
  return {
    ...createFactorManagement(context),
    ...factorOffboardingUseCases(),
    ...createVerification(context),
    ...createTotpEnrolment(context),
    ...createSmsEnrolment(context),
    ...createWebAuthnEnrolment(context),
  };
}

export type FactorsUseCases = ReturnType<typeof createFactorsUseCases>;
