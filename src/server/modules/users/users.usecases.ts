import { createAccounts } from './users.accounts.usecases.js';
import { createCareAssignments } from './users.assignments.usecases.js';
import { createLinkedAccounts } from './users.linked-accounts.usecases.js';
import { createManagement } from './users.management.usecases.js';
import { createOnboarding } from './users.onboarding.usecases.js';
import { createScope } from './users.scope.usecases.js';
import { createUsersContext, type UsersDependencies } from './users.context.js';

/** The user's access as one column of another module's query (the session lookup in auth). */
export { parseUserAccess, userAccessColumn } from './actor-access.repository.js';
export { localeOf, userStatusOf } from './users.models.js';
export type { User } from './users.repository.js';
export type { SignalRecipient } from './users.accounts.usecases.js';
export type { AssignedEmployer } from './users.assignments.usecases.js';
export type {
  AccountActions,
  ActiveEmployerSetter,
  EmployeeNames,
  FactorLookup,
} from './users.context.js';
import { userOffboardingUseCases } from './users.offboarding.usecases.js';

/**
 * Accounts, roles, dossier scopes and account linking: one file per group over one shared
 * context (users.context.ts): accounts as other modules need them (users.accounts.usecases.ts),
 * Gebruikersbeheer (users.management.usecases.ts), dossier scopes (users.scope.usecases.ts), linked accounts
 * (users.linked-accounts.usecases.ts), the care roles' assignments (users.assignments.usecases.ts)
 * and onboarding an employer with its first super user (users.onboarding.usecases.ts).
 */
export function createUsersUseCases(dependencies: UsersDependencies) {
  const context = createUsersContext(dependencies);
  return {
    ...createAccounts(context),
    ...createManagement(context),
    ...createScope(context),
    ...userOffboardingUseCases(),
    ...createLinkedAccounts(context),
    ...createCareAssignments(context),
    ...createOnboarding(context),
  };
}

export type UsersUseCases = ReturnType<typeof createUsersUseCases>;
