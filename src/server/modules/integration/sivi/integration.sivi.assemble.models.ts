import type { Gender } from '../../../../contracts/employees.js';
import type { SiviCase, SiviEmployee, SiviEmployment } from './integration.sivi.export.models.js';

/** What the export reads through the use cases of employees, cases and organisation. */
export type SiviSources = {
  employments: {
    employeeId: string;
    startDate: string;
    endDate: string | null;
    versions: { validFrom: string; departmentId: string; contractHoursPerWeek: number }[];
  }[];
  profiles: { employeeId: string; gender: Gender; dateOfBirth: string }[];
  names: {
    id: string;
    firstName: string;
    namePrefix: string | null;
    lastName: string;
    personnelNumber: string | null;
  }[];
  cases: {
    id: string;
    employeeId: string;
    kind: 'sickness' | 'pregnancy';
    firstDay: string;
    lastDay: string | null;
    segments: { validFrom: string; percentage: number }[];
    /** The HR system's id of an imported case: its VrzmgvlId again, so both sides keep one id. */
    hrAbsenceId?: string | null;
  }[];
  departments: { id: string; name: string }[];
  /** Employees whose BSN may be sent (employer allows it, open case), with it. */
  bsns: ReadonlyMap<string, string>;
};

function byStart<T extends { startDate: string }>(a: T, b: T): number {
  return a.startDate.localeCompare(b.startDate);
}

/** The employment that holds a case: the one in force on its first day, else the last before. */
function employmentOf(employments: readonly SiviEmployment[], firstDay: string) {
  const holding = employments.find(
    (job) => job.startDate <= firstDay && (job.endDate === null || firstDay <= job.endDate),
  );
  return holding ?? employments.filter((job) => job.startDate <= firstDay).at(-1) ?? employments[0];
}

/**
 * The employees with a sickness case, each with their employments (numbered by start date, with
 * the terms of the last version) and the cases under the employment that holds them. Pregnancy
 * leave is no Vrzm here (WAZOCd is not used yet) and stays out.
 */
export function assembleSiviEmployees(sources: SiviSources): SiviEmployee[] {
  const departmentNames = new Map(sources.departments.map((unit) => [unit.id, unit.name]));
  const profiles = new Map(sources.profiles.map((profile) => [profile.employeeId, profile]));
  const sickness = sources.cases.filter((episode) => episode.kind === 'sickness');
  const withCases = new Set(sickness.map((episode) => episode.employeeId));
  const result: SiviEmployee[] = [];
  for (const name of sources.names) {
    const profile = profiles.get(name.id);
    if (!withCases.has(name.id) || profile === undefined) continue;
    const employments: SiviEmployment[] = sources.employments
      .filter((job) => job.employeeId === name.id && job.versions.length > 0)
      .sort(byStart)
      .map((job, index) => {
        const terms = job.versions.at(-1);
        return {
          number: index + 1,
          startDate: job.startDate,
          endDate: job.endDate,
          personnelNumber: name.personnelNumber,
          departmentId: terms?.departmentId ?? '',
          departmentName: departmentNames.get(terms?.departmentId ?? '') ?? '',
          contractHoursPerWeek: terms?.contractHoursPerWeek ?? 0,
          cases: [] as SiviCase[],
        };
      });
    if (employments.length === 0) continue;
    const own = sickness
      .filter((episode) => episode.employeeId === name.id)
      .sort((a, b) => a.firstDay.localeCompare(b.firstDay));
    for (const episode of own) {
      employmentOf(employments, episode.firstDay)?.cases.push({
        id: episode.hrAbsenceId ?? episode.id,
        firstDay: episode.firstDay,
        lastDay: episode.lastDay,
        segments: episode.segments,
      });
    }
    result.push({
      id: name.id,
      firstName: name.firstName,
      namePrefix: name.namePrefix,
      lastName: name.lastName,
      gender: profile.gender,
      dateOfBirth: profile.dateOfBirth,
      bsn: sources.bsns.get(name.id) ?? null,
      employments,
    });
  }
  return result;
}
