/**
 * Who counts on which day (DOMAIN.md §4): an employment's stretches in one department at one
 * part-time factor, an episode's stretches at one percentage, and the dossier scope. Pure.
 */
import { addDays } from '../../../contracts/civil-dates.js';
import type { CountingMethod } from '../../../contracts/reports.js';
import { earlier, later } from './reports.periods.models.js';

/** One employment and its versions (oldest first); the first version applies from its start. */
export type EmploymentHistory = {
  employeeId: string;
  startDate: string;
  /** Last day employed, inclusive; null while open-ended. */
  endDate: string | null;
  versions: readonly { validFrom: string; departmentId: string; contractHoursPerWeek: number }[];
};

/** A sickness episode with its percentage segments (DOMAIN.md §1); pregnancy leave is none. */
export type SicknessEpisode = {
  employeeId: string;
  firstDay: string;
  /** Last sick day, inclusive; null while open. */
  lastDay: string | null;
  segments: readonly { validFrom: string; percentage: number }[];
};

/** The dossier scope (platform/session): an employee outside it contributes nothing. */
export type StatisticsScope =
  | { kind: 'employer' }
  | { kind: 'selection'; departmentIds: readonly string[]; employeeIds: readonly string[] };

/** A stretch of days of one employment in one department at one part-time factor. */
export type Placement = {
  employeeId: string;
  departmentId: string;
  first: string;
  last: string;
  factor: number;
};

export function placementsOf(
  employment: EmploymentHistory,
  fullTimeHours: number,
  until: string,
): Placement[] {
  const end = employment.endDate ?? until;
  return employment.versions.flatMap((version, index) => {
    const next = employment.versions[index + 1];
    const first =
      index === 0 ? employment.startDate : later(version.validFrom, employment.startDate);
    const last = next ? earlier(addDays(next.validFrom, -1), end) : end;
    if (first > last) return [];
    return [
      {
        employeeId: employment.employeeId,
        departmentId: version.departmentId,
        first,
        last,
        factor: version.contractHoursPerWeek / fullTimeHours,
      },
    ];
  });
}

/** The stretches of an episode at one percentage; an open episode runs up to `until`. */
export function sickStretches(episode: SicknessEpisode, until: string) {
  const end = episode.lastDay ?? until;
  return episode.segments.flatMap((segment, index) => {
    const next = episode.segments[index + 1];
    const first = later(segment.validFrom, episode.firstDay);
    const last = next ? earlier(addDays(next.validFrom, -1), end) : end;
    return first > last ? [] : [{ first, last, factor: segment.percentage / 100 }];
  });
}

export function inScope(scope: StatisticsScope, placement: Placement): boolean {
  return (
    scope.kind === 'employer' ||
    scope.employeeIds.includes(placement.employeeId) ||
    scope.departmentIds.includes(placement.departmentId)
  );
}

export type AbsenceInput = {
  employments: readonly EmploymentHistory[];
  episodes: readonly SicknessEpisode[];
  /** Department → the unit its days count for (`reportUnits`); others count nowhere. */
  units: ReadonlyMap<string, string>;
  scope: StatisticsScope;
  fullTimeHours: number;
  method: CountingMethod;
};
