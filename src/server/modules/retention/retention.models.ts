import { addDays, maxDate, minDate } from '../../../contracts/civil-dates.js';
import type { DossierTag, ErasureScope } from '../../../contracts/retention.js';

/**
 * The retention rule (DOMAIN.md §5), pure: which of an employee's data is expired on a date.
 *
 * - Absence data: the whole dossier (employee, employments, every case with its segments, flags,
 *   tasks, notes, documents, medical notes, vault entry) once every employment has ended, no case
 *   is open and `absenceYears` have passed since the last employment's last day — and, so that a
 *   case file is never erased before its own term, `caseYears` since the last case's last day.
 * - Case files: a case and what belongs to it (segments, flags, pregnancy details, tasks, the
 *   notes and documents linked to it) once `caseYears` have passed since it ended. Cases linked as
 *   recurrences (`previousCaseId`) are one case file: it ends when its last episode ends.
 * - A tag (lopende rechtszaak, uitgesloten van opschoning) exempts the whole dossier; the
 *   decision is still made, so the preview can show what the tag keeps.
 *
 * "N years after D" ends on the same day N years later (29 February: 28 February), and the data
 * is expired from the day after.
 */

export type RetentionSettings = { absenceYears: number; caseYears: number };

export type RetainedCase = {
  id: string;
  /** Inclusive; null while open. */
  lastDay: string | null;
  previousCaseId: string | null;
};

export type RetainedEmployee = {
  employeeId: string;
  /** The last day of each employment; null while open-ended. */
  employmentEnds: (string | null)[];
  cases: RetainedCase[];
  tags: DossierTag[];
};

export type RetentionDecision = {
  scope: ErasureScope;
  caseIds: string[];
  /** The first day the data is expired. */
  expiredSince: string;
  tags: DossierTag[];
};

/** The same day `years` years later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  if (!Number.isInteger(years)) throw new RangeError(`years must be a whole number, got ${years}`);
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${day}`;
}

/** The first day data is expired that is kept `years` years after `lastDay`. */
export function expiredFrom(lastDay: string, years: number): string {
  return addDays(addYears(lastDay, years), 1);
}

export type CaseFile = { caseIds: string[]; lastDay: string | null };

/** The cases grouped into case files: recurrences with the episodes they continue. */
export function caseFilesOf(cases: readonly RetainedCase[]): CaseFile[] {
  const parent = new Map(cases.map((c) => [c.id, c.id]));
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current) ?? current;
    return current;
  };
  for (const c of cases) {
    if (c.previousCaseId !== null && parent.has(c.previousCaseId)) {
      parent.set(root(c.id), root(c.previousCaseId));
    }
  }
  const files = new Map<string, RetainedCase[]>();
  for (const c of cases) files.set(root(c.id), [...(files.get(root(c.id)) ?? []), c]);
  return [...files.values()].map((members) => ({
    caseIds: members.map((c) => c.id),
    lastDay: members.some((c) => c.lastDay === null)
      ? null
      : maxDate(...(members.map((c) => c.lastDay) as [string, ...string[]])),
  }));
}

function wholeDossier(
  employee: RetainedEmployee,
  files: CaseFile[],
  settings: RetentionSettings,
): string | null {
  const ends = employee.employmentEnds;
  if (ends.length === 0 || ends.some((end) => end === null)) return null;
  if (files.some((file) => file.lastDay === null)) return null;
  return maxDate(
    expiredFrom(maxDate(...(ends as [string, ...string[]])), settings.absenceYears),
    ...files.map((file) => expiredFrom(file.lastDay as string, settings.caseYears)),
  );
}

/** What of the employee's data is expired on `today`; null when nothing is. */
export function retentionDecision(
  employee: RetainedEmployee,
  settings: RetentionSettings,
  today: string,
): RetentionDecision | null {
  const files = caseFilesOf(employee.cases);
  const tags = [...employee.tags];
  const dossierFrom = wholeDossier(employee, files, settings);
  if (dossierFrom !== null && dossierFrom <= today) {
    const caseIds = employee.cases.map((c) => c.id);
    return { scope: 'employee', caseIds, expiredSince: dossierFrom, tags };
  }
  const expired = files
    .filter((file) => file.lastDay !== null)
    .map((file) => ({ file, from: expiredFrom(file.lastDay as string, settings.caseYears) }))
    .filter(({ from }) => from <= today);
  if (expired.length === 0) return null;
  return {
    scope: 'cases',
    caseIds: expired.flatMap(({ file }) => file.caseIds),
    expiredSince: minDate(...(expired.map(({ from }) => from) as [string, ...string[]])),
    tags,
  };
}
