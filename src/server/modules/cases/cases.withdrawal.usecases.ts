/** The withdrawal of a wrong sick report: the case is removed, its removal audited. */
import { isForeignKeyViolation } from '../../db/connection.js';
import { auditBy } from '../../platform/audit/audit.js';
import type { EmployerActor } from '../users/users.policies.js';
import { loadCaseForChange } from './cases.change.js';
import {
  announceCaseEvent,
  announceLegalCases,
  audited,
  type CasesContext,
  inCasesTransaction,
} from './cases.context.js';
import { casesErrors } from './cases.errors.js';
import { casesForTasksOf, isSickness, relinkLegalCases } from './cases.history.js';

/** What is left of a withdrawn sick report: the ids it was known by. */
export type WithdrawnCase = { id: string; employeeId: string; hrAbsenceId: string | null };

export function caseWithdrawalUseCases(context: CasesContext) {
  return {
    /**
     * Withdraws a sick report made in error (the employee was not sick): the case goes, with its
     * percentages, flags and tasks; the employee's other cases are relinked as if it had never
     * been (a recurrence it joined may stand alone again, and gets the tasks of a new legal case);
     * refused while a dossier note or document is linked to it (409 `case_has_dossier_items`).
     * The audit entry keeps what the case was; the webhook tells `case.withdrawn`.
     */
    withdrawSickReport(
      actor: EmployerActor,
      caseId: string,
      input: { reason?: string | undefined },
    ): Promise<WithdrawnCase> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { stored, all, employeeId, employments } = await loadCaseForChange(
          context,
          tx,
          repository,
          actor,
          caseId,
        );
        if (!isSickness(stored)) throw casesErrors.wrongKind();
        const others = await relinkLegalCases(
          repository,
          all.filter((candidate) => candidate.row.id !== caseId),
        );
        try {
          await repository.deleteCase(caseId);
        } catch (error) {
          if (isForeignKeyViolation(error)) throw casesErrors.hasDossierItems();
          throw error;
        }
        await announceLegalCases(
          context,
          tx,
          actor.employerId,
          employeeId,
          casesForTasksOf(others, employments),
        );
        await announceCaseEvent(context, tx, actor.employerId, 'case.withdrawn', stored);
        const { row, segments } = stored;
        await auditBy(context.audit, actor).record(
          {
            action: audited.withdrawn,
            subjectType: 'case',
            subjectId: caseId,
            details: {
              employeeId,
              reason: input.reason ?? null,
              hrAbsenceId: row.hrAbsenceId,
              classification: row.classification,
              firstDay: row.firstDay,
              lastDay: row.lastDay,
              endReason: row.endReason,
              previousCaseId: row.previousCaseId,
              percentages: segments.map((segment) => ({
                validFrom: segment.validFrom,
                percentage: segment.percentage,
              })),
            },
          },
          tx,
        );
        return { id: caseId, employeeId, hrAbsenceId: row.hrAbsenceId };
      });
    },
  };
}
