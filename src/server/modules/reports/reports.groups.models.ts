/**
 * The groupings the reports share (DOMAIN.md §4): a report's input narrowed to one unit or to
 * some employees, the units it shows and the filters it answers with. Pure.
 */
import type { ReportHeader } from '../../../contracts/reports.js';
import type { AbsenceInput } from './reports.population.models.js';

export type ReportDepartment = { id: string; parentId: string | null; name: string };

/** What a report computes from: the data, the period and the filter's units and level. */
export type ReportInput = AbsenceInput & {
  from: string;
  to: string;
  level: number;
  selectedIds: readonly string[];
};

/** The filter part of a report's input: what its header repeats. */
export type ReportFilterInput = Pick<
  ReportInput,
  'from' | 'to' | 'method' | 'level' | 'selectedIds'
>;

/** The input counting only the days spent in departments shown as `unit`. */
export function forUnit<Input extends AbsenceInput>(input: Input, unit: string): Input {
  return {
    ...input,
    units: new Map([...input.units].filter(([, shownAs]) => shownAs === unit)),
  };
}

/** The input counting only the employees `keep` accepts (a gender, an age class). */
export function forEmployees<Input extends AbsenceInput>(
  input: Input,
  keep: (employeeId: string) => boolean,
): Input {
  return {
    ...input,
    employments: input.employments.filter((employment) => keep(employment.employeeId)),
    episodes: input.episodes.filter((episode) => keep(episode.employeeId)),
  };
}

/** The filters a report answers with: period, method, level and the selected units by name. */
export function reportHeader(input: ReportFilterInput, departments: readonly ReportDepartment[]) {
  const names = new Map(departments.map((department) => [department.id, department.name]));
  return {
    from: input.from,
    to: input.to,
    method: input.method,
    level: input.level,
    selectedUnits: input.selectedIds.map((id) => ({ id, name: names.get(id) ?? id })),
  } satisfies ReportHeader;
}

/**
 * The units at the chosen level with what `figures` gives for each, those `shown` accepts,
 * sorted by name as the screen lists them.
 */
export function perUnit<Figures>(
  input: ReportInput,
  departments: readonly ReportDepartment[],
  figures: (unitInput: ReportInput) => Figures,
  shown: (figures: Figures) => boolean,
): ({ id: string; name: string } & Figures)[] {
  const names = new Map(departments.map((department) => [department.id, department.name]));
  return [...new Set(input.units.values())]
    .map((id) => ({ id, name: names.get(id) ?? id, ...figures(forUnit(input, id)) }))
    .filter((unit) => shown(unit))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
}
