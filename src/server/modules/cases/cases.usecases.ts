import { addDays, compareDates, minDate } from '../../../contracts/civil-dates.js';
import type {
  CaseFlag,
  CaseView,
  CurrentAbsence,
  PregnancyLeaveView,
  SickReportPreview,
} from '../../../contracts/cases.js';
import { expectedDurationValues } from '../../../contracts/cases.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import { auditBy, type AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import { errors } from '../../platform/errors.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import { type EmployerActor, isOperatorRole } from '../users/users.policies.js';
import { type CaseFieldRefusal, casesErrors } from './cases.errors.js';
import {
  changePercentage,
  type Classification,
  classificationView,
  correctSickReport,
  defaultMaxDaysAhead,
  type DuringLeave,
  type Episode,
  endForOtherReason,
  type EpisodePeriod,
  groupIntoLegalCases,
  isClassification,
  isSafetyNet,
  leaveOverlapping,
  leavePeriods,
  mayCorrectSickReport,
  type OtherEndReason,
  percentageFromHoursNotWorked,
  percentageOn,
  type PregnancyEndReason,
  pregnancyLeaveDates,
  registerRecovery,
  registeredSickDays,
  safetyNetClassifications,
  segmentPeriods,
  startEpisode,
  validateLastWorkingDay,
  validateSickReport,
  waitingTimeOn,
  leaveStartWindow,
  type WazoLeave,
} from './cases.models.js';
import {
  createCasesRepository,
  type CasesRepository,
  type StoredCase,
} from './cases.repository.js';

/**
 * How many days ahead a first sick day, a change or a last sick day may lie: a report made on
 * Friday for Monday, or a recovery agreed for next week. The product's choice, 14 days.
 */
export const maxDaysAhead = defaultMaxDaysAhead;

type EmploymentPeriod = { id: string; startDate: string; endDate: string | null };

/** What the cases module needs of the employees module (its use cases, wired in app.ts). */
export type CasesEmployees = Pick<
  EmployeesUseCases,
  | 'listEmploymentsOf'
  | 'employmentsIn'
  | 'employmentsOnDate'
  | 'employmentsOnDateIn'
  | 'countEmployedInScope'
  | 'scopeCondition'
>;

type Refusal = { ok: false; reason: string };

/** A refusal of the models as the field error of `path`. */
function refuse(path: string, refusal: Refusal | DuringLeave): never {
  if ('leave' in refusal) throw casesErrors.duringLeave(path, refusal.leave);
  throw casesErrors.field(path, refusal.reason as CaseFieldRefusal);
}

function episodeOf(stored: StoredCase): Episode {
  return {
    firstSickDay: stored.row.firstDay,
    lastSickDay: stored.row.lastDay,
    endReason: stored.row.endReason as Episode['endReason'],
    segments: stored.segments.map((segment) => ({
      from: segment.validFrom,
      percentage: segment.percentage,
    })),
  };
}

function periodOf(stored: StoredCase): EpisodePeriod & { id: string } {
  return { id: stored.row.id, firstSickDay: stored.row.firstDay, lastSickDay: stored.row.lastDay };
}

const isSickness = (stored: StoredCase) => stored.row.kind === 'sickness';

/** S from the last working day: the day after, or two days after with a free day between. */
function leaveStartOf(lastWorkingDay: string, freeDayBetween: boolean): string {
  return addDays(lastWorkingDay, freeDayBetween ? 2 : 1);
}

function leaveOf(pregnancy: {
  expectedDelivery: string;
  multipleBirth: boolean;
  lastWorkingDay: string;
  freeDayBetween: boolean;
  actualDelivery: string | null;
}): PregnancyLeaveView {
  const window = leaveStartWindow(pregnancy.expectedDelivery, pregnancy.multipleBirth);
  const leave = pregnancyLeaveDates({
    expectedDelivery: pregnancy.expectedDelivery,
    multipleBirth: pregnancy.multipleBirth,
    actualDelivery: pregnancy.actualDelivery,
    leaveStart: leaveStartOf(pregnancy.lastWorkingDay, pregnancy.freeDayBetween),
  });
  return {
    lastWorkingDayWindow: {
      earliest: addDays(window.earliest, -1),
      latest: addDays(window.latest, -1),
    },
    leaveStart: leave.leaveStart,
    pregnancyLeave: leave.pregnancyLeave,
    maternityLeave: leave.maternityLeave,
    shortfallDays: leave.shortfallDays,
    totalDays: leave.totalDays,
    provisional: leave.provisional,
  };
}

/** The leave of one pregnancy case; one ended for another reason has leave up to its last day. */
function leaveOfCase(
  row: Pick<StoredCase['row'], 'endReason' | 'lastDay'>,
  pregnancy: Parameters<typeof leaveOf>[0],
): WazoLeave[] {
  const endedEarly = row.endReason !== null && row.endReason !== 'birth';
  return leavePeriods(leaveOf(pregnancy), endedEarly ? row.lastDay : null);
}

/**
 * The leave periods of the employee's pregnancies, which link the sickness episodes before and
 * after them (DOMAIN.md §2) and in which no sick day may fall (DOMAIN.md §3).
 */
function leavePeriodsOf(all: readonly StoredCase[]): WazoLeave[] {
  return all.flatMap((stored) =>
    stored.pregnancy ? leaveOfCase(stored.row, stored.pregnancy) : [],
  );
}

/**
 * The earliest of `leave` that falls on sick days registered for the employee (DOMAIN.md §3),
 * for a pregnancy whose leave is reported or moved after sickness was: refused like sickness
 * reported in the leave, so the two never share a day whichever came first.
 */
function leaveOverSickness(all: readonly StoredCase[], leave: readonly WazoLeave[]) {
  for (const stored of all.filter(isSickness)) {
    const during = leaveOverlapping(registeredSickDays(episodeOf(stored)), leave);
    if (during) return during;
  }
  return null;
}

/** Each sickness case's legal case (wachttijd): first sick day, previous episode, days before. */
function legalCasesOf(all: readonly StoredCase[]) {
  const groups = groupIntoLegalCases(all.filter(isSickness).map(periodOf), leavePeriodsOf(all));
  const byCase = new Map<
    string,
    { firstSickDay: string; previousCaseId: string | null; waitingDaysBefore: number }
  >();
  for (const group of groups) {
    group.forEach((episode, index) => {
      const before = group.slice(0, index);
      byCase.set(episode.id, {
        firstSickDay: group[0]?.firstSickDay ?? episode.firstSickDay,
        previousCaseId: before[before.length - 1]?.id ?? null,
        waitingDaysBefore:
          before.length === 0 ? 0 : waitingTimeOn(before, addDays(episode.firstSickDay, -1)),
      });
    });
  }
  return byCase;
}

const audited = {
  reportedSick: 'case.reported_sick',
  percentageChanged: 'case.percentage_changed',
  recovered: 'case.recovered',
  ended: 'case.ended',
  corrected: 'case.corrected',
  flagSet: 'case.flag_set',
  flagCleared: 'case.flag_cleared',
  pregnancyReported: 'case.pregnancy_reported',
  pregnancyCorrected: 'case.pregnancy_corrected',
  birthRecorded: 'case.birth_recorded',
  pregnancyEnded: 'case.pregnancy_ended',
  listed: 'cases.read',
  openRead: 'cases.open_read',
  previewed: 'cases.report_previewed',
} as const;

export function createCasesUseCases({
  db,
  clock,
  audit,
  employees,
}: {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  employees: CasesEmployees;
}) {
  const today = () => amsterdamDateOf(clock.now());

  const withRepository = <T>(
    employerId: AuthorizedEmployerId,
    work: (repository: CasesRepository) => Promise<T>,
  ): Promise<T> => inTenant(db, employerId, (tx) => work(createCasesRepository(tx, employerId)));

  /** The employee's employments, or 404 when the employee is not the actor's to see. */
  async function employmentsOf(actor: EmployerActor, employeeId: string, tx?: TenantDb) {
    const employments = tx
      ? await employees.employmentsIn(tx, actor, employeeId)
      : await employees.listEmploymentsOf(actor, employeeId);
    return employments
      .map(({ id, startDate, endDate }) => ({ id, startDate, endDate }))
      .sort((a, b) => compareDates(a.startDate, b.startDate));
  }

  /** The case's employee, or 404 when the case or its employee is not the actor's to see. */
  async function employeeOfCase(actor: EmployerActor, caseId: string) {
    const found = await withRepository(actor.employerId, (repository) =>
      repository.findCase(caseId),
    );
    if (!found) throw errors.notFound();
    const employments = await employmentsOf(actor, found.row.employeeId);
    return { employeeId: found.row.employeeId, employments };
  }

  function record(
    actor: EmployerActor,
    action: string,
    subjectId: string,
    details: Record<string, unknown>,
  ) {
    return audit.record({
      employerId: actor.employerId,
      userId: actor.userId,
      action,
      subjectType: 'case',
      subjectId,
      ip: actor.ip,
      requestId: actor.requestId,
      details,
    });
  }

  /** The employment that decides a date's check: the one in force, else the nearest. */
  function employmentFor(employments: readonly EmploymentPeriod[], date: string) {
    const inForce = employments.find(
      (employment) =>
        employment.startDate <= date && (employment.endDate === null || employment.endDate >= date),
    );
    if (inForce) return inForce;
    const before = employments.filter((employment) => employment.startDate <= date);
    return before[before.length - 1] ?? employments[0] ?? null;
  }

  async function contractHoursOn(
    actor: EmployerActor,
    employeeId: string,
    date: string,
    tx?: TenantDb,
  ): Promise<number | null> {
    const rows = tx
      ? await employees.employmentsOnDateIn(tx, actor.employerId, date)
      : await employees.employmentsOnDate(actor.employerId, date);
    const hours = rows
      .filter((row) => row.employeeId === employeeId)
      .reduce((sum, row) => sum + row.contractHoursPerWeek, 0);
    return rows.some((row) => row.employeeId === employeeId) ? hours : null;
  }

  /** The percentage given, or the hours not worked converted with the contract hours of `date`. */
  async function percentageFrom(
    actor: EmployerActor,
    employeeId: string,
    date: string,
    input: { percentage?: number | undefined; hoursNotWorked?: number | undefined },
    path: string,
    tx?: TenantDb,
  ): Promise<number> {
    if ((input.percentage === undefined) === (input.hoursNotWorked === undefined)) {
      throw casesErrors.field(path, 'percentage_or_hours');
    }
    if (input.percentage !== undefined) return input.percentage;
    const contractHours = await contractHoursOn(actor, employeeId, date, tx);
    const converted = percentageFromHoursNotWorked(input.hoursNotWorked ?? 0, contractHours ?? 0);
    if (!converted.ok) refuse('hoursNotWorked', converted);
    return converted.percentage;
  }

  function checkNotTooFar(path: string, date: string) {
    if (date > addDays(today(), maxDaysAhead)) throw casesErrors.field(path, 'too_far_in_future');
  }

  /**
   * Employer roles may record only whether a vangnet case applies, not which (DOMAIN.md §5): of
   * the safety-net kinds they may choose "vangnet (onbekend welke)" only.
   */
  function checkClassificationAllowed(actor: EmployerActor, classification: Classification) {
    if (
      !isOperatorRole(actor.role) &&
      isSafetyNet(classification) &&
      classification !== 'safety_net_unknown'
    ) {
      throw casesErrors.field('classification', 'classification_not_allowed');
    }
  }

  /**
   * Keeps every sickness case's link to the previous episode of its legal case up to date;
   * returns the employee's cases it read.
   */
  async function relinkLegalCases(repository: CasesRepository, employeeId: string) {
    const all = await repository.casesOfEmployee(employeeId);
    const legal = legalCasesOf(all);
    for (const stored of all.filter(isSickness)) {
      const previousCaseId = legal.get(stored.row.id)?.previousCaseId ?? null;
      if (previousCaseId !== stored.row.previousCaseId) {
        await repository.updateCase(stored.row.id, { previousCaseId });
      }
    }
    return all;
  }

  function toView(stored: StoredCase, all: readonly StoredCase[], actor: EmployerActor): CaseView {
    const { row } = stored;
    const date = today();
    const sickness = row.kind === 'sickness';
    const episode = episodeOf(stored);
    const view = sickness
      ? classificationView(actor.role, row.classification as Classification)
      : { classification: null, safetyNet: false };
    const operator = isOperatorRole(actor.role);
    return {
      id: row.id,
      employeeId: row.employeeId,
      kind: sickness ? 'sickness' : 'pregnancy',
      classification: view.classification,
      safetyNet: view.safetyNet,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      endReason: row.endReason,
      open: row.lastDay === null || row.lastDay >= date,
      reportNote: row.reportNote,
      endNote: row.endNote,
      segments: sickness
        ? segmentPeriods(episode).map((period, index) => ({
            ...period,
            note: stored.segments[index]?.note ?? null,
          }))
        : [],
      percentageToday: sickness ? percentageOn(episode, date) : 0,
      mayCorrect: sickness && mayCorrectSickReport(episode),
      legalCase: sickness ? (legalCasesOf(all).get(row.id) ?? null) : null,
      flags: stored.flags.map((flag) => ({
        flag: flag.flag as CaseFlag,
        // The vangnet kind stays with the arbodienst (DOMAIN.md §5).
        value: flag.flag === 'safety_net' && !operator ? null : flag.value,
        setOn: flag.setOn,
      })),
      pregnancy: stored.pregnancy
        ? {
            expectedDelivery: stored.pregnancy.expectedDelivery,
            multipleBirth: stored.pregnancy.multipleBirth,
            lastWorkingDay: stored.pregnancy.lastWorkingDay,
            freeDayBetween: stored.pregnancy.freeDayBetween,
            actualDelivery: stored.pregnancy.actualDelivery,
            leave: leaveOf(stored.pregnancy),
          }
        : null,
    };
  }

  /** Reads the case and all cases of its employee inside the transaction, after the lock. */
  async function loadForChange(repository: CasesRepository, employeeId: string, caseId: string) {
    await repository.lockEmployeeCases(employeeId);
    const all = await repository.casesOfEmployee(employeeId);
    const stored = all.find((candidate) => candidate.row.id === caseId);
    if (!stored) throw errors.notFound();
    return { all, stored };
  }

  async function viewOfCase(actor: EmployerActor, employeeId: string, caseId: string) {
    const all = await withRepository(actor.employerId, (repository) =>
      repository.casesOfEmployee(employeeId),
    );
    const stored = all.find((candidate) => candidate.row.id === caseId);
    if (!stored) throw errors.notFound();
    return toView(stored, all, actor);
  }

  /**
   * A change of one sickness case: loads it with its employee's cases under the lock, lets
   * `change` compute the new episode (or throw a refusal), refuses it at `datePath` when its sick
   * days then fall in pregnancy or maternity leave (DOMAIN.md §3), stores the timeline and
   * fields, relinks the legal cases, audits, and returns the case as the actor sees it.
   */
  async function changeSickness(
    actor: EmployerActor,
    caseId: string,
    action: string,
    datePath: string,
    change: (context: {
      stored: StoredCase;
      all: StoredCase[];
      employments: EmploymentPeriod[];
      employeeId: string;
    }) => Promise<{
      episode: Episode;
      fields?: Parameters<CasesRepository['updateCase']>[1];
      segmentNote?: { from: string; note: string | null };
      details: Record<string, unknown>;
    }>,
  ): Promise<CaseView> {
    const { employeeId, employments } = await employeeOfCase(actor, caseId);
    // Reads for the change (contract hours) happen before the write transaction: PGlite has one
    // connection, so no other use case may open a transaction inside ours.
    const before = await withRepository(actor.employerId, (repository) =>
      repository.casesOfEmployee(employeeId),
    );
    const current = before.find((candidate) => candidate.row.id === caseId);
    if (!current) throw errors.notFound();
    if (!isSickness(current)) throw casesErrors.wrongKind();
    const outcome = await change({ stored: current, all: before, employments, employeeId });
    await withRepository(actor.employerId, async (repository) => {
      const { stored, all } = await loadForChange(repository, employeeId, caseId);
      // Another change won the race since the read: refuse rather than overwrite it.
      if (stored.row.updatedAt.getTime() !== current.row.updatedAt.getTime()) {
        throw casesErrors.changedMeanwhile();
      }
      // Under the lock, so a pregnancy reported meanwhile is seen.
      const during = leaveOverlapping(registeredSickDays(outcome.episode), leavePeriodsOf(all));
      if (during) throw casesErrors.duringLeave(datePath, during);
      await repository.updateCase(caseId, {
        ...outcome.fields,
        firstDay: outcome.episode.firstSickDay,
        lastDay: outcome.episode.lastSickDay,
        endReason: outcome.episode.endReason,
      });
      await repository.replaceSegments(
        caseId,
        outcome.episode.segments.map((segment) => ({
          validFrom: segment.from,
          percentage: segment.percentage,
          note:
            outcome.segmentNote?.from === segment.from
              ? outcome.segmentNote.note
              : (stored.segments.find(
                  (row) => row.validFrom === segment.from && row.percentage === segment.percentage,
                )?.note ?? null),
        })),
      );
      await relinkLegalCases(repository, employeeId);
    });
    await record(actor, action, caseId, { employeeId, ...outcome.details });
    return viewOfCase(actor, employeeId, caseId);
  }

  /** A higher or lower percentage from a date (partial recovery or sicker again). */
  function changePercentageOfCase(
    actor: EmployerActor,
    caseId: string,
    input: {
      from: string;
      percentage?: number | undefined;
      hoursNotWorked?: number | undefined;
      note?: string | undefined;
    },
  ): Promise<CaseView> {
    return changeSickness(actor, caseId, audited.percentageChanged, 'from', async (context) => {
      checkNotTooFar('from', input.from);
      const percentage = await percentageFrom(
        actor,
        context.employeeId,
        input.from,
        input,
        'percentage',
      );
      const changed = changePercentage(episodeOf(context.stored), input.from, percentage);
      if (!changed.ok) {
        refuse(
          changed.reason === 'percentage_unchanged' || changed.reason === 'invalid_percentage'
            ? 'percentage'
            : 'from',
          changed,
        );
      }
      return {
        episode: changed.episode,
        segmentNote: { from: input.from, note: input.note || null },
        details: { from: input.from, percentage },
      };
    });
  }

  const openSickness = (all: readonly StoredCase[]) =>
    all.find((stored) => isSickness(stored) && stored.row.lastDay === null);

  return {
    /**
     * Verzuim melden. For an employee already sick (an open sickness case) the report is a
     * change of percentage from its first sick day ("hoger/lager percentage ziek", SPEC.md §2.5).
     */
    async reportSick(
      actor: EmployerActor,
      employeeId: string,
      report: {
        classification: string;
        firstSickDay: string;
        percentage?: number | undefined;
        hoursNotWorked?: number | undefined;
        note?: string | undefined;
      },
    ): Promise<CaseView> {
      // One transaction: the checks, the case, its legal-case links and the audit entry.
      const outcome = await inTenant(db, actor.employerId, async (tx) => {
        const repository = createCasesRepository(tx, actor.employerId);
        const employments = await employmentsOf(actor, employeeId, tx);
        if (!isClassification(report.classification)) {
          throw casesErrors.field('classification', 'classification_not_allowed');
        }
        const classification = report.classification;
        checkClassificationAllowed(actor, classification);
        await repository.lockEmployeeCases(employeeId);
        const existing = await repository.casesOfEmployee(employeeId);
        const open = openSickness(existing);
        if (open) return { created: false as const, openCaseId: open.row.id };
        const percentage = await percentageFrom(
          actor,
          employeeId,
          report.firstSickDay,
          report,
          'percentage',
          tx,
        );
        const employment = employmentFor(employments, report.firstSickDay);
        const valid = validateSickReport(
          { firstSickDay: report.firstSickDay, percentage },
          {
            today: today(),
            employment: employment ?? { startDate: '9999-12-31', endDate: null },
            otherEpisodes: existing.filter(isSickness).map(periodOf),
            leave: leavePeriodsOf(existing),
            maxDaysAhead,
          },
        );
        if (!valid.ok)
          refuse(valid.reason === 'invalid_percentage' ? 'percentage' : 'firstSickDay', valid);
        const started = startEpisode(report.firstSickDay, percentage);
        if (!started.ok) refuse('firstSickDay', started);
        const row = await repository.insertCase({
          employeeId,
          employmentId: employment?.id ?? null,
          kind: 'sickness',
          classification,
          firstDay: report.firstSickDay,
          lastDay: null,
          endReason: null,
          previousCaseId: null,
          reportNote: report.note || null,
          reportedBy: actor.userId,
        });
        await repository.replaceSegments(row.id, [
          { validFrom: report.firstSickDay, percentage, note: null },
        ]);
        const all = await relinkLegalCases(repository, employeeId);
        const stored = all.find((candidate) => candidate.row.id === row.id);
        if (!stored) throw new Error('the reported case is gone within its own transaction');
        await auditBy(audit, actor).record(
          {
            action: audited.reportedSick,
            subjectType: 'case',
            subjectId: row.id,
            details: { employeeId, classification, firstSickDay: report.firstSickDay, percentage },
          },
          tx,
        );
        return { created: true as const, view: toView(stored, all, actor) };
      });
      if (outcome.created) return outcome.view;
      return changePercentageOfCase(actor, outcome.openCaseId, {
        from: report.firstSickDay,
        percentage: report.percentage,
        hoursNotWorked: report.hoursNotWorked,
        note: report.note,
      });
    },

    /**
     * What the sick-report form shows before saving: the hours converted with the contract hours
     * of that date, and whether the report continues an earlier legal case (recurrence).
     */
    async previewSickReport(
      actor: EmployerActor,
      employeeId: string,
      input: { firstSickDay: string; hoursNotWorked?: number | undefined },
    ): Promise<SickReportPreview> {
      await employmentsOf(actor, employeeId);
      const contractHours = await contractHoursOn(actor, employeeId, input.firstSickDay);
      let percentage: number | null = null;
      if (input.hoursNotWorked !== undefined) {
        const converted = percentageFromHoursNotWorked(input.hoursNotWorked, contractHours ?? 0);
        if (!converted.ok) refuse('hoursNotWorked', converted);
        percentage = converted.percentage;
      }
      const all = await withRepository(actor.employerId, (repository) =>
        repository.casesOfEmployee(employeeId),
      );
      const open = openSickness(all);
      const sickness = all.filter(isSickness).map(periodOf);
      const candidate = { id: 'new', firstSickDay: input.firstSickDay, lastSickDay: null };
      const groups = groupIntoLegalCases([...sickness, candidate], leavePeriodsOf(all));
      const group = groups.find((legalCase) => legalCase.includes(candidate)) ?? [candidate];
      const before = group.slice(0, group.indexOf(candidate));
      await record(actor, audited.previewed, employeeId, { employeeId });
      return {
        contractHoursPerWeek: contractHours,
        percentage,
        continuesLegalCaseFrom:
          open || before.length === 0 ? null : (group[0]?.firstSickDay ?? null),
        waitingDaysBefore:
          open || before.length === 0 ? 0 : waitingTimeOn(before, addDays(input.firstSickDay, -1)),
        openCaseId: open?.row.id ?? null,
      };
    },

    /** A higher or lower percentage from a date (partial recovery or sicker again). */
    changePercentage: changePercentageOfCase,

    /** Hersteld: the last sick day closes the case. */
    registerRecovery(
      actor: EmployerActor,
      caseId: string,
      input: { lastSickDay: string; note?: string | undefined },
    ): Promise<CaseView> {
      return changeSickness(actor, caseId, audited.recovered, 'lastSickDay', async ({ stored }) => {
        checkNotTooFar('lastSickDay', input.lastSickDay);
        const closed = registerRecovery(episodeOf(stored), input.lastSickDay);
        if (!closed.ok) {
          if (closed.reason === 'episode_closed') throw casesErrors.caseClosed();
          refuse('lastSickDay', closed);
        }
        return {
          episode: closed.episode,
          fields: { endNote: input.note || null },
          details: { lastSickDay: input.lastSickDay },
        };
      });
    },

    /** Ends the case for another reason: ziek uit dienst, overleden, einde wachttijd, other. */
    endCase(
      actor: EmployerActor,
      caseId: string,
      input: { lastSickDay: string; reason: OtherEndReason; note?: string | undefined },
    ): Promise<CaseView> {
      return changeSickness(actor, caseId, audited.ended, 'lastSickDay', async ({ stored }) => {
        checkNotTooFar('lastSickDay', input.lastSickDay);
        const closed = endForOtherReason(episodeOf(stored), input.lastSickDay, input.reason);
        if (!closed.ok) {
          if (closed.reason === 'episode_closed') throw casesErrors.caseClosed();
          refuse('lastSickDay', closed);
        }
        return {
          episode: closed.episode,
          fields: { endNote: input.note || null },
          details: { lastSickDay: input.lastSickDay, reason: input.reason },
        };
      });
    },

    /**
     * Trajectmutatie: corrects classification, first sick day and the first percentage (full or
     * partial), only while no partial recovery is registered.
     */
    correctCase(
      actor: EmployerActor,
      caseId: string,
      input: {
        classification?: string | undefined;
        firstSickDay?: string | undefined;
        percentage?: number | undefined;
      },
    ): Promise<CaseView> {
      return changeSickness(
        actor,
        caseId,
        audited.corrected,
        'firstSickDay',
        async ({ stored, all, employments }) => {
          const episode = episodeOf(stored);
          if (!mayCorrectSickReport(episode)) throw casesErrors.partialRecoveryRegistered();
          let classification = stored.row.classification as Classification;
          if (input.classification !== undefined) {
            if (!isClassification(input.classification)) {
              throw casesErrors.field('classification', 'classification_not_allowed');
            }
            checkClassificationAllowed(actor, input.classification);
            // An employer role sees a specific vangnet kind as "vangnet": keeping it is no change.
            const keepsHiddenKind =
              input.classification === 'safety_net_unknown' && isSafetyNet(classification);
            if (!keepsHiddenKind) classification = input.classification;
          }
          const firstSickDay = input.firstSickDay ?? episode.firstSickDay;
          const percentage = input.percentage ?? episode.segments[0]?.percentage ?? 100;
          const corrected =
            firstSickDay === episode.firstSickDay && percentage === episode.segments[0]?.percentage
              ? { ok: true as const, episode }
              : correctSickReport(episode, { firstSickDay, percentage });
          if (!corrected.ok) {
            if (corrected.reason === 'partial_recovery_registered') {
              throw casesErrors.partialRecoveryRegistered();
            }
            refuse(
              corrected.reason === 'percentage_unchanged' ||
                corrected.reason === 'invalid_percentage'
                ? 'percentage'
                : 'firstSickDay',
              corrected,
            );
          }
          if (firstSickDay !== episode.firstSickDay) {
            const employment = employmentFor(employments, firstSickDay);
            const valid = validateSickReport(
              { firstSickDay, lastSickDay: episode.lastSickDay, percentage },
              {
                today: today(),
                employment: employment ?? { startDate: '9999-12-31', endDate: null },
                otherEpisodes: all
                  .filter((other) => isSickness(other) && other.row.id !== stored.row.id)
                  .map(periodOf),
                leave: leavePeriodsOf(all),
                maxDaysAhead,
              },
            );
            if (!valid.ok) refuse('firstSickDay', valid);
          }
          return {
            episode: corrected.episode,
            fields: {
              classification,
              employmentId: employmentFor(employments, firstSickDay)?.id ?? null,
            },
            details: { classification, firstSickDay, percentage },
          };
        },
      );
    },

    /** Sets a flag of a sickness case for the insurer report, with the date it was set. */
    async setFlag(
      actor: EmployerActor,
      caseId: string,
      flag: CaseFlag,
      input: { setOn: string; value?: string | undefined },
    ): Promise<CaseView> {
      const { employeeId } = await employeeOfCase(actor, caseId);
      const value = input.value ?? null;
      if (flag === 'safety_net') {
        const allowed: readonly string[] = isOperatorRole(actor.role)
          ? safetyNetClassifications
          : ['safety_net_unknown'];
        if (value === null || !allowed.includes(value)) {
          throw casesErrors.field('value', 'flag_value_not_allowed');
        }
      } else if (flag === 'expected_duration') {
        if (value === null || !(expectedDurationValues as readonly string[]).includes(value)) {
          throw casesErrors.field('value', 'flag_value_not_allowed');
        }
      } else if (value !== null) {
        throw casesErrors.field('value', 'flag_value_not_allowed');
      }
      checkNotTooFar('setOn', input.setOn);
      await withRepository(actor.employerId, async (repository) => {
        const found = await repository.findCase(caseId);
        if (!found) throw errors.notFound();
        if (found.row.kind !== 'sickness') throw casesErrors.wrongKind();
        // An employer role that sees "vangnet: ja" and sets it again keeps the hidden kind.
        const stored = found.flags.find((existing) => existing.flag === flag);
        const keepsHiddenKind =
          flag === 'safety_net' && !isOperatorRole(actor.role) && stored?.value != null;
        await repository.setFlag({
          caseId,
          flag,
          value: keepsHiddenKind ? (stored?.value ?? null) : value,
          setOn: input.setOn,
          setBy: actor.userId,
        });
      });
      await record(actor, audited.flagSet, caseId, { employeeId, flag, setOn: input.setOn });
      return viewOfCase(actor, employeeId, caseId);
    },

    async clearFlag(actor: EmployerActor, caseId: string, flag: CaseFlag): Promise<CaseView> {
      const { employeeId } = await employeeOfCase(actor, caseId);
      await withRepository(actor.employerId, (repository) => repository.clearFlag(caseId, flag));
      await record(actor, audited.flagCleared, caseId, { employeeId, flag });
      return viewOfCase(actor, employeeId, caseId);
    },

    /** The pregnancy form's computed values: the window for the last working day and the leave. */
    previewPregnancy(input: {
      expectedDelivery: string;
      multipleBirth: boolean;
      lastWorkingDay?: string | undefined;
      freeDayBetween?: boolean | undefined;
      actualDelivery?: string | undefined;
    }): { leave: PregnancyLeaveView; lastWorkingDayAllowed: boolean } {
      const window = leaveStartWindow(input.expectedDelivery, input.multipleBirth);
      const freeDayBetween = input.freeDayBetween ?? false;
      const lastWorkingDay =
        input.lastWorkingDay ?? addDays(window.latest, freeDayBetween ? -2 : -1);
      const allowed = validateLastWorkingDay(
        input.expectedDelivery,
        input.multipleBirth,
        addDays(lastWorkingDay, freeDayBetween ? 1 : 0),
      ).ok;
      return {
        leave: leaveOf({
          expectedDelivery: input.expectedDelivery,
          multipleBirth: input.multipleBirth,
          lastWorkingDay,
          freeDayBetween,
          actualDelivery: input.actualDelivery ?? null,
        }),
        lastWorkingDayAllowed: allowed,
      };
    },

    /** Zwangerschap melden: E, multiple birth, the last working day in its window (DOMAIN.md §3). */
    async reportPregnancy(
      actor: EmployerActor,
      employeeId: string,
      input: {
        expectedDelivery: string;
        multipleBirth: boolean;
        lastWorkingDay?: string | undefined;
        freeDayBetween?: boolean | undefined;
        note?: string | undefined;
      },
    ): Promise<CaseView> {
      const employments = await employmentsOf(actor, employeeId);
      const details = checkedPregnancy(input);
      const employment = employmentFor(employments, details.leaveStart);
      if (!employment || employment.startDate > details.leaveStart) {
        throw casesErrors.field('lastWorkingDay', 'before_employment_start');
      }
      if (employment.endDate !== null && employment.endDate < details.leaveStart) {
        throw casesErrors.field('lastWorkingDay', 'after_employment_end');
      }
      const created = await withRepository(actor.employerId, async (repository) => {
        await repository.lockEmployeeCases(employeeId);
        const all = await repository.casesOfEmployee(employeeId);
        if (all.some((stored) => stored.row.kind === 'pregnancy' && stored.row.lastDay === null)) {
          throw casesErrors.pregnancyOpen();
        }
        const during = leaveOverSickness(
          all,
          leaveOfCase({ endReason: null, lastDay: null }, { ...details, actualDelivery: null }),
        );
        if (during) throw casesErrors.duringLeave('lastWorkingDay', during);
        const row = await repository.insertCase({
          employeeId,
          employmentId: employment.id,
          kind: 'pregnancy',
          classification: null,
          // The case runs from the report (or from S when reported late) until its end.
          firstDay: minDate(today(), details.leaveStart),
          lastDay: null,
          endReason: null,
          previousCaseId: null,
          reportNote: input.note || null,
          reportedBy: actor.userId,
        });
        await repository.insertPregnancy({
          caseId: row.id,
          expectedDelivery: details.expectedDelivery,
          multipleBirth: details.multipleBirth,
          lastWorkingDay: details.lastWorkingDay,
          freeDayBetween: details.freeDayBetween,
          actualDelivery: null,
        });
        await relinkLegalCases(repository, employeeId);
        return row;
      });
      await record(actor, audited.pregnancyReported, created.id, {
        employeeId,
        expectedDelivery: details.expectedDelivery,
        multipleBirth: details.multipleBirth,
        lastWorkingDay: details.lastWorkingDay,
      });
      return viewOfCase(actor, employeeId, created.id);
    },

    /** Corrects E, multiple birth, the last working day or the free day, before the birth. */
    async correctPregnancy(
      actor: EmployerActor,
      caseId: string,
      input: {
        expectedDelivery?: string | undefined;
        multipleBirth?: boolean | undefined;
        lastWorkingDay?: string | undefined;
        freeDayBetween?: boolean | undefined;
      },
    ): Promise<CaseView> {
      return changePregnancy(
        actor,
        caseId,
        audited.pregnancyCorrected,
        'lastWorkingDay',
        (stored, pregnancy) => {
          if (stored.row.endReason !== null) throw casesErrors.caseClosed();
          const details = checkedPregnancy({
            expectedDelivery: input.expectedDelivery ?? pregnancy.expectedDelivery,
            multipleBirth: input.multipleBirth ?? pregnancy.multipleBirth,
            lastWorkingDay: input.lastWorkingDay ?? pregnancy.lastWorkingDay,
            freeDayBetween: input.freeDayBetween ?? pregnancy.freeDayBetween,
          });
          return {
            pregnancy: {
              expectedDelivery: details.expectedDelivery,
              multipleBirth: details.multipleBirth,
              lastWorkingDay: details.lastWorkingDay,
              freeDayBetween: details.freeDayBetween,
            },
            // The case runs from its report; a later S leaves that day, an earlier one moves it.
            fields: { firstDay: minDate(stored.row.firstDay, details.leaveStart) },
            details: { ...details },
          };
        },
      );
    },

    /** The actual delivery date D: the leave dates follow, the case ends with the maternity leave. */
    async recordBirth(
      actor: EmployerActor,
      caseId: string,
      input: { actualDelivery: string },
    ): Promise<CaseView> {
      return changePregnancy(
        actor,
        caseId,
        audited.birthRecorded,
        'actualDelivery',
        (stored, pregnancy) => {
          if (stored.row.endReason !== null && stored.row.endReason !== 'birth') {
            throw casesErrors.caseClosed();
          }
          if (input.actualDelivery > today()) {
            throw casesErrors.field('actualDelivery', 'delivery_in_future');
          }
          const leave = leaveOf({ ...pregnancy, actualDelivery: input.actualDelivery });
          if (
            input.actualDelivery < stored.row.firstDay &&
            leave.maternityLeave.last < stored.row.firstDay
          ) {
            throw casesErrors.field('actualDelivery', 'invalid_date');
          }
          return {
            pregnancy: { actualDelivery: input.actualDelivery },
            fields: {
              firstDay: minDate(stored.row.firstDay, input.actualDelivery),
              lastDay: leave.maternityLeave.last,
              endReason: 'birth' satisfies PregnancyEndReason,
            },
            details: { actualDelivery: input.actualDelivery },
          };
        },
      );
    },

    /** Ends a pregnancy for another reason (miskraam, abortus, uit dienst, overig). */
    async endPregnancy(
      actor: EmployerActor,
      caseId: string,
      input: {
        lastDay: string;
        reason: Exclude<PregnancyEndReason, 'birth'>;
        note?: string | undefined;
      },
    ): Promise<CaseView> {
      // Ending early only shortens the leave, so it cannot make it fall on sick days.
      return changePregnancy(actor, caseId, audited.pregnancyEnded, null, (stored) => {
        if (stored.row.endReason !== null) throw casesErrors.caseClosed();
        if (input.lastDay < stored.row.firstDay) {
          throw casesErrors.field('lastDay', 'last_sick_day_before_first_sick_day');
        }
        checkNotTooFar('lastDay', input.lastDay);
        return {
          pregnancy: {},
          fields: { lastDay: input.lastDay, endReason: input.reason, endNote: input.note || null },
          details: { lastDay: input.lastDay, reason: input.reason },
        };
      });
    },

    /** Verzuim section of the dossier: every case of the employee, current and past, newest first. */
    async listCases(actor: EmployerActor, employeeId: string): Promise<CaseView[]> {
      await employmentsOf(actor, employeeId);
      const all = await withRepository(actor.employerId, (repository) =>
        repository.casesOfEmployee(employeeId),
      );
      await record(actor, audited.listed, employeeId, { employeeId, cases: all.length });
      return all.map((stored) => toView(stored, all, actor)).reverse();
    },

    /**
     * The employee's open cases, for a role that reports (cases.report) but may not read the
     * case history: what is needed to report a change or recovery, without the notes.
     */
    async openCases(actor: EmployerActor, employeeId: string): Promise<CaseView[]> {
      await employmentsOf(actor, employeeId);
      const all = await withRepository(actor.employerId, (repository) =>
        repository.casesOfEmployee(employeeId),
      );
      const date = today();
      const open = all.filter(
        (stored) => stored.row.lastDay === null || stored.row.lastDay >= date,
      );
      await record(actor, audited.openRead, employeeId, { employeeId, cases: open.length });
      return open
        .map((stored) => ({ ...toView(stored, all, actor), reportNote: null, endNote: null }))
        .map((view) => ({
          ...view,
          segments: view.segments.map((segment) => ({ ...segment, note: null })),
        }))
        .reverse();
    },

    /**
     * For the case file (dossier module): whether `caseId` is a case of this employee, so a note
     * or document can be linked to it. The caller has checked the employee is the actor's.
     */
    async isCaseOfEmployee(
      employerId: AuthorizedEmployerId,
      employeeId: string,
      caseId: string,
    ): Promise<boolean> {
      const found = await withRepository(employerId, (repository) => repository.findCase(caseId));
      return found?.row.employeeId === employeeId;
    },

    /**
     * For the vault (operator access to BSN/NAW, DOMAIN.md §5): whether the employee has a case
     * that has not ended, sickness or pregnancy.
     */
    hasOpenCase(employerId: AuthorizedEmployerId, employeeId: string): Promise<boolean> {
      return withRepository(employerId, (repository) =>
        repository.hasOpenCase(employeeId, today()),
      );
    },

    /**
     * "Huidig verzuim" on the dashboard: employees in the actor's scope sick today (any
     * percentage) out of those employed in the scope today. Pregnancy leave is not sickness.
     */
    async currentAbsence(actor: EmployerActor): Promise<CurrentAbsence> {
      const date = today();
      const sick = await withRepository(actor.employerId, (repository) =>
        repository.countSickOn(date, (employeeId) =>
          employees.scopeCondition(actor.scope, employeeId, date),
        ),
      );
      const employed = await employees.countEmployedInScope(actor, date);
      return {
        date,
        sick,
        employed,
        percentage: employed === 0 ? null : Math.round((sick / employed) * 1000) / 10,
      };
    },
  };

  /** Validates the pregnancy's dates; the default last working day is the latest allowed. */
  function checkedPregnancy(input: {
    expectedDelivery: string;
    multipleBirth: boolean;
    lastWorkingDay?: string | undefined;
    freeDayBetween?: boolean | undefined;
  }) {
    const freeDayBetween = input.freeDayBetween ?? false;
    const window = leaveStartWindow(input.expectedDelivery, input.multipleBirth);
    const lastWorkingDay = input.lastWorkingDay ?? addDays(window.latest, freeDayBetween ? -2 : -1);
    const valid = validateLastWorkingDay(
      input.expectedDelivery,
      input.multipleBirth,
      addDays(lastWorkingDay, freeDayBetween ? 1 : 0),
    );
    if (!valid.ok) refuse('lastWorkingDay', valid);
    return {
      expectedDelivery: input.expectedDelivery,
      multipleBirth: input.multipleBirth,
      lastWorkingDay,
      freeDayBetween,
      leaveStart: valid.leaveStart,
    };
  }

  /**
   * A change of one pregnancy case, refused at `leavePath` when its leave then falls on registered
   * sick days (DOMAIN.md §3); null for a change that cannot move the leave onto them.
   */
  async function changePregnancy(
    actor: EmployerActor,
    caseId: string,
    action: string,
    leavePath: string | null,
    change: (
      stored: StoredCase,
      pregnancy: NonNullable<StoredCase['pregnancy']>,
    ) => {
      pregnancy: Parameters<CasesRepository['updatePregnancy']>[1];
      fields: Parameters<CasesRepository['updateCase']>[1];
      details: Record<string, unknown>;
    },
  ): Promise<CaseView> {
    const { employeeId } = await employeeOfCase(actor, caseId);
    const outcome = await withRepository(actor.employerId, async (repository) => {
      const { stored, all } = await loadForChange(repository, employeeId, caseId);
      if (!stored.pregnancy) throw casesErrors.wrongKind();
      const result = change(stored, stored.pregnancy);
      if (leavePath !== null) {
        const leave = leaveOfCase(
          { ...stored.row, ...result.fields },
          { ...stored.pregnancy, ...result.pregnancy },
        );
        const during = leaveOverSickness(all, leave);
        if (during) throw casesErrors.duringLeave(leavePath, during);
      }
      if (Object.keys(result.pregnancy).length > 0) {
        await repository.updatePregnancy(caseId, result.pregnancy);
      }
      await repository.updateCase(caseId, result.fields);
      await relinkLegalCases(repository, employeeId);
      return result;
    });
    await record(actor, action, caseId, { employeeId, ...outcome.details });
    return viewOfCase(actor, employeeId, caseId);
  }
}

export type CasesUseCases = ReturnType<typeof createCasesUseCases>;
