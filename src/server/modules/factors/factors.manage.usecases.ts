import { factorsErrors } from './factors.errors.js';
import { maskPhone } from './factors.models.js';
import { type FactorsContext, phoneContext, summarise, totpContext } from './factors.context.js';

/** The user's own list of factors: listing, removing, new backup codes; and re-sealing secrets after a key rotation. */
export function createFactorManagement(context: FactorsContext) {
  const {
    secretBox,
    audit,
    events,
    repository,
    inTransaction,
    verifiedPhone,
    generateBackupCodes,
  } = context;
  /**
   * New backup codes replace all earlier ones; returned formatted, once, never stored plain.
   * Asked for on their own (not as part of an enrolment), the user's other sessions end.
   */
  async function newBackupCodes(userId: string, keepSessionId: string | null): Promise<string[]> {
    const codes = await generateBackupCodes(userId);
    await events.factorsChanged(userId, keepSessionId);
    return codes;
  }

  return {
    async listFactors(userId: string) {
      const factors = await repository.listSecondFactors(userId);
      const phone = await verifiedPhone(userId);
      return {
        factors: factors.map(summarise),
        maskedPhone: phone === null ? null : maskPhone(phone),
        backupCodesRemaining: await repository.countUnusedBackupCodes(userId),
      };
    },
    /** Removes a factor, never the last one: the account would be left with a password only. */
    async removeFactor(userId: string, factorId: string, keepSessionId: string | null) {
      const factors = await repository.listSecondFactors(userId);
      const target = factors.find((factor) => factor.id === factorId);
      if (!target) throw factorsErrors.notFound();
      if (factors.length <= 1) throw factorsErrors.lastFactor();
      await inTransaction(async (repository, tx) => {
        await repository.deleteSecondFactor(userId, factorId);
        await audit.record(
          {
            userId,
            action: 'factors.removed',
            subjectType: 'second_factor',
            subjectId: factorId,
            details: { factor: target.kind },
          },
          tx,
        );
      });
      await events.factorsChanged(userId, keepSessionId);
    },
    generateBackupCodes: newBackupCodes,
    /**
     * Key rotation: re-seals every TOTP seed and SMS phone number not yet under the current key.
     * (Backup codes and other keyed hashes cannot be re-computed: the old key stays configured
     * as long as they may be in use, see docs/security.md.)
     */
    async reencryptSecrets(): Promise<{ reencrypted: number; unreadable: number }> {
      let reencrypted = 0;
      let unreadable = 0;
      let after: string | null = null;
      for (;;) {
        const rows = await repository.listSealed(after, 500);
        for (const factor of rows) {
          if (!factor.secretEncrypted || !secretBox.needsReencryption(factor.secretEncrypted)) {
            continue;
          }
          const context =
            factor.kind === 'sms' ? phoneContext(factor.userId) : totpContext(factor.userId);
          try {
            const clear = secretBox.decrypt(factor.secretEncrypted, context);
            await repository.replaceSealed(factor.id, secretBox.encrypt(clear, context));
            reencrypted++;
          } catch {
            unreadable++;
          }
        }
        after = rows.at(-1)?.id ?? null;
        if (rows.length < 500) break;
      }
      return { reencrypted, unreadable };
    },
  };
}
