import type { Locale } from '../../../contracts/common.js';
import {
  emptyPersonalData,
  mergePersonalData,
  type MaskedPersonalData,
  type PersonalData,
  type PersonalDataChange,
  personalDataIssues,
} from '../../../contracts/vault.js';
import { isValidBsn } from '../../../contracts/dutch-personal-data.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { type Db, isUniqueViolation } from '../../db/connection.js';
import {
  type AuthorizedEmployerId,
  inTenant,
  inTenantBatches,
  type TenantDb,
} from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { formerContexts, openUnderAny } from '../../platform/crypto/former-contexts.js';
import { type SecretBox, SecretBoxError } from '../../platform/crypto/secret-box.js';
import { AppError, errors, type FieldError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { sessionErrors } from '../../platform/session/session.js';
import type { EmployerActor } from '../users/users.policies.js';
import {
  currentVersionOf,
  type DocumentText,
  readDocument,
  type VaultDocument,
  vaultDocuments,
  versionsOf,
} from './vault.documents.js';
import { vaultErrors } from './vault.errors.js';
import {
  type ContactDetails,
  contactDetailsOf,
  maskPersonalData,
  sealContext,
} from './vault.models.js';
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

type EmployerMember = {
  id: string;
  displayName: string;
  email: string;
  role: string;
  locale: string;
};

type Dependencies = {
  db: Db;
  clock: Clock;
  secretBox: SecretBox;
  audit: AuditWriter;
  mailer: Mailer;
  publicUrl: string;
  /** From the employees module (created after this one, so late-bound in app.ts). */
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

function completePersonalData(data: PersonalDataToStore): PersonalData {
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
const rotationBatchSize = 200;

export function createVaultUseCases(dependencies: Dependencies) {
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
   * another key) is visited once, in batches by employee id, each batch one tenant transaction.
   */
  async function walkSealedRows(
    exceptKeyId: string | undefined,
    visit: (repository: VaultRepository, row: SealedPersonalData) => Promise<void>,
  ): Promise<void> {
    await inTenantBatches(
      db,
      await createVaultMaintenanceRepository(db).employersHolding(exceptKeyId),
      { size: rotationBatchSize, cursorOf: (row: SealedPersonalData) => row.employeeId },
      async (tx, employerId, after, limit) => {
        const repository = createVaultRepository(tx);
        const rows = await repository.listSealed(employerId, exceptKeyId, after, limit);
        for (const row of rows) await visit(repository, row);
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
      await dependencies.employees.getEmployeeForActor(actor, employeeId);
      const stored = await forEmployer(actor.employerId, async (repository, tx) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        const merged = mergePersonalData(row ? unseal(row) : emptyPersonalData, change);
        await storeIn(tx, actor.employerId, employeeId, merged, actor.userId);
        return merged;
      });
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'vault.personal_data_changed',
        subjectType: 'employee',
        subjectId: employeeId,
        ip: actor.ip,
        requestId: actor.requestId,
        // Which fields, never their values.
        details: {
          fields: Object.keys(change).filter((key) => key !== 'bsn'),
          bsnChanged: 'bsn' in change,
        },
      });
      return maskPersonalData(stored);
    },

    /** The masked record, for everyone who may read the employee (in scope). */
    async maskedPersonalData(
      actor: EmployerActor,
      employeeId: string,
    ): Promise<{ personalData: MaskedPersonalData; mayReveal: boolean }> {
      await dependencies.employees.getEmployeeForActor(actor, employeeId);
      const found = await forEmployer(actor.employerId, async (repository) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        return { data: row ? unseal(row) : null, level: await levelOf(repository, actor) };
      });
      const mayReveal = actor.isOperator
        ? isVaultOperator(actor) &&
          (await dependencies.openCases.hasOpenCase(actor.employerId, employeeId))
        : found.level !== 'none';
      return { personalData: maskPersonalData(found.data), mayReveal };
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
        await dependencies.employees.getEmployeeForActor(actor, employeeId);
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
        if (!(await dependencies.openCases.hasOpenCase(actor.employerId, employeeId))) {
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
      const data = await forEmployer(actor.employerId, async (repository) => {
        const row = await repository.findPersonalData(actor.employerId, employeeId);
        return row ? unseal(row) : emptyPersonalData;
      });
      await audit.record({ ...entry, action: 'vault.revealed', details: { purpose } });
      return data;
    },

    /**
     * The agreement gate of every route on tenant data (users.routes.ts requireActor): employer
     * users work only once their employer has signed. Operators (the arbodienst) set up new
     * employers before anyone signs, so they pass.
     */
    async requireAgreement(actor: EmployerActor): Promise<void> {
      if (actor.isOperator) return;
      if (!(await isSigned(actor.employerId))) throw vaultErrors.agreementRequired();
    },

    isAgreementSigned: isSigned,

    async status(actor: EmployerActor): Promise<VaultStatus> {
      const result = await forEmployer(actor.employerId, async (repository) => {
        const agreement = await repository.findLatestAgreement(actor.employerId, 'user_agreement');
        const access = await levelOf(repository, actor);
        const pending = actor.isOperator
          ? undefined
          : await repository.findPendingRequest(actor.employerId, actor.userId);
        const pendingRequests =
          access === 'admin' ? await repository.countPendingRequests(actor.employerId) : 0;
        return { agreementSigned: agreement !== undefined, access, pending, pendingRequests };
      });
      if (result.agreementSigned) signedEmployers.add(actor.employerId);
      return {
        agreementSigned: result.agreementSigned,
        maySign: !actor.isOperator && roleHasPermission(actor.role, 'vault.agreement'),
        access: result.access,
        requestPending: result.pending !== undefined,
        mayRequest: !actor.isOperator && result.access === 'none',
        pendingRequests: result.pendingRequests,
      };
    },

    /**
     * A super user signs the user agreement for the employer: the exact version shown (its
     * SHA-256), the legally authorised person, when, from where. The signer becomes vault admin;
     * a confirmation goes to the authorised person's address.
     */
    async signAgreement(
      actor: EmployerActor,
      signature: { version: string; authorisedName: string; authorisedEmail: string },
      meta: { userAgent: string | undefined; locale: Locale },
    ): Promise<void> {
      if (actor.isOperator || !roleHasPermission(actor.role, 'vault.agreement')) {
        throw vaultErrors.mayNotSign();
      }
      const current = await readDocument('user_agreement', currentVersionOf('user_agreement'));
      if (!current) throw errors.internal('user agreement text missing');
      if (signature.version !== current.version) throw vaultErrors.agreementVersionOutdated();
      const now = clock.now();
      await forEmployer(actor.employerId, async (repository) => {
        if (await repository.findLatestAgreement(actor.employerId, 'user_agreement')) {
          throw vaultErrors.agreementAlreadySigned();
        }
        await repository.insertAgreement({
          employerId: actor.employerId,
          document: 'user_agreement',
          version: current.version,
          textSha256: current.sha256,
          signedBy: actor.userId,
          authorisedName: signature.authorisedName,
          authorisedEmail: signature.authorisedEmail,
          signedAt: now,
          ip: actor.ip,
          userAgent: meta.userAgent ?? null,
        });
        await repository.setMember(actor.employerId, actor.userId, 'admin', actor.userId, now);
      });
      signedEmployers.add(actor.employerId);
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'vault.agreement_signed',
        subjectType: 'vault_agreement',
        subjectId: current.version,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { version: current.version, sha256: current.sha256 },
      });
      const t = translator(meta.locale);
      await mailer.send({
        to: signature.authorisedEmail,
        subject: t('vault.mail.signed.subject'),
        text: t('vault.mail.signed.body', {
          name: signature.authorisedName,
          version: current.version,
          sha256: current.sha256,
          signedAt: now.toISOString(),
          url: `${publicUrl}/datakluis`,
        }),
      });
    },

    /**
     * The demo seed and test fixtures: the agreement as signed by `signerUserId` at seed time, who
     * becomes vault admin, so existing journeys start in a working employer.
     */
    async signAgreementAtSeed(
      employerId: AuthorizedEmployerId,
      signerUserId: string,
    ): Promise<void> {
      const current = await readDocument('user_agreement', currentVersionOf('user_agreement'));
      if (!current) throw new Error('user agreement text missing');
      const now = clock.now();
      await forEmployer(employerId, async (repository) => {
        await repository.insertAgreement({
          employerId,
          document: 'user_agreement',
          version: current.version,
          textSha256: current.sha256,
          signedBy: signerUserId,
          authorisedName: 'Demo',
          authorisedEmail: 'demo@verzuim.localhost',
          signedAt: now,
          ip: 'seed',
          userAgent: null,
        });
        await repository.setMember(employerId, signerUserId, 'admin', null, now);
      });
      signedEmployers.add(employerId);
    },

    /** Autorisatie: every user of the employer with their vault level (admins only). */
    async listAuthorisation(actor: EmployerActor): Promise<AuthorisationEntry[]> {
      await requireAdmin(actor);
      const [members, levels] = await Promise.all([
        dependencies.users.employerMembers(actor.employerId),
        forEmployer(actor.employerId, (repository) => repository.listMembers(actor.employerId)),
      ]);
      const levelByUser = new Map(levels.map((row) => [row.userId, row.level as VaultLevel]));
      return members.map((member) => ({
        userId: member.id,
        displayName: member.displayName,
        email: member.email,
        role: member.role,
        level: levelByUser.get(member.id) ?? 'none',
      }));
    },

    /**
     * Sets a user's vault level (admins only). There is no limit on admins, but never none: the
     * last admin cannot be withdrawn (not even by themselves). Vault access changes no other right.
     */
    async setAccess(actor: EmployerActor, userId: string, level: AccessLevel): Promise<void> {
      await requireAdmin(actor);
      const members = await dependencies.users.employerMembers(actor.employerId);
      if (!members.some((member) => member.id === userId)) throw errors.notFound();
      const now = clock.now();
      const previous = await forEmployer(actor.employerId, async (repository) => {
        const admins = await repository.countAdminsForUpdate(actor.employerId);
        const current = await repository.findMember(actor.employerId, userId);
        const from: AccessLevel = current ? (current.level as VaultLevel) : 'none';
        if (from === 'admin' && level !== 'admin' && admins <= 1) throw vaultErrors.lastAdmin();
        if (level === 'none') await repository.removeMember(actor.employerId, userId);
        else await repository.setMember(actor.employerId, userId, level, actor.userId, now);
        return from;
      });
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'vault.access_changed',
        subjectType: 'user',
        subjectId: userId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { from: previous, to: level },
      });
    },

    /** Beheeracties: a user without access asks for it; a vault admin decides. */
    async requestAccess(actor: EmployerActor): Promise<void> {
      if (actor.isOperator) throw vaultErrors.vaultAccessRequired();
      await forEmployer(actor.employerId, async (repository) => {
        if ((await levelOf(repository, actor)) !== 'none') throw vaultErrors.alreadyHasAccess();
        if (await repository.findPendingRequest(actor.employerId, actor.userId)) {
          throw vaultErrors.requestExists();
        }
        try {
          await repository.insertRequest(actor.employerId, actor.userId, clock.now());
        } catch (error) {
          // Two requests at once both found none pending; the unique index let one through.
          if (isUniqueViolation(error)) throw vaultErrors.requestExists();
          throw error;
        }
      });
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: 'vault.access_requested',
        subjectType: 'user',
        subjectId: actor.userId,
        ip: actor.ip,
        requestId: actor.requestId,
      });
    },

    async listRequests(actor: EmployerActor): Promise<AccessRequestEntry[]> {
      await requireAdmin(actor);
      const [members, rows] = await Promise.all([
        dependencies.users.employerMembers(actor.employerId),
        forEmployer(actor.employerId, (repository) =>
          repository.listRequests(actor.employerId, 200),
        ),
      ]);
      const names = new Map(members.map((member) => [member.id, member.displayName]));
      return rows.map((row) => ({
        id: row.id,
        userId: row.userId,
        displayName: names.get(row.userId) ?? '',
        requestedAt: row.requestedAt.toISOString(),
        status: row.status as AccessRequestEntry['status'],
        decidedAt: row.decidedAt?.toISOString() ?? null,
      }));
    },

    /** Approves (access granted) or refuses a pending request; the requester is mailed either way. */
    async decideRequest(
      actor: EmployerActor,
      requestId: string,
      decision: 'approved' | 'refused',
    ): Promise<void> {
      await requireAdmin(actor);
      const now = clock.now();
      const decided = await forEmployer(actor.employerId, async (repository) => {
        const row = await repository.decideRequest(
          actor.employerId,
          requestId,
          decision,
          actor.userId,
          now,
        );
        if (row && decision === 'approved') {
          const member = await repository.findMember(actor.employerId, row.userId);
          if (!member) {
            await repository.setMember(actor.employerId, row.userId, 'access', actor.userId, now);
          }
        }
        return row;
      });
      if (!decided) throw errors.notFound();
      await audit.record({
        employerId: actor.employerId,
        userId: actor.userId,
        action: decision === 'approved' ? 'vault.request_approved' : 'vault.request_refused',
        subjectType: 'user',
        subjectId: decided.userId,
        ip: actor.ip,
        requestId: actor.requestId,
      });
      const requester = (await dependencies.users.employerMembers(actor.employerId)).find(
        (member) => member.id === decided.userId,
      );
      if (requester) {
        const t = translator(requester.locale === 'en' ? 'en' : 'nl');
        const params = { name: requester.displayName, url: `${publicUrl}/` };
        await mailer.send({
          to: requester.email,
          subject:
            decision === 'approved'
              ? t('vault.mail.approved.subject')
              : t('vault.mail.refused.subject'),
          text:
            decision === 'approved'
              ? t('vault.mail.approved.body', params)
              : t('vault.mail.refused.body', params),
        });
      }
    },

    /** Beheerdersovereenkomsten: each document with its versions, the last one current. */
    listDocuments(): { document: VaultDocument; versions: string[]; current: string }[] {
      return vaultDocuments.map((document) => ({
        document,
        versions: [...versionsOf(document)],
        current: currentVersionOf(document),
      }));
    },

    async document(document: VaultDocument, version: string): Promise<DocumentText> {
      const found = await readDocument(document, version);
      if (!found) throw errors.notFound();
      return found;
    },

    /**
     * After a new key became current: re-seals every vault row sealed with an older key, employer
     * by employer in batches. Old keys must stay configured until this reports 0 remaining.
     */
    async reencryptAll(): Promise<{ reencrypted: number; unreadable: number; remaining: number }> {
      const currentKeyId = secretBox.currentKeyId;
      let reencrypted = 0;
      let unreadable = 0;
      await walkSealedRows(currentKeyId, async (repository, row) => {
        let data: PersonalData;
        try {
          data = unseal(row);
        } catch {
          // Tampered with or copied from another row: left as it is, counted, reported.
          unreadable++;
          return;
        }
        await reseal(repository, row, data);
        reencrypted++;
      });
      return {
        reencrypted,
        unreadable,
        remaining: await createVaultMaintenanceRepository(db).countWithOtherKey(currentKeyId),
      };
    },

    /**
     * The startup check of issue 16: a row sealed under its employee id as a URL spelled it
     * (upper case) does not open under the stored ids. Each such row is opened under the former
     * spellings, re-sealed under the canonical context (and the current key) and audited.
     */
    async repairSealContexts(): Promise<{ checked: number; repaired: number; unreadable: number }> {
      let checked = 0;
      const repaired: SealedPersonalData[] = [];
      let unreadable = 0;
      await walkSealedRows(undefined, async (repository, row) => {
        checked++;
        if (opensAsStored(row)) return;
        const open = (field: 'bsn' | 'contact', sealed: string) =>
          openUnderAny(
            secretBox,
            sealed,
            formerContexts([row.employerId, row.employeeId], (employerId, employeeId) =>
              sealContext(field, employerId, employeeId),
            ),
          );
        const contact = open('contact', row.contactSealed);
        const bsn = row.bsnSealed === null ? null : open('bsn', row.bsnSealed);
        if (contact === undefined || bsn === undefined) {
          unreadable++;
          return;
        }
        await reseal(repository, row, personalDataOf(contact, bsn));
        repaired.push(row);
      });
      for (const row of repaired) {
        await audit.record({
          employerId: row.employerId,
          action: 'vault.seal_context_repaired',
          subjectType: 'employee',
          subjectId: row.employeeId,
        });
      }
      return { checked, repaired: repaired.length, unreadable };
    },
  };
}

export type VaultUseCases = ReturnType<typeof createVaultUseCases>;

/** Operator roles that may read the vault of an employee with an open case (SPEC.md §2.4). */
function isVaultOperator(actor: EmployerActor): boolean {
  return roleHasPermission(actor.role, 'vault.care_request');
}
