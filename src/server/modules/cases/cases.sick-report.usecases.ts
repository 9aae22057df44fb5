/** Verzuim melden, and the preview the sick-report form shows before saving. */
import { addDays } from '../../../contracts/civil-dates.js';
import type { CaseView, SickReportPreview } from '../../../contracts/cases.js';
import { isUniqueViolation } from '../../db/connection.js';
import { auditBy } from '../../platform/audit/audit.js';
import type { EmployerActor } from '../users/users.policies.js';
import { casesErrors } from './cases.errors.js';
import {
  groupIntoLegalCases,
  isClassification,
  percentageFromHoursNotWorked,
  startEpisode,
  validateSickReport,
  waitingTimeOn,
} from './cases.models.js';
import { changeLoadedSickness } from './cases.change.js';
import {
  announceCaseEvent,
  announceLegalCases,
  audited,
  type CasesContext,
  checkClassificationAllowed,
  contractHoursOn,
  employmentFor,
  scopedEmployeeOf,
  inCasesTransaction,
  maxDaysAhead,
  percentageFrom,
  refuse,
} from './cases.context.js';
import {
  isSickness,
  casesForTasksOf,
  leavePeriodsOf,
  openSickness,
  periodOf,
  relinkLegalCases,
} from './cases.history.js';
import { percentageChange } from './cases.sickness.usecases.js';
import { toView } from './cases.view.js';

export function sickReportUseCases(context: CasesContext) {
  return {
    /**
     * Verzuim melden. For an employee already sick (an open sickness case) the report is a
     * change of percentage from its first sick day ("hoger/lager percentage ziek", SPEC.md §2.5).
     * One transaction: the checks, the case, its legal-case links and the audit entry; the
     * employee's cases are read once, under the lock.
     */
    reportSick(
      actor: EmployerActor,
      employeeId: string,
      report: {
        classification: string;
        firstSickDay: string;
        percentage?: number | undefined;
        hoursNotWorked?: number | undefined;
        note?: string | undefined;
        /** The HR system's own id of the absence (koppeling), unique within the employer. */
        hrAbsenceId?: string | undefined;
        /** The REST API: an open sickness is an overlap, not a change of its percentage. */
        refuseWhenOpen?: boolean;
      },
    ): Promise<CaseView> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { employeeId: scoped, employments } = await scopedEmployeeOf(
          context,
          tx,
          actor,
          employeeId,
        );
        if (!isClassification(report.classification)) {
          throw casesErrors.field('classification', 'classification_not_allowed');
        }
        const classification = report.classification;
        checkClassificationAllowed(actor, classification);
        await repository.lockEmployeeCases(scoped);
        const existing = await repository.casesOfEmployee(scoped);
        const open = openSickness(existing);
        if (open && report.refuseWhenOpen)
          refuse('firstSickDay', { ok: false, reason: 'overlapping_case' });
        if (open) {
          return changeLoadedSickness(
            context,
            tx,
            repository,
            actor,
            { employeeId: scoped, employments, stored: open, all: existing },
            percentageChange(context, actor, {
              from: report.firstSickDay,
              percentage: report.percentage,
              hoursNotWorked: report.hoursNotWorked,
              note: report.note,
            }),
          );
        }
        const percentage = await percentageFrom(
          context,
          tx,
          actor,
          employeeId,
          report.firstSickDay,
          report,
          'percentage',
        );
        const employment = employmentFor(employments, report.firstSickDay);
        const valid = validateSickReport(
          { firstSickDay: report.firstSickDay, percentage },
          {
            today: context.today(),
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
        const row = await repository
          .insertCase({
            employeeId: scoped,
            employmentId: employment?.id ?? null,
            kind: 'sickness',
            classification,
            firstDay: report.firstSickDay,
            lastDay: null,
            endReason: null,
            previousCaseId: null,
            reportNote: report.note || null,
            reportedBy: actor.userId,
            hrAbsenceId: report.hrAbsenceId ?? null,
          })
          .catch((error: unknown) => {
            // The one unique key a new case can break: the HR system's absence id.
            if (report.hrAbsenceId !== undefined && isUniqueViolation(error)) {
              throw casesErrors.hrAbsenceIdTaken();
            }
            throw error;
          });
        const segments = await repository.insertSegments(row.id, [
          { validFrom: report.firstSickDay, percentage, note: null },
        ]);
        // The new case joins the cases read above; no second read.
        const all = await relinkLegalCases(repository, [
          ...existing,
          { row, segments, flags: [], pregnancy: null },
        ]);
        const stored = all.find((candidate) => candidate.row.id === row.id);
        if (!stored) throw new Error('the reported case is gone within its own transaction');
        await announceLegalCases(
          context,
          tx,
          actor.employerId,
          scoped,
          casesForTasksOf(all, employments),
        );
        await announceCaseEvent(context, tx, actor.employerId, 'case.opened', stored);
        await auditBy(context.audit, actor).record(
          {
            action: audited.reportedSick,
            subjectType: 'case',
            subjectId: row.id,
            details: {
              employeeId,
              classification,
              firstSickDay: report.firstSickDay,
              percentage,
              ...(report.hrAbsenceId === undefined ? {} : { hrAbsenceId: report.hrAbsenceId }),
            },
          },
          tx,
        );
        return toView(stored, all, actor, context.today());
      });
    },

    /**
     * What the sick-report form shows before saving: the hours converted with the contract hours
     * of that date, and whether the report continues an earlier legal case (recurrence).
     */
    previewSickReport(
      actor: EmployerActor,
      employeeId: string,
      input: { firstSickDay: string; hoursNotWorked?: number | undefined },
    ): Promise<SickReportPreview> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const scoped = await scopedEmployeeOf(context, tx, actor, employeeId);
        const contractHours = await contractHoursOn(
          context,
          tx,
          actor,
          employeeId,
          input.firstSickDay,
        );
        let percentage: number | null = null;
        if (input.hoursNotWorked !== undefined) {
          const converted = percentageFromHoursNotWorked(input.hoursNotWorked, contractHours ?? 0);
          if (!converted.ok) refuse('hoursNotWorked', converted);
          percentage = converted.percentage;
        }
        const all = await repository.casesOfEmployee(scoped.employeeId);
        const open = openSickness(all);
        const sickness = all.filter(isSickness).map(periodOf);
        const candidate = { id: 'new', firstSickDay: input.firstSickDay, lastSickDay: null };
        const groups = groupIntoLegalCases([...sickness, candidate], leavePeriodsOf(all));
        const group = groups.find((legalCase) => legalCase.includes(candidate)) ?? [candidate];
        const before = group.slice(0, group.indexOf(candidate));
        await auditBy(context.audit, actor).record(
          {
            action: audited.previewed,
            subjectType: 'case',
            subjectId: employeeId,
            details: { employeeId },
          },
          tx,
        );
        return {
          contractHoursPerWeek: contractHours,
          percentage,
          continuesLegalCaseFrom:
            open || before.length === 0 ? null : (group[0]?.firstSickDay ?? null),
          waitingDaysBefore:
            open || before.length === 0
              ? 0
              : waitingTimeOn(before, addDays(input.firstSickDay, -1)),
          openCaseId: open?.row.id ?? null,
        };
      });
    },
  };
}
