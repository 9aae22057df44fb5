/**
 * Verzuimsamenvatting jaar from a snapshot (issue 12). Pure: which data a snapshot keeps, and the
 * figures computed from it. The same function computes the report from the data of now and from
 * a snapshot opened a year later, so both give the same numbers for the same data.
 */
import type {
  AnnualSummaryFilter,
  AnnualSummaryReport,
  SnapshotInfo,
} from '../../../contracts/report-snapshots.js';
import {
  absencePercentageReport,
  type EmploymentHistory,
  inScope,
  periodFigures,
  placementsOf,
  type ReportDepartment,
  reportUnits,
  type SicknessEpisode,
  type StatisticsScope,
} from './reports.models.js';

/** The filter a snapshot was recorded with (the report's query without `format`). */
export type SnapshotFilter = Pick<AnnualSummaryFilter, 'from' | 'to' | 'method' | 'level'> & {
  unitIds: string[];
};

/**
 * Everything the figures need, as it was: the department tree, the full-time hours, and the
 * employments and episodes of the employees who count in the selection and the requester's
 * scope (nobody else is recorded), with that scope, which still applies per day.
 */
export type SnapshotData = {
  fullTimeHours: number;
  departments: ReportDepartment[];
  employments: EmploymentHistory[];
  episodes: SicknessEpisode[];
  scope: StatisticsScope;
};

/** Keeps of the data read what the filter's figures can use; `until`: the last day read. */
export function snapshotDataOf(
  read: SnapshotData,
  filter: SnapshotFilter,
  until: string,
): SnapshotData {
  const units = reportUnits(read.departments, filter.unitIds, filter.level);
  const employments = read.employments.filter((employment) =>
    placementsOf(employment, read.fullTimeHours, until).some(
      (placement) => units.has(placement.departmentId) && inScope(read.scope, placement),
    ),
  );
  const counted = new Set(employments.map((employment) => employment.employeeId));
  return {
    fullTimeHours: read.fullTimeHours,
    departments: read.departments.map(({ id, parentId, name }) => ({ id, parentId, name })),
    employments,
    episodes: read.episodes.filter((episode) => counted.has(episode.employeeId)),
    scope: read.scope,
  };
}

/**
 * The summary: the monthly VP (month, cumulative, rolling) in total and per unit, the figures of
 * the period (VP, MF, mean duration, nulverzuim, headcount, classes) in total and per unit.
 */
export function annualSummaryOf(
  data: SnapshotData,
  filter: SnapshotFilter,
  snapshot: SnapshotInfo | null,
): AnnualSummaryReport {
  const units = reportUnits(data.departments, filter.unitIds, filter.level);
  const input = {
    employments: data.employments,
    episodes: data.episodes,
    units,
    scope: data.scope,
    fullTimeHours: data.fullTimeHours,
    method: filter.method,
    from: filter.from,
    to: filter.to,
    level: filter.level,
    selectedIds: filter.unitIds,
  };
  const monthly = absencePercentageReport(input, data.departments);
  return {
    ...monthly,
    units: monthly.units.map((unit) => ({
      ...unit,
      figures: periodFigures(
        {
          ...input,
          units: new Map([...units].filter(([, unitId]) => unitId === unit.id)),
        },
        filter.from,
        filter.to,
      ),
    })),
    snapshot,
  };
}
