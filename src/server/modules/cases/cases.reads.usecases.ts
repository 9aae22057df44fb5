import type { AuditAction } from '../../../contracts/audit.js';
/**
 * Reads of cases: the verzuim section of the dossier, the open cases for a reporter, current
 * absence on the start page, and the questions other modules ask (through ports in modules.ts).
 */
import type { AbsenceState } from '../../../contracts/absence-state.js';
import type { CaseView, CurrentAbsence } from '../../../contracts/cases.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import type { EmployerActor } from '../users/users.policies.js';
import { createCasesRepository, type StoredCase } from './cases.repository.js';
import { absenceStateOf } from './cases.absence-state.models.js';
import { type AbsenceCaseJson, absenceCasesQuery } from './cases.absence-state.repository.js';
import {
  audited,
  type CasesContext,
  inCasesTransaction,
  scopedEmployeeOf,
} from './cases.context.js';
import { toView } from './cases.view.js';

export function caseReadUseCases(context: CasesContext) {
  /**
   * The employee's cases (404 when the employee is not the actor's to see), of which `select`
   * picks the views to return; audited as `action` with their number, in the same transaction.
   */
  function readCases(
    actor: EmployerActor,
    employeeId: string,
    action: AuditAction,
    select: (all: StoredCase[]) => CaseView[],
  ): Promise<CaseView[]> {
    return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
      const scoped = await scopedEmployeeOf(context, tx, actor, employeeId);
      const views = select(await repository.casesOfEmployee(scoped.employeeId));
      await auditBy(context.audit, actor).record(
        {
          action,
          subjectType: 'case',
          subjectId: employeeId,
          details: { employeeId, cases: views.length },
        },
        tx,
      );
      return views;
    });
  }

  return {
    /** Verzuim section of the dossier: every case of the employee, current and past, newest first. */
    listCases(actor: EmployerActor, employeeId: string): Promise<CaseView[]> {
      return readCases(actor, employeeId, audited.listed, (all) =>
        all.map((stored) => toView(stored, all, actor, context.today())).reverse(),
      );
    },

    /**
     * The employee's open cases, for a role that reports (cases.report) but may not read the
     * case history: what is needed to report a change or recovery, without the notes.
     */
    openCases(actor: EmployerActor, employeeId: string): Promise<CaseView[]> {
      return readCases(actor, employeeId, audited.openRead, (all) => {
        const date = context.today();
        return all
          .filter((stored) => stored.row.lastDay === null || stored.row.lastDay >= date)
          .map((stored) => ({
            ...toView(stored, all, actor, date),
            reportNote: null,
            endNote: null,
          }))
          .map((view) => ({
            ...view,
            segments: view.segments.map((segment) => ({ ...segment, note: null })),
          }))
          .reverse();
      });
    },

    /**
     * For the case file (dossier module), in its transaction: whether `caseId` is a case of this
     * employee, so a note or document can be linked to it. The caller has checked the employee
     * is the actor's.
     */
    async isCaseOfEmployee(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
      caseId: string,
    ): Promise<boolean> {
      return (await createCasesRepository(tx, employerId).employeeOfCase(caseId)) === employeeId;
    },

    /**
     * For the dossier header and the search (employees module, through its port in modules.ts): the
     * employee's cases as a scalar subquery the caller selects in its own statement, and
     * `absenceStateOf` reading that value. The caller has checked the employee is the actor's.
     */
    absenceCasesQuery,
    absenceStateOf(cases: unknown, date: string): AbsenceState {
      return absenceStateOf(cases as AbsenceCaseJson[], date);
    },

    /**
     * For the vault (operator access to BSN/NAW, DOMAIN.md §5): whether the employee has a case
     * that has not ended, sickness or pregnancy.
     */
    hasOpenCase(employerId: AuthorizedEmployerId, employeeId: string): Promise<boolean> {
      return inCasesTransaction(context, employerId, (_tx, repository) =>
        repository.hasOpenCase(employeeId, context.today()),
      );
    },

    /**
     * "Huidig verzuim" on the dashboard: employees in the actor's scope sick today (any
     * percentage) out of those employed in the scope today. Pregnancy leave is not sickness.
     */
    currentAbsence(actor: EmployerActor): Promise<CurrentAbsence> {
      const date = context.today();
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { sick, employed } = await repository.countSickOn(
          date,
          (employeeId) => context.employees.scopeCondition(actor.scope, employeeId, date),
          context.employees.employedInScopeQuery(actor, date),
        );
        return {
          date,
          sick,
          employed,
          percentage: employed === 0 ? null : Math.round((sick / employed) * 1000) / 10,
        };
      });
    },
  };
}
