import type { AuditAction } from '../../../contracts/audit.js';
/**
 * The frame of every change to one case, inside the use case's one transaction: find the case and
 * its employee (404 when not the actor's), lock and read the employee's cases, write, relink the
 * legal cases, audit, and answer with the case as the actor sees it.
 */
import type { CaseView } from '../../../contracts/cases.js';
import type { TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { ScopedEmployeeId } from '../employees/employees.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { casesErrors } from './cases.errors.js';
import { type Episode, leaveOverlapping, registeredSickDays } from './cases.models.js';
import type { CasesRepository, StoredCase } from './cases.repository.js';
import {
  announceCaseEvent,
  announceLegalCases,
  audited,
  type CasesContext,
  type EmploymentPeriod,
  scopedEmployeeOf,
  inCasesTransaction,
} from './cases.context.js';
import { casesForTasksOf, isSickness, leavePeriodsOf, relinkLegalCases } from './cases.history.js';
import { toView } from './cases.view.js';

/** A case with its employee's employments and all the employee's cases, read under the lock. */
export type CaseForChange = {
  employeeId: ScopedEmployeeId;
  employments: EmploymentPeriod[];
  stored: StoredCase;
  all: StoredCase[];
};

/** The case's employee and employments, or 404 when the case or employee is not the actor's. */
export async function employeeOfCase(
  context: CasesContext,
  tx: TenantDb,
  repository: CasesRepository,
  actor: EmployerActor,
  caseId: string,
): Promise<{ employeeId: ScopedEmployeeId; employments: EmploymentPeriod[] }> {
  const employeeId = await repository.employeeOfCase(caseId);
  if (employeeId === undefined) throw errors.notFound();
  return scopedEmployeeOf(context, tx, actor, employeeId);
}

/**
 * The case and all cases of its employee, read after taking the employee's lock, so that no
 * other change of the employee's cases runs between the checks and the writes. The lock comes
 * with the look-up of the employee, before the scope check: an employee outside the scope is
 * refused all the same, and only waits for a change running at that moment.
 */
export async function loadCaseForChange(
  context: CasesContext,
  tx: TenantDb,
  repository: CasesRepository,
  actor: EmployerActor,
  caseId: string,
): Promise<CaseForChange> {
  const locked = await repository.lockedEmployeeOfCase(caseId);
  if (locked === undefined) throw errors.notFound();
  const { employeeId, employments } = await scopedEmployeeOf(context, tx, actor, locked);
  const all = await repository.casesOfEmployee(employeeId);
  const stored = all.find((candidate) => candidate.row.id === caseId);
  if (!stored) throw errors.notFound();
  return { employeeId, employments, stored, all };
}

/** The changes that end a case: its webhook event is `case.closed`. */
const closingActions: ReadonlySet<AuditAction> = new Set([
  audited.recovered,
  audited.ended,
  audited.pregnancyEnded,
]);

/**
 * After the writes of a change: relinks the legal cases of `all` (the employee's cases as they
 * now stand), writes the audit entry in the same transaction and returns the case as the actor
 * sees it.
 */
export async function completeChange(
  context: CasesContext,
  tx: TenantDb,
  repository: CasesRepository,
  actor: EmployerActor,
  change: {
    employeeId: string;
    caseId: string;
    action: AuditAction;
    details: Record<string, unknown>;
    all: readonly StoredCase[];
    employments: readonly EmploymentPeriod[];
  },
): Promise<CaseView> {
  const all = await relinkLegalCases(repository, change.all);
  const stored = all.find((candidate) => candidate.row.id === change.caseId);
  if (!stored) throw new Error('the changed case is gone within its own transaction');
  await announceLegalCases(
    context,
    tx,
    actor.employerId,
    change.employeeId,
    casesForTasksOf(all, change.employments),
  );
  await announceCaseEvent(
    context,
    tx,
    actor.employerId,
    change.action === audited.pregnancyReported
      ? 'case.opened'
      : closingActions.has(change.action)
        ? 'case.closed'
        : 'case.changed',
    stored,
  );
  await auditBy(context.audit, actor).record(
    {
      action: change.action,
      subjectType: 'case',
      subjectId: change.caseId,
      details: { employeeId: change.employeeId, ...change.details },
    },
    tx,
  );
  return toView(stored, all, actor, context.today());
}

/** What a change of a sickness case computes from the case as it stands. */
export type SicknessChange = (context: CaseForChange & { tx: TenantDb }) => Promise<{
  episode: Episode;
  fields?: Parameters<CasesRepository['updateCase']>[1];
  segmentNote?: { from: string; note: string | null };
  details: Record<string, unknown>;
}>;

/**
 * A change of one sickness case already loaded under the lock: lets `change` compute the new
 * episode (or throw a refusal), refuses it at `datePath` when its sick days then fall in pregnancy
 * or maternity leave (DOMAIN.md §3), stores the timeline and fields, and completes the change.
 */
export async function changeLoadedSickness(
  context: CasesContext,
  tx: TenantDb,
  repository: CasesRepository,
  actor: EmployerActor,
  loaded: CaseForChange,
  change: { action: AuditAction; datePath: string; compute: SicknessChange },
): Promise<CaseView> {
  const { stored, all, employeeId, employments } = loaded;
  const caseId = stored.row.id;
  if (!isSickness(stored)) throw casesErrors.wrongKind();
  const outcome = await change.compute({ ...loaded, tx });
  const during = leaveOverlapping(registeredSickDays(outcome.episode), leavePeriodsOf(all));
  if (during) throw casesErrors.duringLeave(change.datePath, during);
  const fields = {
    ...outcome.fields,
    firstDay: outcome.episode.firstSickDay,
    lastDay: outcome.episode.lastSickDay,
    endReason: outcome.episode.endReason,
  };
  await repository.updateCase(caseId, fields);
  const segments = await repository.replaceSegments(
    caseId,
    stored.segments,
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
  const changed = { ...stored, row: { ...stored.row, ...fields }, segments };
  return completeChange(context, tx, repository, actor, {
    employeeId,
    caseId,
    action: change.action,
    details: outcome.details,
    employments,
    all: all.map((candidate) => (candidate.row.id === caseId ? changed : candidate)),
  });
}

/** A change of one sickness case in its own use case: one transaction, audit included. */
export function changeSickness(
  context: CasesContext,
  actor: EmployerActor,
  caseId: string,
  change: { action: AuditAction; datePath: string; compute: SicknessChange },
): Promise<CaseView> {
  return inCasesTransaction(context, actor.employerId, async (tx, repository) =>
    changeLoadedSickness(
      context,
      tx,
      repository,
      actor,
      await loadCaseForChange(context, tx, repository, actor, caseId),
      change,
    ),
  );
}
