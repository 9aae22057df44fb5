import { auditBy } from '../../platform/audit/audit.js';
import {
  emptyPersonalData,
  type MaskedPersonalData,
  mergePersonalData,
  type PersonalData,
  type PersonalDataChange,
} from '../../../contracts/vault.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { AppError } from '../../platform/errors.js';
import { sessionErrors } from '../../platform/session/session.js';
import type { EmployerActor } from '../users/users.policies.js';
import { vaultErrors } from './vault.errors.js';
import { maskPersonalData } from './vault.models.js';
import { createVaultRepository } from './vault.repository.js';
import {
  completePersonalData,
  isVaultOperator,
  type PersonalDataToStore,
  type RevealPurpose,
  type VaultContext,
} from './vault.context.js';

/** Personal data in the vault: storing and changing it, the masked view and the logged reveal of the clear record. */
export function createPersonalData(context: VaultContext) {
  const { db, audit, employees, openCases, forEmployer, unseal, storeIn, levelOf } = context;
  return {
    /**
     * Stores an employee's vault record (replacing what was there), inside the caller's
     * transaction: "werknemer toevoegen" writes the employee and the vault in one go. The caller
     * has checked that the employee may be written by its actor.
     */
    storePersonalData(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      data: PersonalDataToStore,
      updatedBy: string | null = null,
    ): Promise<void> {
      return storeIn(tx, employerId, employeeId, completePersonalData(data), updatedBy);
    },
    /** The retention clean-up erases the employee's entry, in its transaction (counted). */
    erasePersonalDataIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<number> {
      return createVaultRepository(tx).deletePersonalData(employerId, employeeId);
    },
    /** For trusted system code (seeding, imports) that has no transaction of its own. */
    storePersonalDataFor(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      data: PersonalData,
    ): Promise<void> {
      return inTenant(db, employerId, (tx) => storeIn(tx, employerId, employeeId, data, null));
    },
    /**
     * "Werknemer muteren": the fields sent replace the stored ones. The actor needs
     * `employees.write` (the route) and the employee in scope; no reveal is needed to write.
     */
    async changePersonalData(
      actor: EmployerActor,
      employeeId: string,
      change: PersonalDataChange,
    ): Promise<MaskedPersonalData> {
      await employees.getEmployeeForActor(actor, employeeId);
      const stored = await forEmployer(actor.employerId, async (repository, tx) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        const merged = mergePersonalData(row ? unseal(row) : emptyPersonalData, change);
        await storeIn(tx, actor.employerId, employeeId, merged, actor.userId);
        await auditBy(audit, actor).record(
          {
            action: 'vault.personal_data_changed',
            subjectType: 'employee',
            subjectId: employeeId,
            // Which fields, never their values.
            details: {
              fields: Object.keys(change).filter((key) => key !== 'bsn'),
              bsnChanged: 'bsn' in change,
            },
          },
          tx,
        );
        return merged;
      });
      return maskPersonalData(stored);
    },
    /**
     * The employee's private e-mail address, for a letter the system sends them itself (the
     * company doctor's functional advice, DOMAIN.md §5), in the caller's transaction; null when
     * none is recorded. The address goes to the mailer only, never to the actor; the read is
     * audited (who, which employee, why, whether one was found), never the value.
     */
    async mailAddressIn(
      tx: TenantDb,
      actor: EmployerActor,
      employeeId: string,
      purpose: 'functional_advice',
    ): Promise<string | null> {
      const row = await createVaultRepository(tx).findPersonalData(actor.employerId, employeeId);
      const address = row ? unseal(row).privateEmail : null;
      await auditBy(audit, actor).record(
        {
          action: 'vault.mail_address_used',
          subjectType: 'employee',
          subjectId: employeeId,
          details: { purpose, found: address !== null },
        },
        tx,
      );
      return address;
    },
    /**
     * The masked record, for everyone who may read the employee (in scope). An operator sees the
     * vault only while the employee has an open case (SPEC.md §2.4): before that, not even the
     * masked hints (last BSN digits, postcode, city), nor whether anything is stored.
     */
    async maskedPersonalData(
      actor: EmployerActor,
      employeeId: string,
    ): Promise<{ personalData: MaskedPersonalData; mayReveal: boolean; withheld: boolean }> {
      await employees.getEmployeeForActor(actor, employeeId);
      if (actor.isOperator && !(await openCases.hasOpenCase(actor.employerId, employeeId))) {
        return { personalData: maskPersonalData(null), mayReveal: false, withheld: true };
      }
      const found = await forEmployer(actor.employerId, async (repository) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        return { data: row ? unseal(row) : null, level: await levelOf(repository, actor) };
      });
      const mayReveal = actor.isOperator ? isVaultOperator(actor) : found.level !== 'none';
      return { personalData: maskPersonalData(found.data), mayReveal, withheld: false };
    },
    /**
     * The clear record (SPEC.md §2.4, security.md §7 items 49–51). In this order: the employee in
     * the actor's scope (else 404), vault access at this employer (operators: an open case), a
     * second factor no older than 5 minutes. Each refusal and each reveal writes one audit row
     * with actor, employer, employee, purpose and time; never a value.
     */
    async revealPersonalData(
      actor: EmployerActor,
      employeeId: string,
      purpose: RevealPurpose,
      stepUpFresh: boolean,
    ): Promise<PersonalData> {
      const entry = {
        employerId: actor.employerId,
        userId: actor.userId,
        subjectType: 'employee',
        subjectId: employeeId,
        ip: actor.ip,
        requestId: actor.requestId,
      };
      const refuse = async (reason: string) => {
        await audit.record({
          ...entry,
          action: 'authz_fail',
          details: { operation: 'vault.reveal', purpose, reason },
        });
      };
      try {
        await employees.getEmployeeForActor(actor, employeeId);
      } catch (error) {
        if (error instanceof AppError && error.status === 404) await refuse('not_found');
        throw error;
      }
      const checked = await forEmployer(actor.employerId, async (repository) => ({
        level: await levelOf(repository, actor),
      }));
      if (actor.isOperator) {
        if (!isVaultOperator(actor)) {
          await refuse('vault_access_required');
          throw vaultErrors.vaultAccessRequired();
        }
        if (!(await openCases.hasOpenCase(actor.employerId, employeeId))) {
          await refuse('vault_no_open_case');
          throw vaultErrors.noOpenCase();
        }
      } else if (checked.level === 'none') {
        await refuse('vault_access_required');
        throw vaultErrors.vaultAccessRequired();
      }
      if (!stepUpFresh) {
        await refuse('step_up_required');
        throw sessionErrors.stepUpRequired();
      }
      // The reveal and its audit entry commit together: no clear record leaves unrecorded.
      const data = await forEmployer(actor.employerId, async (repository, tx) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        await audit.record({ ...entry, action: 'vault.revealed', details: { purpose } }, tx);
        return row ? unseal(row) : emptyPersonalData;
      });
      return data;
    },
  };
}
