import type { AuditAction } from '../../../contracts/audit.js';
import type { EmployerDetails, HrIntegrationMode } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import { organisationErrors } from './organisation.errors.js';
import { isValidKvkNumber, storedHrIntegrationMode } from './organisation.models.js';
import { createOrganisationRepository, type Employer } from './organisation.repository.js';
import type {
  EmployerSettings,
  OrganisationActor,
  OrganisationDependencies,
} from './organisation.context.js';

function checkKvk(kvkNumber: string | null | undefined) {
  if (kvkNumber && !isValidKvkNumber(kvkNumber)) throw organisationErrors.invalidKvkNumber();
}

const hrIntegrationModeOf = (employer: Employer | undefined): HrIntegrationMode =>
  storedHrIntegrationMode.parse(employer?.hrIntegrationMode);

export function employerDetails(employer: Employer): EmployerDetails {
  return {
    id: employer.id,
    name: employer.name,
    kvkNumber: employer.kvkNumber,
    hrIntegrationMode: hrIntegrationModeOf(employer),
    contactName: employer.contactName,
    contactEmail: employer.contactEmail,
    fullTimeHoursPerWeek: employer.fullTimeHoursPerWeek,
    absenceInsurer: employer.absenceInsurer,
    absenceRetentionYears: employer.absenceRetentionYears,
    caseRetentionYears: employer.caseRetentionYears,
    createdAt: employer.createdAt.toISOString(),
  };
}

const storedSettings = (settings: EmployerSettings) => ({
  name: settings.name,
  kvkNumber: settings.kvkNumber,
  hrIntegrationMode: settings.hrIntegrationMode,
  contactName: settings.contactName,
  contactEmail: settings.contactEmail,
  fullTimeHoursPerWeek: String(settings.fullTimeHoursPerWeek),
  ...(settings.absenceInsurer === undefined ? {} : { absenceInsurer: settings.absenceInsurer }),
  ...(settings.absenceRetentionYears === undefined
    ? {}
    : { absenceRetentionYears: settings.absenceRetentionYears }),
  ...(settings.caseRetentionYears === undefined
    ? {}
    : { caseRetentionYears: settings.caseRetentionYears }),
});

/** Werkgevers: the employers of the arbodienst and their settings (operator side). */
export function employersUseCases({ db, audit }: OrganisationDependencies) {
  const repository = createOrganisationRepository(db);
  /** An audit entry about the employer, in the transaction that changed it. */
  const recordChange = (
    tx: Db,
    actor: OrganisationActor,
    employerId: string,
    action: AuditAction,
    details: Record<string, unknown>,
  ) =>
    auditBy(audit, { ...actor, employerId }).record(
      { action, subjectType: 'employer', subjectId: employerId, details },
      tx,
    );

  async function addEmployerIn(
    tx: Db,
    actor: OrganisationActor,
    settings: EmployerSettings,
    details: Record<string, unknown> = {},
  ): Promise<Employer> {
    const employer = await createOrganisationRepository(tx).insertEmployer(
      storedSettings(settings),
    );
    await recordChange(tx, actor, employer.id, 'employers.created', {
      name: employer.name,
      ...details,
    });
    return employer;
  }

  return {
    async createEmployer(values: {
      name: string;
      kvkNumber?: string | null;
      absenceInsurer?: string | null;
    }): Promise<Employer> {
      checkKvk(values.kvkNumber);
      return repository.insertEmployer({
        name: values.name,
        kvkNumber: values.kvkNumber ?? null,
        absenceInsurer: values.absenceInsurer ?? null,
      });
    },

    /** Werkgevers (operator admin): every employer of the arbodienst with its settings. */
    async listEmployers(search?: string): Promise<EmployerDetails[]> {
      return (await repository.listEmployers(search?.trim() || undefined)).map(employerDetails);
    },

    addEmployer(actor: OrganisationActor, settings: EmployerSettings): Promise<EmployerDetails> {
      checkKvk(settings.kvkNumber);
      return db.transaction(async (tx) =>
        employerDetails(await addEmployerIn(tx, actor, settings)),
      );
    },

    /**
     * `addEmployer` in the caller's transaction, for "Werkgever aansluiten" (users.onboarding):
     * there the name must be new to the arbodienst (compared without case).
     */
    async onboardEmployerIn(
      tx: Db,
      actor: OrganisationActor,
      settings: EmployerSettings,
    ): Promise<EmployerDetails> {
      checkKvk(settings.kvkNumber);
      if (await createOrganisationRepository(tx).employerNamed(settings.name)) {
        throw organisationErrors.employerNameTaken();
      }
      return employerDetails(await addEmployerIn(tx, actor, settings, { onboarding: true }));
    },

    updateEmployer(
      actor: OrganisationActor,
      employerId: string,
      settings: EmployerSettings,
    ): Promise<EmployerDetails> {
      checkKvk(settings.kvkNumber);
      return db.transaction(async (tx) => {
        const employers = createOrganisationRepository(tx);
        const before = await employers.findEmployer(employerId);
        if (!before) throw errors.notFound();
        const employer = await employers.updateEmployer(employerId, storedSettings(settings));
        if (!employer) throw errors.notFound();
        const changed = Object.keys(storedSettings(settings)).filter(
          (key) =>
            String(before[key as keyof Employer] ?? '') !==
            String(employer[key as keyof Employer] ?? ''),
        );
        await recordChange(tx, actor, employer.id, 'employers.updated', { changed });
        return employerDetails(employer);
      });
    },

    hasAnyEmployer(): Promise<boolean> {
      return repository.hasAnyEmployer();
    },

    employerNamesOf: (employerIds: string[]) => repository.employerNamesOf(employerIds),

    async getEmployer(employerId: string): Promise<Employer | undefined> {
      return repository.findEmployer(employerId);
    },

    /** The employer's HR link (koppeling), read in the caller's tenant transaction. */
    async hrIntegrationModeIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<HrIntegrationMode> {
      return hrIntegrationModeOf(await createOrganisationRepository(tx).findEmployer(employerId));
    },

    /** The employer's name, read in the caller's tenant transaction (the reports' header). */
    async employerNameIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<string> {
      return (await createOrganisationRepository(tx).findEmployer(employerId))?.name ?? '';
    },

    /** The employer's verzuimverzekeraar, read in the caller's tenant transaction; null: none. */
    async absenceInsurerIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<string | null> {
      return (
        (await createOrganisationRepository(tx).findEmployer(employerId))?.absenceInsurer ?? null
      );
    },

    /** The employer's full-time hours per week (DOMAIN.md §4's part-time factor divides by it). */
    async fullTimeHoursPerWeekIn(tx: TenantDb, employerId: AuthorizedEmployerId): Promise<number> {
      const employer = await createOrganisationRepository(tx).findEmployer(employerId);
      return Number(employer?.fullTimeHoursPerWeek ?? 40);
    },
  };
}
