/** A case as the actor is shown it (contracts/cases.ts `CaseView`). */
import type { CaseFlag, CaseView } from '../../../contracts/cases.js';
import { type EmployerActor, isOperatorRole } from '../users/users.policies.js';
import {
  type Classification,
  classificationView,
  mayCorrectSickReport,
  percentageOn,
  segmentPeriods,
} from './cases.models.js';
import type { StoredCase } from './cases.repository.js';
import { episodeOf, leaveOf, legalCasesOf } from './cases.history.js';

/** `stored` as `actor` sees it on `date`; `all` are its employee's cases (for the legal case). */
export function toView(
  stored: StoredCase,
  all: readonly StoredCase[],
  actor: EmployerActor,
  date: string,
): CaseView {
  const { row } = stored;
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
