/**
 * The figures of a whole period (DOMAIN.md §4): VP, meldingsfrequentie, gemiddelde verzuimduur,
 * nulverzuim, average headcount and the VP by duration class. Pure.
 */
import { daysBetweenInclusive } from '../../../contracts/civil-dates.js';
import type { PeriodFigures } from '../../../contracts/reports.js';
import { countedDays, earlier, later } from './reports.periods.models.js';
import {
  type AbsenceInput,
  inScope,
  type Placement,
  placementsOf,
  type SicknessEpisode,
  sickStretches,
} from './reports.population.models.js';

/** An episode's length counts at most two years (the end of the waiting time). */
export const maxEpisodeDays = 730;

export type DurationClass = 'short' | 'medium' | 'long' | 'extraLong';

/** kort 1–14, middellang 15–91, lang 92–365, extra lang 366–730 days. */
export function durationClassOf(days: number): DurationClass {
  const capped = Math.min(days, maxEpisodeDays);
  if (capped <= 14) return 'short';
  if (capped <= 91) return 'medium';
  if (capped <= 365) return 'long';
  return 'extraLong';
}

/** Calendar days covered by the union of the stretches (which may overlap: two employments). */
function unionDays(stretches: { first: string; last: string }[]): number {
  const sorted = [...stretches].sort((a, b) =>
    a.first < b.first ? -1 : a.first > b.first ? 1 : 0,
  );
  let days = 0;
  let current: { first: string; last: string } | undefined;
  for (const stretch of sorted) {
    if (current && stretch.first <= current.last) {
      current.last = later(current.last, stretch.last);
      continue;
    }
    if (current) days += daysBetweenInclusive(current.first, current.last);
    current = { ...stretch };
  }
  return current ? days + daysBetweenInclusive(current.first, current.last) : days;
}

/** The sums the figures of a period are ratios of (DOMAIN.md §4). */
export type PeriodTotals = {
  periodDays: number;
  /** Σ part-time factor over counted employment days: the VP's denominator. */
  employed: number;
  /** Σ part-time factor × absence factor over counted sick days, per duration class. */
  sickByClass: Record<DurationClass, number>;
  headcount: number;
  population: number;
  sickPersons: number;
  reports: number;
  /** Σ length (capped) of the episodes ending in the period, and their number. */
  durationDays: number;
  durations: number;
};

export function periodTotals(input: AbsenceInput, from: string, to: string): PeriodTotals {
  const periodDays = daysBetweenInclusive(from, to);
  const placementsByEmployee = new Map<string, Placement[]>();
  for (const employment of input.employments) {
    for (const placement of placementsOf(employment, input.fullTimeHours, to)) {
      if (!input.units.has(placement.departmentId) || !inScope(input.scope, placement)) continue;
      const list = placementsByEmployee.get(placement.employeeId) ?? [];
      list.push(placement);
      placementsByEmployee.set(placement.employeeId, list);
    }
  }
  const countedOn = (employeeId: string, day: string) =>
    (placementsByEmployee.get(employeeId) ?? []).some(
      (placement) => placement.first <= day && day <= placement.last,
    );

  let employed = 0;
  let headcount = 0;
  const population = new Set<string>();
  for (const [employeeId, placements] of placementsByEmployee) {
    const within = placements
      .map((placement) => ({
        first: later(placement.first, from),
        last: earlier(placement.last, to),
      }))
      .filter((stretch) => stretch.first <= stretch.last);
    if (within.length === 0) continue;
    population.add(employeeId);
    headcount += unionDays(within) / periodDays;
    for (const placement of placements) {
      employed +=
        placement.factor *
        countedDays(later(placement.first, from), earlier(placement.last, to), input.method);
    }
  }

  const sickByClass: Record<DurationClass, number> = { short: 0, medium: 0, long: 0, extraLong: 0 };
  const sickPersons = new Set<string>();
  let durationDays = 0;
  let durations = 0;
  let reports = 0;
  const add = (episode: SicknessEpisode) => {
    if (
      episode.firstDay >= from &&
      episode.firstDay <= to &&
      countedOn(episode.employeeId, episode.firstDay)
    ) {
      reports += 1;
    }
    const { lastDay } = episode;
    if (
      lastDay !== null &&
      lastDay >= from &&
      lastDay <= to &&
      countedOn(episode.employeeId, lastDay)
    ) {
      durationDays += Math.min(daysBetweenInclusive(episode.firstDay, lastDay), maxEpisodeDays);
      durations += 1;
    }
    const durationClass = durationClassOf(daysBetweenInclusive(episode.firstDay, lastDay ?? to));
    const stretches = sickStretches(episode, to);
    for (const placement of placementsByEmployee.get(episode.employeeId) ?? []) {
      for (const stretch of stretches) {
        const first = later(later(stretch.first, placement.first), from);
        const last = earlier(earlier(stretch.last, placement.last), to);
        if (first > last) continue;
        // Nulverzuim counts calendar days whatever the method.
        sickPersons.add(episode.employeeId);
        sickByClass[durationClass] +=
          placement.factor * stretch.factor * countedDays(first, last, input.method);
      }
    }
  };
  input.episodes.forEach(add);
  return {
    periodDays,
    employed,
    sickByClass,
    headcount,
    population: population.size,
    sickPersons: sickPersons.size,
    reports,
    durationDays,
    durations,
  };
}

/** The sick days of all duration classes together: the VP's numerator. */
export const sickDaysOf = (totals: PeriodTotals): number =>
  totals.sickByClass.short +
  totals.sickByClass.medium +
  totals.sickByClass.long +
  totals.sickByClass.extraLong;

export function periodFigures(input: AbsenceInput, from: string, to: string): PeriodFigures {
  return figuresOf(periodTotals(input, from, to));
}

/** VP, MF, mean duration, nulverzuim, headcount and VP per class from a period's sums. */
export function figuresOf(totals: PeriodTotals): PeriodFigures {
  const { employed, sickByClass, headcount, periodDays, reports, durationDays, durations } = totals;
  const share = (sick: number) => (employed > 0 ? (100 * sick) / employed : null);
  return {
    vp: share(sickDaysOf(totals)),
    mf: headcount > 0 ? (reports / headcount) * (365 / periodDays) : null,
    meanDuration: durations > 0 ? durationDays / durations : null,
    zeroAbsencePct:
      totals.population > 0
        ? (100 * (totals.population - totals.sickPersons)) / totals.population
        : null,
    averageHeadcount: headcount,
    vpByDurationClass: {
      short: share(sickByClass.short),
      medium: share(sickByClass.medium),
      long: share(sickByClass.long),
      extraLong: share(sickByClass.extraLong),
    },
  };
}
