/**
 * The list reports of Statistieken (SPEC.md §2.8): OverzichtVerzuimPerMedewerker, Ziektetrajecten
 * per verzekeraar and Trajecthistorie. Pure: which case rows an actor sees (a day of the case in
 * the period, in a selected unit and in the actor's dossier scope) and what each row shows.
 */
import { addDays, maxDate, minDate } from '../../../contracts/civil-dates.js';
import { caseFlagValues, type ClassificationValue } from '../../../contracts/cases.js';
import type { Role } from '../../../contracts/permissions.js';
import type {
  AbsencePerEmployeeReport,
  AbsencePerEmployeeRow,
  CaseHistoryRow,
  InsurerCaseRow,
} from '../../../contracts/report-lists.js';
import type { CountingMethod } from '../../../contracts/reports.js';
import { classificationView, isClassification } from '../cases/cases.models.js';
import { countedDays } from './reports.periods.models.js';
import {
  type EmploymentHistory,
  inScope,
  placementsOf,
  sickStretches,
  type StatisticsScope,
} from './reports.population.models.js';

/** A case as the cases module hands it to the reports (cases.statistics.usecases.ts). */
export type ListCase = {
  id: string;
  employeeId: string;
  kind: 'sickness' | 'pregnancy';
  classification: string | null;
  firstDay: string;
  lastDay: string | null;
  endReason: string | null;
  reportedOn: string;
  segments: readonly { validFrom: string; percentage: number }[];
  flags: readonly { flag: string; value: string | null; setOn: string }[];
};

export type ListEmployee = {
  id: string;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  personnelNumber: string | null;
};

export type ListInput = {
  employments: readonly EmploymentHistory[];
  cases: readonly ListCase[];
  /** Department → the unit it counts for (`reportUnits`); a department absent is not selected. */
  units: ReadonlyMap<string, string>;
  scope: StatisticsScope;
  role: Role;
  from: string;
  to: string;
};

/** A case the actor sees, with the department it is listed under. */
export type ListedCase = { case: ListCase; departmentId: string };

/**
 * The cases with a day in the period on which the employee worked in a selected unit and lay in
 * the actor's scope, each under the department of the first such day. A case with no such day
 * (another unit, outside the scope, not employed) is left out.
 */
export function listedCases(input: ListInput): ListedCase[] {
  const placements = new Map<string, ReturnType<typeof placementsOf>>();
  for (const employment of input.employments) {
    const own = placementsOf(employment, 1, input.to);
    placements.set(employment.employeeId, [
      ...(placements.get(employment.employeeId) ?? []),
      ...own,
    ]);
  }
  const listed: ListedCase[] = [];
  for (const listCase of input.cases) {
    const first = maxDate(listCase.firstDay, input.from);
    const last = minDate(listCase.lastDay ?? input.to, input.to);
    if (first > last) continue;
    const counting = (placements.get(listCase.employeeId) ?? [])
      .filter(
        (placement) =>
          placement.first <= last &&
          placement.last >= first &&
          input.units.has(placement.departmentId) &&
          inScope(input.scope, placement),
      )
      .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    const at = counting[0];
    if (at) listed.push({ case: listCase, departmentId: at.departmentId });
  }
  return listed;
}

/** "Last, first prefix": the lists sort by last name, as the manual asks. */
export function listName(employee: ListEmployee | undefined): string {
  if (!employee) return '';
  const given = [employee.firstName, employee.namePrefix].filter(Boolean).join(' ');
  return given ? `${employee.lastName}, ${given}` : employee.lastName;
}

type Lookup = {
  employees: ReadonlyMap<string, ListEmployee>;
  departmentNames: ReadonlyMap<string, string>;
};

function employeeColumns(listed: ListedCase, lookup: Lookup) {
  const employee = lookup.employees.get(listed.case.employeeId);
  return {
    caseId: listed.case.id,
    employeeId: listed.case.employeeId,
    employeeName: listName(employee),
    personnelNumber: employee?.personnelNumber ?? null,
    departmentId: listed.departmentId,
    department: lookup.departmentNames.get(listed.departmentId) ?? '',
  };
}

/** By department, last name (then first name), first day of the case, as the manual lists them. */
function byDepartmentNameStart(lookup: Lookup) {
  const collator = new Intl.Collator('nl', { sensitivity: 'base' });
  const key = (listed: ListedCase) => {
    const employee = lookup.employees.get(listed.case.employeeId);
    return [
      lookup.departmentNames.get(listed.departmentId) ?? '',
      employee?.lastName ?? '',
      employee?.firstName ?? '',
    ];
  };
  return (a: ListedCase, b: ListedCase): number => {
    const [left, right] = [key(a), key(b)];
    for (let index = 0; index < left.length; index += 1) {
      const order = collator.compare(left[index] ?? '', right[index] ?? '');
      if (order !== 0) return order;
    }
    if (a.case.firstDay !== b.case.firstDay) return a.case.firstDay < b.case.firstDay ? -1 : 1;
    return a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0;
  };
}

/** The flags that record a cause of absence, as the classification that names the same cause. */
const causeFlags: Record<string, ClassificationValue> = {
  work_accident: 'work_accident',
  private_accident: 'private_accident',
  third_party_liability: 'third_party_accident',
  labour_conflict: 'labour_conflict',
};

/** What the role is shown of a case's classification (a safety-net kind only as "vangnet"). */
function viewOf(role: Role, listCase: ListCase) {
  const classification = listCase.classification;
  if (classification === null || !isClassification(classification)) {
    return { classification: null, safetyNet: false };
  }
  return classificationView(role, classification);
}

const hasFlag = (listCase: ListCase, flag: string) =>
  listCase.flags.some((recorded) => recorded.flag === flag);
const flagDate = (listCase: ListCase, flag: string) =>
  listCase.flags.find((recorded) => recorded.flag === flag)?.setOn ?? null;

/**
 * The causes of an episode: its classification and every other cause a flag records, once
 * each. A hidden safety-net kind is the cause `null` (shown as "vangnet").
 */
export function causesOf(role: Role, listCase: ListCase): (ClassificationValue | null)[] {
  const view = viewOf(role, listCase);
  const causes: (ClassificationValue | null)[] = [view.classification];
  for (const recorded of listCase.flags) {
    const cause = causeFlags[recorded.flag];
    if (cause && !causes.includes(cause)) causes.push(cause);
  }
  return causes;
}

/** OverzichtVerzuimPerMedewerker's rows: the sickness episodes, a row per cause. */
export function absencePerEmployeeRows(
  input: ListInput & { method: CountingMethod },
  lookup: Lookup,
): AbsencePerEmployeeRow[] {
  const listed = listedCases({
    ...input,
    cases: input.cases.filter((listCase) => listCase.kind === 'sickness'),
  }).sort(byDepartmentNameStart(lookup));
  return listed.flatMap((entry) => {
    const episode = entry.case;
    const first = maxDate(episode.firstDay, input.from);
    const last = minDate(episode.lastDay ?? input.to, input.to);
    const stretches = sickStretches({ ...episode, lastDay: episode.lastDay }, input.to).flatMap(
      (stretch) => {
        const from = maxDate(stretch.first, first);
        const to = minDate(stretch.last, last);
        return from > to ? [] : [{ ...stretch, first: from, last: to }];
      },
    );
    const absenceDays = stretches.reduce(
      (sum, stretch) =>
        sum + countedDays(stretch.first, stretch.last, input.method) * stretch.factor,
      0,
    );
    const lastStretch = stretches[stretches.length - 1];
    const view = viewOf(input.role, episode);
    const columns = {
      ...employeeColumns(entry, lookup),
      firstSickDay: episode.firstDay,
      lastSickDay: episode.lastDay,
      daysInPeriod: countedDays(first, last, input.method),
      absenceDaysInPeriod: absenceDays,
      percentage: lastStretch ? Math.round(lastStretch.factor * 100) : 0,
      safetyNet: view.safetyNet || hasFlag(episode, 'safety_net'),
    };
    return causesOf(input.role, episode).map((cause) => ({ ...columns, cause }));
  });
}

/** OverzichtVerzuimPerMedewerker's filters beyond those of every report; empty or null: all. */
export type AbsenceSelection = {
  causes: readonly ClassificationValue[];
  safetyNet: AbsencePerEmployeeReport['safetyNet'];
};

/**
 * The rows of the causes and the vangnet situation chosen. A cause is matched as the role is shown
 * it: a safety-net kind hidden from the role (cause null) is its "vangnet (onbekend welke)".
 */
export function selectedAbsenceRows(
  rows: readonly AbsencePerEmployeeRow[],
  selection: AbsenceSelection,
): AbsencePerEmployeeRow[] {
  return rows.filter(
    (row) =>
      (selection.causes.length === 0 ||
        selection.causes.includes(row.cause ?? 'safety_net_unknown')) &&
      (selection.safetyNet === null || row.safetyNet === (selection.safetyNet === 'yes')),
  );
}

/** Ziektetrajecten per verzekeraar's rows: a row per sickness episode, by department and name. */
export function insurerCaseRows(input: ListInput, lookup: Lookup): InsurerCaseRow[] {
  return listedCases({
    ...input,
    cases: input.cases.filter((listCase) => listCase.kind === 'sickness'),
  })
    .sort(byDepartmentNameStart(lookup))
    .map((entry) => {
      const episode = entry.case;
      const initial = episode.segments[0]?.percentage ?? 100;
      const view = viewOf(input.role, episode);
      const is = (classification: ClassificationValue, flag: string) =>
        episode.classification === classification || hasFlag(episode, flag);
      return {
        ...employeeColumns(entry, lookup),
        reportDate: episode.reportedOn,
        firstSickDay: episode.firstDay,
        lastSickDay: episode.lastDay,
        initialPercentage: initial,
        partialRecoveryStart:
          episode.segments.find((segment) => segment.percentage < initial)?.validFrom ?? null,
        workResumptionAdviceStart: flagDate(episode, 'work_resumption_advice_start'),
        therapeuticWorkStart: flagDate(episode, 'therapeutic_work_start'),
        privateAccident: is('private_accident', 'private_accident'),
        workAccident: is('work_accident', 'work_accident'),
        thirdPartyLiability: is('third_party_accident', 'third_party_liability'),
        labourConflict: is('labour_conflict', 'labour_conflict'),
        safetyNet: view.safetyNet || hasFlag(episode, 'safety_net'),
      };
    });
}

export type ReportNote = {
  employeeId: string;
  caseId: string | null;
  contactDate: string;
  contactType: CaseHistoryRow['notes'][number]['contactType'];
  text: string;
  authorName: string;
};

/** Trajecthistorie's filters beyond those of every report. */
export type CaseHistorySelection = {
  protocols: readonly CaseHistoryRow['protocol'][];
  status: CaseHistoryRow['status'] | null;
};

const protocolOf = (listCase: ListCase): CaseHistoryRow['protocol'] =>
  listCase.kind === 'pregnancy' ? 'WAZO' : 'WVP';
const statusOf = (listCase: ListCase): CaseHistoryRow['status'] =>
  listCase.lastDay === null ? 'open' : 'closed';

/** The cases Trajecthistorie lists: those the actor sees, of the protocols and status chosen. */
export function caseHistoryCases(
  input: ListInput,
  selection: CaseHistorySelection,
  lookup: Lookup,
): ListedCase[] {
  return listedCases({
    ...input,
    cases: input.cases.filter(
      (listCase) =>
        (selection.protocols.length === 0 || selection.protocols.includes(protocolOf(listCase))) &&
        (selection.status === null || statusOf(listCase) === selection.status),
    ),
  }).sort(byDepartmentNameStart(lookup));
}

/**
 * Trajecthistorie's rows: each case with its verloop (percentage from–to), flags and the notes
 * about it: linked to it, or unlinked with a contact date within the case.
 */
export function caseHistoryRows(
  listed: readonly ListedCase[],
  role: Role,
  notes: readonly ReportNote[],
  lookup: Lookup,
): CaseHistoryRow[] {
  const notesOf = new Map<string, ReportNote[]>();
  for (const note of notes) {
    notesOf.set(note.employeeId, [...(notesOf.get(note.employeeId) ?? []), note]);
  }
  return listed.map((entry) => {
    const listCase = entry.case;
    const view = viewOf(role, listCase);
    const about = (note: ReportNote) =>
      note.caseId === listCase.id ||
      (note.caseId === null &&
        note.contactDate >= listCase.firstDay &&
        (listCase.lastDay === null || note.contactDate <= listCase.lastDay));
    return {
      ...employeeColumns(entry, lookup),
      protocol: protocolOf(listCase),
      kind: listCase.kind,
      status: statusOf(listCase),
      classification: view.classification,
      safetyNet: view.safetyNet || hasFlag(listCase, 'safety_net'),
      firstDay: listCase.firstDay,
      lastDay: listCase.lastDay,
      endReason: listCase.endReason,
      history: listCase.segments.map((segment, index) => {
        const next = listCase.segments[index + 1];
        return {
          from: segment.validFrom,
          to: next ? addDays(next.validFrom, -1) : listCase.lastDay,
          percentage: segment.percentage,
        };
      }),
      flags: listCase.flags.flatMap((recorded) =>
        isCaseFlag(recorded.flag) ? [{ flag: recorded.flag, setOn: recorded.setOn }] : [],
      ),
      notes: (notesOf.get(listCase.employeeId) ?? []).filter(about).map((note) => ({
        contactDate: note.contactDate,
        contactType: note.contactType,
        text: note.text,
        authorName: note.authorName,
      })),
    };
  });
}

const caseFlags: readonly string[] = caseFlagValues;
function isCaseFlag(flag: string): flag is CaseHistoryRow['flags'][number]['flag'] {
  return caseFlags.includes(flag);
}
