import type { AuditAction } from '../../../contracts/audit.js';
/**
 * Pregnancy cases (WAZO, DOMAIN.md §3): the form's preview, the report, its correction, the
 * birth, and an end for another reason. The leave may never fall on registered sick days.
 */
import { addDays, minDate } from '../../../contracts/civil-dates.js';
import type { CaseView, PregnancyLeaveView } from '../../../contracts/cases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { casesErrors } from './cases.errors.js';
import { defaultLastWorkingDay } from '../../../contracts/pregnancy-leave.js';
import { type PregnancyEndReason, validateLastWorkingDay } from './cases.models.js';
import type { CasesRepository, StoredCase } from './cases.repository.js';
import { completeChange, loadCaseForChange } from './cases.change.js';
import {
  audited,
  type CasesContext,
  checkNotTooFar,
  employmentFor,
  scopedEmployeeOf,
  inCasesTransaction,
  refuse,
} from './cases.context.js';
import { leaveOf, leaveOfCase, leaveOverSickness } from './cases.history.js';

type PregnancyInput = {
  expectedDelivery: string;
  multipleBirth: boolean;
  lastWorkingDay?: string | undefined;
  freeDayBetween?: boolean | undefined;
};

/** The last working day given, or the latest allowed (the default the web's form proposes too). */
function lastWorkingDayOf(input: PregnancyInput) {
  const freeDayBetween = input.freeDayBetween ?? false;
  const lastWorkingDay =
    input.lastWorkingDay ??
    defaultLastWorkingDay(input.expectedDelivery, input.multipleBirth, freeDayBetween);
  const valid = validateLastWorkingDay(
    input.expectedDelivery,
    input.multipleBirth,
    addDays(lastWorkingDay, freeDayBetween ? 1 : 0),
  );
  return { lastWorkingDay, freeDayBetween, valid };
}

/** Validates the pregnancy's dates; the default last working day is the latest allowed. */
function checkedPregnancy(input: PregnancyInput) {
  const { lastWorkingDay, freeDayBetween, valid } = lastWorkingDayOf(input);
  if (!valid.ok) refuse('lastWorkingDay', valid);
  return {
    expectedDelivery: input.expectedDelivery,
    multipleBirth: input.multipleBirth,
    lastWorkingDay,
    freeDayBetween,
    leaveStart: valid.leaveStart,
  };
}

type PregnancyChange = (
  stored: StoredCase,
  pregnancy: NonNullable<StoredCase['pregnancy']>,
) => {
  pregnancy: Parameters<CasesRepository['updatePregnancy']>[1];
  fields: Parameters<CasesRepository['updateCase']>[1];
  details: Record<string, unknown>;
};

export function pregnancyUseCases(context: CasesContext) {
  /**
   * A change of one pregnancy case, refused at `leavePath` when its leave then falls on registered
   * sick days (DOMAIN.md §3); null for a change that cannot move the leave onto them.
   */
  function changePregnancy(
    actor: EmployerActor,
    caseId: string,
    action: AuditAction,
    leavePath: string | null,
    change: PregnancyChange,
  ): Promise<CaseView> {
    return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
      const { employeeId, employments, stored, all } = await loadCaseForChange(
        context,
        tx,
        repository,
        actor,
        caseId,
      );
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
      const changed = {
        ...stored,
        row: { ...stored.row, ...result.fields },
        pregnancy: { ...stored.pregnancy, ...result.pregnancy },
      };
      return completeChange(context, tx, repository, actor, {
        employeeId,
        caseId,
        action,
        details: result.details,
        employments,
        all: all.map((candidate) => (candidate.row.id === caseId ? changed : candidate)),
      });
    });
  }

  return {
    /** The pregnancy form's computed values: the window for the last working day and the leave. */
    previewPregnancy(input: PregnancyInput & { actualDelivery?: string | undefined }): {
      leave: PregnancyLeaveView;
      lastWorkingDayAllowed: boolean;
    } {
      const { lastWorkingDay, freeDayBetween, valid } = lastWorkingDayOf(input);
      return {
        leave: leaveOf({
          expectedDelivery: input.expectedDelivery,
          multipleBirth: input.multipleBirth,
          lastWorkingDay,
          freeDayBetween,
          actualDelivery: input.actualDelivery ?? null,
        }),
        lastWorkingDayAllowed: valid.ok,
      };
    },

    /** Zwangerschap melden: E, multiple birth, the last working day in its window (DOMAIN.md §3). */
    reportPregnancy(
      actor: EmployerActor,
      employeeId: string,
      input: PregnancyInput & { note?: string | undefined },
    ): Promise<CaseView> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { employeeId: scoped, employments } = await scopedEmployeeOf(
          context,
          tx,
          actor,
          employeeId,
        );
        const details = checkedPregnancy(input);
        const employment = employmentFor(employments, details.leaveStart);
        if (!employment || employment.startDate > details.leaveStart) {
          throw casesErrors.field('lastWorkingDay', 'before_employment_start');
        }
        if (employment.endDate !== null && employment.endDate < details.leaveStart) {
          throw casesErrors.field('lastWorkingDay', 'after_employment_end');
        }
        await repository.lockEmployeeCases(scoped);
        const all = await repository.casesOfEmployee(scoped);
        if (all.some((stored) => stored.row.kind === 'pregnancy' && stored.row.lastDay === null)) {
          throw casesErrors.pregnancyOpen();
        }
        const during = leaveOverSickness(
          all,
          leaveOfCase({ endReason: null, lastDay: null }, { ...details, actualDelivery: null }),
        );
        if (during) throw casesErrors.duringLeave('lastWorkingDay', during);
        const row = await repository.insertCase({
          employeeId: scoped,
          employmentId: employment.id,
          kind: 'pregnancy',
          classification: null,
          // The case runs from the report (or from S when reported late) until its end.
          firstDay: minDate(context.today(), details.leaveStart),
          lastDay: null,
          endReason: null,
          previousCaseId: null,
          reportNote: input.note || null,
          reportedBy: actor.userId,
        });
        const pregnancy = await repository.insertPregnancy({
          caseId: row.id,
          expectedDelivery: details.expectedDelivery,
          multipleBirth: details.multipleBirth,
          lastWorkingDay: details.lastWorkingDay,
          freeDayBetween: details.freeDayBetween,
          actualDelivery: null,
        });
        return completeChange(context, tx, repository, actor, {
          employeeId,
          caseId: row.id,
          action: audited.pregnancyReported,
          all: [...all, { row, segments: [], flags: [], pregnancy }],
          employments,
          details: {
            expectedDelivery: details.expectedDelivery,
            multipleBirth: details.multipleBirth,
            lastWorkingDay: details.lastWorkingDay,
          },
        });
      });
    },

    /** Corrects E, multiple birth, the last working day or the free day, before the birth. */
    correctPregnancy(
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
          const corrected = {
            expectedDelivery: input.expectedDelivery ?? pregnancy.expectedDelivery,
            multipleBirth: input.multipleBirth ?? pregnancy.multipleBirth,
            freeDayBetween: input.freeDayBetween ?? pregnancy.freeDayBetween,
          };
          // A new window (E, multiple birth or the free day changed) without a chosen last
          // working day takes its default, as the form proposes; the old day belonged to the old one.
          const windowMoved =
            corrected.expectedDelivery !== pregnancy.expectedDelivery ||
            corrected.multipleBirth !== pregnancy.multipleBirth ||
            corrected.freeDayBetween !== pregnancy.freeDayBetween;
          const details = checkedPregnancy({
            ...corrected,
            lastWorkingDay:
              input.lastWorkingDay ?? (windowMoved ? undefined : pregnancy.lastWorkingDay),
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
    recordBirth(
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
          if (input.actualDelivery > context.today()) {
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
    endPregnancy(
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
        checkNotTooFar(context, 'lastDay', input.lastDay);
        return {
          pregnancy: {},
          fields: { lastDay: input.lastDay, endReason: input.reason, endNote: input.note || null },
          details: { lastDay: input.lastDay, reason: input.reason },
        };
      });
    },
  };
}
