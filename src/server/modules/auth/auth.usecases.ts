import { createLogin } from './auth.login.usecases.js';
import { createOwnAccount } from './auth.own-account.usecases.js';
import { createRecovery } from './auth.recovery.usecases.js';
import { createSessions } from './auth.sessions.usecases.js';
import { type AuthDependencies, createAuthContext } from './auth.context.js';
import { createStepUp } from './auth.step-up.usecases.js';
import { authOffboardingUseCases } from './auth.offboarding.usecases.js';

/**
 * The auth module's operations over one shared context (auth.context.ts), one file per subject:
 * logging in (auth.login.usecases.ts), e-mailed links (auth.recovery.usecases.ts), step-up
 * (auth.step-up.usecases.ts), the own password and address (auth.own-account.usecases.ts) and
 * sessions (auth.sessions.usecases.ts).
 */
export function createAuthUseCases(dependencies: AuthDependencies) {
  const context = createAuthContext(dependencies);
  return {
    /** Waits for the recovery e-mails still being prepared (tests, shutdown). */
    async settled(): Promise<void> {
      while (context.background.size > 0) await Promise.all([...context.background]);
    },
    ...createLogin(context),
    ...createRecovery(context),
    ...createStepUp(context),
    ...createOwnAccount(context),
    ...createSessions(context),
    ...authOffboardingUseCases(),
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
