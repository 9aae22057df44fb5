import { createAccess } from './vault.access.usecases.js';
import { createAgreement } from './vault.agreement.usecases.js';
import { createKeyRotation } from './vault.key-rotation.usecases.js';
import { createPersonalData } from './vault.personal-data.usecases.js';
import { createVaultContext, type VaultDependencies } from './vault.context.js';
import { vaultOffboardingUseCases } from './vault.offboarding.usecases.js';

export type { OpenCases } from './vault.context.js';

/**
 * The datakluis: one file per group over one shared context (vault.context.ts): the agreement
 * (vault.agreement.usecases.ts), personal data (vault.personal-data.usecases.ts), who may open the vault
 * (vault.access.usecases.ts) and key rotation (vault.key-rotation.usecases.ts).
 */
export function createVaultUseCases(dependencies: VaultDependencies) {
  const context = createVaultContext(dependencies);
  return {
    ...createPersonalData(context),
    ...vaultOffboardingUseCases(),
    ...createAgreement(context),
    ...createAccess(context),
    ...createKeyRotation(context),
  };
}

export type VaultUseCases = ReturnType<typeof createVaultUseCases>;
