/**
 * The list reports of Statistieken (SPEC.md §2.8): OverzichtVerzuimPerMedewerker, Ziektetrajecten
 * per verzekeraar and Trajecthistorie. Each reads the departments, employments and cases through
 * the use cases of the modules below it, in one tenant transaction, and builds its rows with the
 * pure rules of reports.lists.models.ts; a case counts when the employee was, on a day of it in
 * the period, in a selected unit and within the actor's dossier scope.
 */
import { classificationChoicesFor, type ClassificationValue } from '../../../contracts/cases.js';
import type {
  AbsencePerEmployeeFilter,
  AbsencePerEmployeeReport,
  CaseHistoryFilter,
  CaseHistoryReport,
  InsurerCasesReport,
} from '../../../contracts/report-lists.js';
import type { ReportFilter } from '../../../contracts/reports.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { DossierUseCases } from '../dossier/dossier.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import {
  absencePerEmployeeRows,
  caseHistoryCases,
  caseHistoryRows,
  insurerCaseRows,
  type ListCase,
  type ListEmployee,
  selectedAbsenceRows,
} from './reports.lists.models.js';
import { reportsErrors } from './reports.errors.js';
import { reportUnits } from './reports.models.js';
import { departmentsWithUnitsIn } from './reports.units.js';

export type ListReportsDependencies = {
  db: Db;
  organisation: Pick<
    OrganisationUseCases,
    'listDepartmentsIn' | 'employerNameIn' | 'absenceInsurerIn'
  >;
  employees: Pick<EmployeesUseCases, 'employmentHistoriesIn' | 'reportEmployeesIn'>;
  cases: Pick<CasesUseCases, 'reportCasesIn'>;
  dossier: Pick<DossierUseCases, 'notesForReportIn'>;
};

type ListFilter = Pick<ReportFilter, 'from' | 'to' | 'method' | 'level' | 'unitIds'>;

/**
 * Who asks for a list: the scope cuts the rows, the role decides what a row shows and whether
 * the notes come with it (their audit entry names the request). A background export passes the
 * requester as they were when they asked.
 */
export type ListActor = Pick<
  EmployerActor,
  'employerId' | 'scope' | 'role' | 'userId' | 'ip' | 'requestId'
>;

/** A cause the role is not shown cannot be chosen either (DOMAIN.md §5): 400 report_cause_hidden. */
export function refuseHiddenCauses(
  actor: Pick<ListActor, 'role'>,
  causes: readonly ClassificationValue[] = [],
): void {
  const choices = classificationChoicesFor(actor.role);
  if (causes.some((cause) => !choices.includes(cause))) throw reportsErrors.hiddenCause();
}

export function listReportsUseCases({
  db,
  organisation,
  employees,
  cases,
  dossier,
}: ListReportsDependencies) {
  /** What every list report reads: the selected units, the employments and the cases. */
  async function readLists(tx: TenantDb, actor: ListActor, filter: ListFilter) {
    const employerId: AuthorizedEmployerId = actor.employerId;
    const selected = filter.unitIds ?? [];
    const departments = await departmentsWithUnitsIn(organisation, tx, actor, selected);
    const departmentNames = new Map(
      departments.map((department) => [department.id, department.name]),
    );
    const employments = await employees.employmentHistoriesIn(
      tx,
      employerId,
      filter.from,
      filter.to,
    );
    const listCases: ListCase[] = await cases.reportCasesIn(tx, employerId, filter.from, filter.to);
    const input = {
      employments,
      cases: listCases,
      units: reportUnits(departments, selected, filter.level),
      scope: actor.scope,
      role: actor.role,
      from: filter.from,
      to: filter.to,
    };
    const header = {
      from: filter.from,
      to: filter.to,
      method: filter.method,
      level: filter.level,
      selectedUnits: selected.map((id) => ({ id, name: departmentNames.get(id) ?? id })),
    };
    return { input, header, departmentNames };
  }

  /** The names of the employees of the rows, read once the rows are known (in scope only). */
  async function lookupOf(
    tx: TenantDb,
    actor: ListActor,
    employeeIds: Iterable<string>,
    departmentNames: ReadonlyMap<string, string>,
  ) {
    const rows: ListEmployee[] = await employees.reportEmployeesIn(tx, actor.employerId, [
      ...new Set(employeeIds),
    ]);
    return { employees: new Map(rows.map((row) => [row.id, row])), departmentNames };
  }

  /** The employees who have a case row for the actor (names are read for these only). */
  const candidates = (input: { cases: readonly ListCase[] }) =>
    input.cases.map((listCase) => listCase.employeeId);

  return {
    /**
     * OverzichtVerzuimPerMedewerker within the actor's scope, of the causes and vangnet situation
     * chosen; a cause the role is not shown cannot be chosen either (DOMAIN.md §5).
     */
    absencePerEmployee(
      actor: ListActor,
      filter: ListFilter & Pick<AbsencePerEmployeeFilter, 'causes' | 'safetyNet'>,
    ): Promise<AbsencePerEmployeeReport> {
      const selection = { causes: filter.causes ?? [], safetyNet: filter.safetyNet ?? null };
      refuseHiddenCauses(actor, selection.causes);
      return inTenant(db, actor.employerId, async (tx) => {
        const { input, header, departmentNames } = await readLists(tx, actor, filter);
        const lookup = await lookupOf(tx, actor, candidates(input), departmentNames);
        const rows = absencePerEmployeeRows({ ...input, method: filter.method }, lookup);
        return { ...header, ...selection, rows: selectedAbsenceRows(rows, selection) };
      });
    },

    /**
     * Ziektetrajecten per verzekeraar within the actor's scope. The insurer is recorded per
     * employer (its settings), so the rows form one group: the employer's verzuimverzekeraar, or
     * `insurer: null` ("not recorded") while it has none.
     */
    insurerCases(actor: ListActor, filter: ListFilter): Promise<InsurerCasesReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const { input, header, departmentNames } = await readLists(tx, actor, filter);
        const lookup = await lookupOf(tx, actor, candidates(input), departmentNames);
        const rows = insurerCaseRows(input, lookup);
        const insurer = await organisation.absenceInsurerIn(tx, actor.employerId);
        return { ...header, insurers: rows.length > 0 ? [{ insurer, rows }] : [] };
      });
    },

    /**
     * Trajecthistorie within the actor's scope, filtered by protocol and case status; with the
     * notes when the actor's role may read them (the dossier's permission and audit).
     */
    caseHistory(
      actor: ListActor,
      filter: Omit<CaseHistoryFilter, 'format'>,
    ): Promise<CaseHistoryReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const { input, header, departmentNames } = await readLists(tx, actor, filter);
        const lookup = await lookupOf(tx, actor, candidates(input), departmentNames);
        const selection = { protocols: filter.protocols ?? [], status: filter.status ?? null };
        const listed = caseHistoryCases(input, selection, lookup);
        const notes = await dossier.notesForReportIn(tx, actor, [
          ...new Set(listed.map((entry) => entry.case.employeeId)),
        ]);
        return {
          ...header,
          employer: await organisation.employerNameIn(tx, actor.employerId),
          protocols: selection.protocols,
          status: selection.status,
          notesIncluded: notes !== null,
          cases: caseHistoryRows(listed, actor.role, notes ?? [], lookup),
        };
      });
    },
  };
}
