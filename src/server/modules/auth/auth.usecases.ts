import { createLogin } from './auth.login.js';
import { createOwnAccount } from './auth.own-account.js';
import { createRecovery } from './auth.recovery.js';
import { createSessions } from './auth.sessions.js';
import { type AuthDependencies, createAuthContext } from './auth.shared.js';
import { createStepUp } from './auth.step-up.js';

/**
 * The auth module's operations over one shared context (auth.shared.ts), one file per group:
 * logging in (auth.login.ts), e-mailed links (auth.recovery.ts), step-up (auth.step-up.ts), the
 * own password and address (auth.own-account.ts) and sessions (auth.sessions.ts).
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
  };
}

export type AuthUseCases = ReturnType<typeof createAuthUseCases>;
