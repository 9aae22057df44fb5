/**
 * The day-by-day oracle of the statistics tests: the definitions of DOMAIN.md §4 read literally,
 * one day at a time, and random histories (moves between units, changes of hours, two
 * employments, recurrences, open episodes, periods crossing year ends) to hold the reports to it.
 */
import fc from 'fast-check';
import { addDays, daysBetweenInclusive, isWorkingDay } from '../../contracts/civil-dates.js';
import { genders } from '../../contracts/employees.js';
import type { CountingMethod } from '../../contracts/reports.js';
import type { EmployeeProfile } from '../modules/reports/reports.analysis.models.js';
import type {
  EmploymentHistory,
  ReportDepartment,
  SicknessEpisode,
  StatisticsScope,
} from '../modules/reports/reports.models.js';

export const departments: ReportDepartment[] = [
  { id: 'a', parentId: null, name: 'Alfa' },
  { id: 'a1', parentId: 'a', name: 'Alfa een' },
  { id: 'a1x', parentId: 'a1', name: 'Alfa een x' },
  { id: 'a2', parentId: 'a', name: 'Alfa twee' },
  { id: 'b', parentId: null, name: 'Bravo' },
];

export type History = {
  employments: EmploymentHistory[];
  episodes: SicknessEpisode[];
  scope: StatisticsScope;
  selected: string[];
  level: number;
  method: CountingMethod;
  fullTimeHours: number;
  from: string;
  to: string;
  /** Gender and date of birth of e1, e2 and e3. */
  profiles: Map<string, EmployeeProfile>;
};

export function unitOfDepartment(
  id: string,
  selected: string[],
  level: number,
): string | undefined {
  const path: string[] = [];
  for (let at: string | null = id; at !== null;) {
    path.unshift(at);
    at = departments.find((department) => department.id === at)?.parentId ?? null;
  }
  if (selected.length > 0 && !path.some((step) => selected.includes(step))) return undefined;
  return path[Math.min(level, path.length) - 1];
}

export function oracleVp(
  history: History,
  unit: string | null,
  first: string,
  last: string,
): number | null {
  let sick = 0;
  let employed = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (history.method === 'working' && !isWorkingDay(day)) continue;
    for (const employment of history.employments) {
      if (day < employment.startDate || day > (employment.endDate ?? history.to)) continue;
      const version =
        [...employment.versions].reverse().find((candidate) => candidate.validFrom <= day) ??
        employment.versions[0];
      if (!version) continue;
      const inScope =
        history.scope.kind === 'employer' ||
        history.scope.employeeIds.includes(employment.employeeId) ||
        history.scope.departmentIds.includes(version.departmentId);
      const dayUnit = unitOfDepartment(version.departmentId, history.selected, history.level);
      if (!inScope || dayUnit === undefined || (unit !== null && dayUnit !== unit)) continue;
      const factor = version.contractHoursPerWeek / history.fullTimeHours;
      employed += factor;
      for (const episode of history.episodes) {
        if (episode.employeeId !== employment.employeeId) continue;
        if (day < episode.firstDay || day > (episode.lastDay ?? history.to)) continue;
        const segment = [...episode.segments]
          .reverse()
          .find((candidate) => candidate.validFrom <= day);
        if (segment) sick += (factor * segment.percentage) / 100;
      }
    }
  }
  return employed > 0 ? (100 * sick) / employed : null;
}

const base = '2024-01-01';
export const day = (offset: number) => addDays(base, offset);
const increasing = (count: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max }), { maxLength: count })
    .map((steps) => steps.sort((a, b) => a - b));
export const departmentId = fc.constantFrom(...departments.map((department) => department.id));

const employmentArbitrary = (employeeId: string) =>
  fc
    .record({
      start: fc.integer({ min: -500, max: 700 }),
      length: fc.option(fc.integer({ min: 0, max: 600 })),
      changes: increasing(3, 500),
      departments: fc.array(departmentId, { minLength: 4, maxLength: 4 }),
      hours: fc.array(fc.integer({ min: 0, max: 320 }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ start, length, changes, departments: units, hours }): EmploymentHistory => ({
      employeeId,
      startDate: day(start),
      endDate: length === null ? null : day(start + length),
      versions: [0, ...changes].map((change, index) => ({
        validFrom: day(start + change),
        departmentId: units[index] as string,
        contractHoursPerWeek: (hours[index] as number) / 4,
      })),
    }));

const episodeArbitrary = (employeeId: string) =>
  fc
    .record({
      first: fc.integer({ min: -500, max: 900 }),
      length: fc.option(fc.integer({ min: 0, max: 400 })),
      changes: increasing(2, 300),
      percentages: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ first, length, changes, percentages }): SicknessEpisode => ({
      employeeId,
      firstDay: day(first),
      lastDay: length === null ? null : day(first + length),
      segments: [0, ...changes].map((change, index) => ({
        validFrom: day(first + change),
        percentage: percentages[index] as number,
      })),
    }));

const employeeArbitrary = (employeeId: string) =>
  fc.record({
    employments: fc.array(employmentArbitrary(employeeId), { minLength: 1, maxLength: 2 }),
    episodes: fc.array(episodeArbitrary(employeeId), { maxLength: 3 }),
  });

export const historyArbitrary: fc.Arbitrary<History> = fc
  .record({
    employees: fc.tuple(employeeArbitrary('e1'), employeeArbitrary('e2'), employeeArbitrary('e3')),
    scope: fc.oneof(
      fc.constant<StatisticsScope>({ kind: 'employer' }),
      fc.record({
        kind: fc.constant('selection' as const),
        departmentIds: fc.subarray(departments.map((department) => department.id)),
        employeeIds: fc.subarray(['e1', 'e2', 'e3']),
      }),
    ),
    selected: fc.subarray(
      departments.map((department) => department.id),
      { maxLength: 2 },
    ),
    level: fc.integer({ min: 1, max: 3 }),
    method: fc.constantFrom<CountingMethod>('calendar', 'working'),
    fullTimeHours: fc.constantFrom(36, 38, 40),
    from: fc.integer({ min: 0, max: 500 }),
    length: fc.integer({ min: 0, max: 420 }),
    profiles: fc.array(
      fc.record({
        gender: fc.constantFrom(...genders),
        // Born between 1950 and 2006: every age class of DOMAIN.md §4, birthdays within the period.
        dateOfBirth: fc
          .integer({ min: 0, max: 56 * 366 })
          .map((days) => addDays('1950-01-01', days)),
      }),
      { minLength: 3, maxLength: 3 },
    ),
  })
  .map(({ employees, from, length, profiles, ...rest }) => ({
    ...rest,
    profiles: new Map(profiles.map((profile, index) => [`e${index + 1}`, profile])),
    employments: employees.flatMap((employee) => employee.employments),
    episodes: employees.flatMap((employee) => employee.episodes),
    from: day(from),
    to: day(from + length),
  }));

/**
 * The figures of `from`–`to` (the history's period unless given) read literally, one day at a
 * time: of the days shown as `unit` only when given, of the employees `keep` accepts only.
 */
export function oracleFigures(
  history: History,
  options: {
    from?: string;
    to?: string;
    unit?: string;
    keep?: (employeeId: string) => boolean;
  } = {},
) {
  const { from = history.from, to = history.to } = options;
  const periodDays = daysBetweenInclusive(from, to);
  const factorOn = (employeeId: string, day: string): number | null => {
    let factor: number | null = null;
    for (const employment of history.employments) {
      if (employment.employeeId !== employeeId) continue;
      if (day < employment.startDate || day > (employment.endDate ?? to)) continue;
      const version =
        [...employment.versions].reverse().find((candidate) => candidate.validFrom <= day) ??
        employment.versions[0];
      if (!version) continue;
      const inScope =
        history.scope.kind === 'employer' ||
        history.scope.employeeIds.includes(employeeId) ||
        history.scope.departmentIds.includes(version.departmentId);
      const dayUnit = unitOfDepartment(version.departmentId, history.selected, history.level);
      if (!inScope || dayUnit === undefined) continue;
      if (options.unit !== undefined && dayUnit !== options.unit) continue;
      if (options.keep && !options.keep(employeeId)) continue;
      factor = (factor ?? 0) + version.contractHoursPerWeek / history.fullTimeHours;
    }
    return factor;
  };
  const employees = ['e1', 'e2', 'e3'];
  let headcount = 0;
  let employed = 0;
  const population = new Set<string>();
  const sickPersons = new Set<string>();
  const byClass = { short: 0, medium: 0, long: 0, extraLong: 0 };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const counts = history.method === 'calendar' || isWorkingDay(day);
    for (const employeeId of employees) {
      const factor = factorOn(employeeId, day);
      if (factor === null) continue;
      headcount += 1 / periodDays;
      population.add(employeeId);
      if (counts) employed += factor;
      for (const episode of history.episodes) {
        if (episode.employeeId !== employeeId) continue;
        if (day < episode.firstDay || day > (episode.lastDay ?? to)) continue;
        const segment = [...episode.segments]
          .reverse()
          .find((candidate) => candidate.validFrom <= day);
        if (!segment) continue;
        sickPersons.add(employeeId);
        const length = Math.min(daysBetweenInclusive(episode.firstDay, episode.lastDay ?? to), 730);
        const durationClass =
          length <= 14 ? 'short' : length <= 91 ? 'medium' : length <= 365 ? 'long' : 'extraLong';
        if (counts) byClass[durationClass] += (factor * segment.percentage) / 100;
      }
    }
  }
  const inPeriod = (day: string) => day >= from && day <= to;
  const reports = history.episodes.filter(
    (episode) =>
      inPeriod(episode.firstDay) && factorOn(episode.employeeId, episode.firstDay) !== null,
  ).length;
  const durations = history.episodes
    .filter(
      (episode) =>
        episode.lastDay !== null &&
        inPeriod(episode.lastDay) &&
        factorOn(episode.employeeId, episode.lastDay) !== null,
    )
    .map((episode) =>
      Math.min(daysBetweenInclusive(episode.firstDay, episode.lastDay as string), 730),
    );
  const share = (sick: number) => (employed > 0 ? (100 * sick) / employed : null);
  const sickDays = byClass.short + byClass.medium + byClass.long + byClass.extraLong;
  return {
    vp: share(sickDays),
    sickDays,
    employedDays: employed,
    sickDaysByDurationClass: byClass,
    mf: headcount > 0 ? (reports / headcount) * (365 / periodDays) : null,
    meanDuration:
      durations.length > 0
        ? durations.reduce((sum, days) => sum + days, 0) / durations.length
        : null,
    zeroAbsencePct:
      population.size > 0 ? (100 * (population.size - sickPersons.size)) / population.size : null,
    averageHeadcount: headcount,
    vpByDurationClass: {
      short: share(byClass.short),
      medium: share(byClass.medium),
      long: share(byClass.long),
      extraLong: share(byClass.extraLong),
    },
  };
}
