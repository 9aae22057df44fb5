/**
 * Statistieken (SPEC.md §2.8, DOMAIN.md §4). A report reads the employments, the sickness
 * episodes and the department tree through the use cases of the modules below it, in one tenant
 * transaction, and computes its figures with the pure rules of reports.models.ts. The actor's
 * dossier scope is applied per day: an employee outside it contributes nothing, not even to
 * totals.
 */
import type {
  AbsenceAnalysisReport,
  AbsencePercentageReport,
  QuarterlyReport,
  ReportFilter,
  ReportUnit,
} from '../../../contracts/reports.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { absenceAnalysisReport } from './reports.analysis.models.js';
import { type ListReportsDependencies, listReportsUseCases } from './reports.lists.usecases.js';
import {
  monthlyBuckets,
  monthlyReportOf,
  type ReportDepartment,
  type ReportInput,
  reportUnits,
} from './reports.models.js';
import { quarterlyPeriods, quarterlyReportOf } from './reports.quarterly.models.js';
import { boundarySums } from './reports.buckets.repository.js';
import { periodSums, type StatisticsSums } from './reports.statistics.repository.js';
import { bucketSums, periodTotalsOf, sumsByUnit } from './reports.sums.models.js';
import { departmentsWithUnitsIn, unitsInScope } from './reports.units.js';

export type ReportsDependencies = ListReportsDependencies & {
  organisation: Pick<OrganisationUseCases, 'listDepartmentsIn' | 'fullTimeHoursPerWeekIn'>;
  employees: Pick<
    EmployeesUseCases,
    'employmentHistoriesIn' | 'employeeProfilesIn' | 'employmentStretchesQuery'
  >;
  cases: Pick<CasesUseCases, 'sicknessEpisodesIn' | 'sickStretchesQuery' | 'sicknessEpisodesQuery'>;
};

export type ReportActor = Pick<EmployerActor, 'employerId' | 'scope'>;
type Filter = Pick<ReportFilter, 'from' | 'to' | 'method' | 'level' | 'unitIds'>;

/**
 * A statistical report's input in the actor's tenant: the departments (a selected unit must be
 * one of them), and the employments and episodes touching `start`–`to`.
 */
export async function reportInputIn(
  {
    organisation,
    employees,
    cases,
  }: Pick<ReportsDependencies, 'organisation' | 'employees' | 'cases'>,
  tx: TenantDb,
  actor: ReportActor,
  filter: Filter,
  start: string,
): Promise<{ input: ReportInput; departments: ReportDepartment[] }> {
  const selected = filter.unitIds ?? [];
  const departments = await departmentsWithUnitsIn(organisation, tx, actor, selected);
  const [fullTimeHours, employments, episodes] = [
    await organisation.fullTimeHoursPerWeekIn(tx, actor.employerId),
    await employees.employmentHistoriesIn(tx, actor.employerId, start, filter.to),
    await cases.sicknessEpisodesIn(tx, actor.employerId, start, filter.to),
  ];
  return {
    departments,
    input: {
      employments,
      episodes,
      units: reportUnits(departments, selected, filter.level),
      scope: actor.scope,
      fullTimeHours,
      method: filter.method,
      from: filter.from,
      to: filter.to,
      level: filter.level,
      selectedIds: selected,
    },
  };
}

/** The subqueries of the employment stretches, sick stretches and episodes touching `start`–`to`. */
function statisticsSourcesOf(
  { employees, cases }: Pick<ReportsDependencies, 'employees' | 'cases'>,
  employerId: ReportActor['employerId'],
  start: string,
  to: string,
): Pick<StatisticsSums, 'employments' | 'sickStretches' | 'episodes'> {
  return {
    employments: employees.employmentStretchesQuery(employerId, start, to),
    sickStretches: cases.sickStretchesQuery(employerId, start, to),
    episodes: cases.sicknessEpisodesQuery(employerId, start, to),
  };
}

/**
 * What a report sums in the database over `start`–`to` within the actor's scope
 * (reports.statistics.repository.ts), with the departments (a selected unit must be one of them).
 */
async function statisticsQueryIn(
  {
    organisation,
    employees,
    cases,
  }: Pick<ReportsDependencies, 'organisation' | 'employees' | 'cases'>,
  tx: TenantDb,
  actor: ReportActor,
  filter: Filter,
  start: string,
) {
  const selected = filter.unitIds ?? [];
  const { employerId } = actor;
  const departments = await departmentsWithUnitsIn(organisation, tx, actor, selected);
  const query: Omit<StatisticsSums, 'periods'> = {
    ...statisticsSourcesOf({ employees, cases }, employerId, start, filter.to),
    units: reportUnits(departments, selected, filter.level),
    scope: actor.scope,
    fullTimeHours: await organisation.fullTimeHoursPerWeekIn(tx, employerId),
    method: filter.method,
  };
  return { departments, query };
}

export function createReportsUseCases(dependencies: ReportsDependencies) {
  const { db, employees } = dependencies;
  const inputOf = (tx: TenantDb, actor: ReportActor, filter: Filter, start: string) =>
    reportInputIn(dependencies, tx, actor, filter, start);

  return {
    ...listReportsUseCases(dependencies),
    /** The units the report filters offer the actor: the departments of their dossier scope. */
    units(actor: ReportActor): Promise<ReportUnit[]> {
      return inTenant(db, actor.employerId, async (tx) =>
        unitsInScope(
          await dependencies.organisation.listDepartmentsIn(tx, actor.employerId),
          actor.scope,
        ),
      );
    },
    /** Verzuimpercentage per maand for the filter, within the actor's scope. */
    absencePercentage(actor: ReportActor, filter: Filter): Promise<AbsencePercentageReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const buckets = monthlyBuckets(filter.from, filter.to);
        const { departments, query } = await statisticsQueryIn(
          dependencies,
          tx,
          actor,
          filter,
          buckets.starts[0] as string,
        );
        const whole = { from: filter.from, to: filter.to };
        const boundaries = await boundarySums(tx, { ...query, ...buckets });
        // The period's own span, not the year before it that the rolling VP needs: half the
        // episodes to read.
        const totals = sumsByUnit(
          await periodSums(tx, {
            ...query,
            ...statisticsSourcesOf(dependencies, actor.employerId, filter.from, filter.to),
            periods: [whole],
          }),
        );
        return monthlyReportOf(
          { ...filter, selectedIds: filter.unitIds ?? [] },
          departments,
          buckets,
          bucketSums(boundaries, buckets.starts.length, query.fullTimeHours),
          periodTotalsOf(totals.get(null)?.get(0), whole),
        );
      });
    },

    /** Kwartaalrapportage verzuim for the filter, within the actor's scope. */
    quarterly(actor: ReportActor, filter: Filter): Promise<QuarterlyReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const periods = quarterlyPeriods(filter.from, filter.to);
        const { departments, query } = await statisticsQueryIn(
          dependencies,
          tx,
          actor,
          filter,
          filter.from,
        );
        const byUnit = sumsByUnit(await periodSums(tx, { ...query, periods }));
        return quarterlyReportOf(
          { ...filter, selectedIds: filter.unitIds ?? [] },
          departments,
          query.units.values(),
          (unit, period) =>
            periodTotalsOf(byUnit.get(unit)?.get(period), periods[period] as (typeof periods)[0]),
        );
      });
    },

    /** Verzuimanalyse totaal for the filter, within the actor's scope. */
    absenceAnalysis(actor: ReportActor, filter: Filter): Promise<AbsenceAnalysisReport> {
      return inTenant(db, actor.employerId, async (tx) => {
        const { input, departments } = await inputOf(tx, actor, filter, filter.from);
        const profiles = await employees.employeeProfilesIn(
          tx,
          actor.employerId,
          filter.from,
          filter.to,
        );
        return absenceAnalysisReport(
          {
            ...input,
            profiles: new Map(profiles.map(({ employeeId, ...profile }) => [employeeId, profile])),
          },
          departments,
        );
      });
    },
  };
}

export type ReportsUseCases = ReturnType<typeof createReportsUseCases>;
