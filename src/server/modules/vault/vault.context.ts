import { isValidBsn } from '../../../contracts/dutch-personal-data.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import {
  emptyPersonalData,
  mergePersonalData,
  type PersonalData,
  personalDataIssues,
} from '../../../contracts/vault.js';
import type { Db } from '../../db/connection.js';
import {
  type AuthorizedEmployerId,
  inTenant,
  inTenantBatches,
  type TenantDb,
} from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { type SecretBox, SecretBoxError } from '../../platform/crypto/secret-box.js';
import { AppError, errors, type FieldError } from '../../platform/errors.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import type { EmployerActor } from '../users/users.policies.js';
import { vaultErrors } from './vault.errors.js';
import { type ContactDetails, contactDetailsOf, sealContext } from './vault.models.js';
import {
  createVaultMaintenanceRepository,
  createVaultRepository,
  type SealedPersonalData,
  type VaultLevel,
  type VaultRepository,
} from './vault.repository.js';

/** Whether an employee has an open case (a care request): provided by the cases module. */
export type OpenCases = {
  hasOpenCase(employerId: AuthorizedEmployerId, employeeId: string): Promise<boolean>;
};

export type EmployerMember = {
  id: string;
  displayName: string;
  email: string;
  role: string;
  locale: string;
};

export type VaultDependencies = {
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
  audit: AuditWriter;
  mailer: Mailer;
  publicUrl: string;
  /** From the employees module (created after this one, so late-bound in modules.ts). */
  employees: {
    /** Throws 404 unless the employee is the actor's employer's and in the actor's scope. */
    getEmployeeForActor(
      actor: Pick<EmployerActor, 'employerId' | 'scope'>,
      employeeId: string,
    ): Promise<unknown>;
  };
  openCases: OpenCases;
  users: {
    employerMembers(employerId: AuthorizedEmployerId): Promise<EmployerMember[]>;
  };
};

/** What callers store: the vault's fields; country defaults to NL, a missing house number is none. */
export type PersonalDataToStore = Omit<PersonalData, 'country' | 'houseNumber'> & {
  country?: string | null | undefined;
  houseNumber?: number | null | undefined;
};

export function completePersonalData(data: PersonalDataToStore): PersonalData {
  return mergePersonalData(emptyPersonalData, {
    ...data,
    country: data.country ?? 'NL',
    houseNumber: data.houseNumber ?? null,
  });
}

export type RevealPurpose = 'view' | 'edit' | 'care_request';
export type AccessLevel = VaultLevel | 'none';

export type VaultStatus = {
  agreementSigned: boolean;
  /** Whether this user may sign for the employer (a super user). */
  maySign: boolean;
  access: AccessLevel;
  /** This user's own request for access waits for a vault admin. */
  requestPending: boolean;
  /** An employer-side user without access, who may ask for it. */
  mayRequest: boolean;
  /** For vault admins: requests waiting for a decision (the dashboard widget). */
  pendingRequests: number;
};

export type AuthorisationEntry = {
  userId: string;
  displayName: string;
  email: string;
  role: string;
  level: AccessLevel;
};

export type AccessRequestEntry = {
  id: string;
  userId: string;
  displayName: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused';
  decidedAt: string | null;
};

/** Rows per transaction when re-encrypting (key rotation, the startup check). */
export const rotationBatchSize = 200;

/**
 * What the vault's operations share: the tenant transaction with the vault's repository, sealing
 * and opening personal data, the agreement and the actor's vault level.
 */
export function createVaultContext(dependencies: VaultDependencies) {
  const { employees, openCases, users } = dependencies;
  const { db, clock, secretBox, audit, mailer, publicUrl } = dependencies;

  const forEmployer = <T>(
    employerId: AuthorizedEmployerId,
    work: (repository: VaultRepository, tx: TenantDb) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createVaultRepository(tx), tx));

  /** Employers whose agreement is signed: a signature is never withdrawn, so this only grows. */
  const signedEmployers = new Set<string>();

  function seal(employerId: string, employeeId: string, data: PersonalData) {
    return {
      bsnSealed:
        data.bsn === null
          ? null
          : secretBox.encrypt(data.bsn, sealContext('bsn', employerId, employeeId)),
      contactSealed: secretBox.encrypt(
        JSON.stringify(contactDetailsOf(data)),
        sealContext('contact', employerId, employeeId),
      ),
    };
  }

  /** The record from its opened values. */
  function personalDataOf(contactJson: string, bsn: string | null): PersonalData {
    return { ...emptyPersonalData, ...(JSON.parse(contactJson) as ContactDetails), bsn };
  }

  function unseal(row: SealedPersonalData): PersonalData {
    try {
      const contact = secretBox.decrypt(
        row.contactSealed,
        sealContext('contact', row.employerId, row.employeeId),
      );
      const bsn =
        row.bsnSealed === null
          ? null
          : secretBox.decrypt(row.bsnSealed, sealContext('bsn', row.employerId, row.employeeId));
      return personalDataOf(contact, bsn);
    } catch (error) {
      if (error instanceof SecretBoxError) throw vaultErrors.unreadable();
      throw error;
    }
  }

  function opensAsStored(row: SealedPersonalData): boolean {
    try {
      unseal(row);
      return true;
    } catch (error) {
      if (error instanceof AppError) return false;
      throw error;
    }
  }

  /** Seals a stored row's data again under its canonical contexts and the current key. */
  async function reseal(
    repository: VaultRepository,
    row: SealedPersonalData,
    data: PersonalData,
  ): Promise<void> {
    const employerId = row.employerId as AuthorizedEmployerId;
    await repository.resealPersonalData({
      employerId,
      employeeId: row.employeeId,
      ...seal(employerId, row.employeeId, data),
      keyId: secretBox.currentKeyId,
    });
  }

  /**
   * Maintenance over every employer: each vault row (with `exceptKeyId`, each row sealed with
   * another key) is visited once, in batches by employee id, each batch one tenant transaction
   * (`tx`, in which a visit also writes its audit entry).
   */
  async function walkSealedRows(
    exceptKeyId: string | undefined,
    visit: (repository: VaultRepository, row: SealedPersonalData, tx: TenantDb) => Promise<void>,
  ): Promise<void> {
    await inTenantBatches(
      db,
      await createVaultMaintenanceRepository(db).employersHolding(exceptKeyId),
      { size: rotationBatchSize, cursorOf: (row: SealedPersonalData) => row.employeeId },
      async (tx, employerId, after, limit) => {
        const repository = createVaultRepository(tx);
        const rows = await repository.listSealed(employerId, exceptKeyId, after, limit);
        for (const row of rows) await visit(repository, row, tx);
        return rows;
      },
    );
  }

  /** The rules a record must meet whoever stores it (the web's schema checks them too). */
  function checkPersonalData(data: PersonalData): void {
    const fields: FieldError[] = personalDataIssues(data).map(({ path, code }) => ({
      path,
      code,
    }));
    if (data.bsn !== null && !isValidBsn(data.bsn))
      fields.push({ path: 'bsn', code: 'bsn_invalid' });
    if (fields.length > 0) throw errors.validation(fields);
  }

  async function storeIn(
    tx: TenantDb,
    employerId: AuthorizedEmployerId,
    employeeId: string,
    data: PersonalData,
    updatedBy: string | null,
  ): Promise<void> {
    checkPersonalData(data);
    const repository = createVaultRepository(tx);
    // Sealed under the ids as the row stores them, never under the caller's spelling of them.
    const stored = await repository.storedSpellingOf(employerId, employeeId);
    await repository.upsertPersonalData({
      ...stored,
      ...seal(stored.employerId, stored.employeeId, data),
      keyId: secretBox.currentKeyId,
      updatedAt: clock.now(),
      updatedBy,
    });
  }

  async function isSigned(employerId: AuthorizedEmployerId): Promise<boolean> {
    if (signedEmployers.has(employerId)) return true;
    const agreement = await forEmployer(employerId, (repository) =>
      repository.findLatestAgreement(employerId, 'user_agreement'),
    );
    if (agreement) signedEmployers.add(employerId);
    return agreement !== undefined;
  }

  /** The vault level of an employer-side user; operators have none (they go by open cases). */
  async function levelOf(repository: VaultRepository, actor: EmployerActor): Promise<AccessLevel> {
    if (actor.isOperator) return 'none';
    const member = await repository.findMember(actor.employerId, actor.userId);
    return member ? (member.level as VaultLevel) : 'none';
  }

  async function requireAdmin(actor: EmployerActor): Promise<void> {
    const level = await forEmployer(actor.employerId, (repository) => levelOf(repository, actor));
    if (level !== 'admin') {
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'authz_fail',
        subjectType: 'vault',
        subjectId: actor.employerId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { operation: 'vault.manage', reason: 'vault_admin_required' },
      });
      throw vaultErrors.adminRequired();
    }
  }

  return {
    db,
    clock,
    secretBox,
    audit,
    mailer,
    publicUrl,
    employees,
    openCases,
    users,
    forEmployer,
    signedEmployers,
    seal,
    personalDataOf,
    unseal,
    opensAsStored,
    reseal,
    walkSealedRows,
    checkPersonalData,
    storeIn,
    isSigned,
    levelOf,
    requireAdmin,
  };
}

export type VaultContext = ReturnType<typeof createVaultContext>;

/** Operator roles that may read the vault of an employee with an open case (SPEC.md §2.4). */
export function isVaultOperator(actor: EmployerActor): boolean {
  return roleHasPermission(actor.role, 'vault.care_request');
}
