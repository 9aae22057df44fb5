import { auditBy } from '../../platform/audit/audit.js';
import type { Locale } from '../../../contracts/common.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type { AuthorizedEmployerId } from '../../db/tenancy.js';
import { errors } from '../../platform/errors.js';
import { translator } from '../../platform/i18n/i18n.js';
import { formatDateTime } from '../../../contracts/formats.js';
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
import type { VaultContext, VaultStatus } from './vault.context.js';

/** The datakluis agreement: the gate before any employer data, the user's vault status, signing, and the documents signed. */
export function createAgreement(context: VaultContext) {
  const { clock, audit, mailer, publicUrl, forEmployer, signedEmployers, isSigned } = context;
  return {
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
      const result = await forEmployer(actor.employerId, (repository) =>
        repository.readStatus(actor.employerId, actor.userId),
      );
      // Operators have no vault level (they go by open cases) and request nothing.
      const access = actor.isOperator ? 'none' : (result.level ?? 'none');
      if (result.agreementSigned) signedEmployers.add(actor.employerId);
      return {
        agreementSigned: result.agreementSigned,
        maySign: !actor.isOperator && roleHasPermission(actor.role, 'vault.agreement'),
        access,
        requestPending: !actor.isOperator && result.requestPending,
        mayRequest: !actor.isOperator && access === 'none',
        pendingRequests: access === 'admin' ? result.pendingRequests : 0,
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
      await forEmployer(actor.employerId, async (repository, tx) => {
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
        await auditBy(audit, actor).record(
          {
            action: 'vault.agreement_signed',
            subjectType: 'vault_agreement',
            subjectId: current.version,
            details: { version: current.version, sha256: current.sha256 },
          },
          tx,
        );
      });
      signedEmployers.add(actor.employerId);
      const t = translator(meta.locale);
      await mailer.send({
        to: signature.authorisedEmail,
        subject: t('vault.mail.signed.subject'),
        text: t('vault.mail.signed.body', {
          name: signature.authorisedName,
          version: current.version,
          sha256: current.sha256,
          signedAt: formatDateTime(now, meta.locale),
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
  };
}
