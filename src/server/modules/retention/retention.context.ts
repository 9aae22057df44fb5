import { addDays } from '../../../contracts/civil-dates.js';
import type { ExpiredDossier } from '../../../contracts/retention.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, type TenantDb, trustEmployerId } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { DossierUseCases } from '../dossier/dossier.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { TasksUseCases } from '../tasks/tasks.usecases.js';
import type { UsersUseCases } from '../users/users.usecases.js';
import type { ReintegrationUseCases } from '../reintegration/reintegration.usecases.js';
import type { VaultUseCases } from '../vault/vault.usecases.js';
import { addYears, retentionDecision } from './retention.models.js';

export type RetentionDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  organisation: Pick<
    OrganisationUseCases,
    | 'listEmployers'
    | 'getEmployer'
    | 'employerRowsIn'
    | 'lockEmployerIn'
    | 'eraseDepartmentsIn'
    | 'eraseEmployerRowIn'
  >;
  employees: Pick<
    EmployeesUseCases,
    | 'employeesLeftBeforeIn'
    | 'lockEmployeeIn'
    | 'retentionEmployeesIn'
    | 'dossierTagsIn'
    | 'eraseEmployeeIn'
    | 'subjectAccessEmployeeIn'
    | 'allEmployeeIdsIn'
    | 'eraseEmployerHeadcountRowsIn'
  >;
  cases: Pick<
    CasesUseCases,
    'employeesWithCaseEndedBeforeIn' | 'retentionCasesIn' | 'eraseCasesIn' | 'subjectAccessCasesIn'
  >;
  tasks: Pick<
    TasksUseCases,
    'eraseTasksOfCasesIn' | 'subjectAccessTasksIn' | 'eraseEmployerTaskRowsIn'
  >;
  dossier: Pick<
    DossierUseCases,
    'eraseDossierRowsIn' | 'eraseStoredFiles' | 'subjectAccessDossierIn' | 'storedDocumentBytes'
  >;
  vault: Pick<VaultUseCases, 'erasePersonalDataIn' | 'eraseEmployerVaultRowsIn'>;
  users: Pick<
    UsersUseCases,
    | 'forgetScopeEmployeeIn'
    | 'displayNamesOf'
    | 'employerUsersIn'
    | 'eraseEmployerMembershipsIn'
    | 'eraseUsersIn'
  >;
  reintegration: Pick<ReintegrationUseCases, 'eraseReintegrationDocumentsIn'>;
  /** What the offboarding of a whole employer needs beyond the dossiers (issue 14). */
  offboarding: OffboardingDependencies;
};

type Counts = Record<string, number>;
type EraseOfEmployer = (tx: TenantDb, employerId: AuthorizedEmployerId) => Promise<Counts>;

/**
 * The port to the modules above retention that only the offboarding of a whole employer needs
 * (issue 14); modules.ts wires auth, factors, signals, the report exports, integration and SIVI in.
 */
export type OffboardingDependencies = {
  auth: {
    eraseSessionsForEmployerIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      userIds: readonly string[],
    ): Promise<Counts>;
  };
  factors: { eraseFactorsOfUsersIn(tx: TenantDb, userIds: readonly string[]): Promise<Counts> };
  signals: { eraseEmployerSignalRowsIn: EraseOfEmployer };
  reports: {
    eraseEmployerReportRowsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
    ): Promise<{ counts: Counts; fileKeys: string[] }>;
    eraseExportFiles(fileKeys: readonly string[]): Promise<void>;
  };
  integration: { eraseEmployerIntegrationRowsIn: EraseOfEmployer };
  sivi: { eraseEmployerSiviRowsIn: EraseOfEmployer };
};

/** An employer with its retention settings (the Werkgevers settings). */
export type RetainingEmployer = {
  id: string;
  name: string;
  absenceRetentionYears: number;
  caseRetentionYears: number;
};

/**
 * A date safely after every end that can be expired on `today` after `years` years: the
 * database narrows the candidates with it, the model decides.
 */
const candidatesBefore = (today: string, years: number) => addDays(addYears(today, -years), 2);

/**
 * What is expired at `employer` on `today`, per dossier (exempt ones with their tags), read in
 * the caller's tenant transaction: the candidates by date from the employees and cases, then the
 * rule of retention.models.ts over each candidate's employments, cases and tags.
 */
export async function expiredDossiersIn(
  dependencies: RetentionDependencies,
  tx: TenantDb,
  employer: RetainingEmployer,
  today: string,
  onlyEmployeeId?: string,
): Promise<ExpiredDossier[]> {
  const { employees, cases } = dependencies;
  const employerId: AuthorizedEmployerId = trustEmployerId(employer.id);
  const settings = {
    absenceYears: employer.absenceRetentionYears,
    caseYears: employer.caseRetentionYears,
  };
  const candidates =
    onlyEmployeeId === undefined
      ? [
          ...new Set([
            ...(await employees.employeesLeftBeforeIn(
              tx,
              employerId,
              candidatesBefore(today, settings.absenceYears),
            )),
            ...(await cases.employeesWithCaseEndedBeforeIn(
              tx,
              employerId,
              candidatesBefore(today, settings.caseYears),
            )),
          ]),
        ]
      : [onlyEmployeeId];
  const people = await employees.retentionEmployeesIn(tx, employerId, candidates);
  const caseRows = await cases.retentionCasesIn(tx, employerId, candidates);
  const tags = await employees.dossierTagsIn(tx, employerId, candidates);
  const expired: ExpiredDossier[] = [];
  for (const person of people) {
    const decision = retentionDecision(
      {
        employeeId: person.employeeId,
        employmentEnds: person.employmentEnds,
        cases: caseRows.filter((row) => row.employeeId === person.employeeId),
        tags: tags.get(person.employeeId) ?? [],
      },
      settings,
      today,
    );
    if (decision) {
      expired.push({
        employeeId: person.employeeId,
        name: person.name,
        personnelNumber: person.personnelNumber,
        ...decision,
      });
    }
  }
  return expired.sort(
    (a, b) => a.name.localeCompare(b.name, 'nl') || a.employeeId.localeCompare(b.employeeId),
  );
}

export function createRetentionContext(dependencies: RetentionDependencies) {
  return { ...dependencies, today: () => amsterdamDateOf(dependencies.clock.now()) };
}
export type RetentionContext = ReturnType<typeof createRetentionContext>;
