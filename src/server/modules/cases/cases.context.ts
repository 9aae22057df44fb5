/**
 * What every use case of the cases module shares: its dependencies, the one tenant transaction a
 * use case opens, the audit actions, and the checks of input that several operations make.
 */
import type { SQL } from 'drizzle-orm';
import type { NextDeadline } from '../../../contracts/absence-state.js';
import { addDays, compareDates } from '../../../contracts/civil-dates.js';
import type { Locale } from '../../../contracts/common.js';
import type { WebhookEventType } from '../../../contracts/webhooks.js';
import type { Db } from '../../db/connection.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { Clock } from '../../platform/clock.js';
import type { EmployeesUseCases, ScopedEmployeeId } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import { type EmployerActor, isOperatorRole } from '../users/users.policies.js';
import { type CaseFieldRefusal, casesErrors } from './cases.errors.js';
import {
  type CasesForTasks,
  type Classification,
  defaultMaxDaysAhead,
  type DuringLeave,
  isSafetyNet,
  percentageFromHoursNotWorked,
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

/** What the cases module needs of the employees module (its use cases, wired in modules.ts). */
export type CasesEmployees = Pick<
  EmployeesUseCases,
  | 'scopedEmploymentsIn'
  | 'employmentsOnDateIn'
  | 'employedInScopeQuery'
  | 'scopeCondition'
  | 'findEmployeeNamesIn'
>;

/** What the cases module needs of the organisation module: the departments (Actueel verzuim). */
export type CasesOrganisation = Pick<OrganisationUseCases, 'listDepartmentsIn'>;
/**
 * Told, in the use case's transaction, after any change to an employee's cases or to the end of
 * an employment: the employee's legal cases and pregnancies as they now stand. A port (docs/architecture.md): the tasks module sits above
 * cases, so `createModules` wires its use case in.
 */
export type LegalCaseListener = (
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  cases: CasesForTasks,
) => Promise<void>;

/** A case opened, changed, closed or withdrawn, as the employer's webhook reports it (issue 13). */
export type CaseEvent = {
  type: Extract<WebhookEventType, `case.${string}`>;
  data: {
    caseId: string;
    employeeId: string;
    kind: string;
    firstDay: string;
    lastDay: string | null;
    endReason: string | null;
    /** The percentage of the case's latest segment; null for a pregnancy. */
    percentage: number | null;
  };
};

/**
 * Told every change of a case in the use case's transaction, so that its event is stored with
 * it, once. A port: the integration module (webhooks) sits above cases; `createModules` wires it.
 */
export type CaseEventListener = (
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  event: CaseEvent,
) => Promise<void>;

/**
 * The next poortwachter deadline of an employee, for Actueel verzuim. A port: the tasks module
 * sits above cases, so `createModules` wires its use case in. `query` is a scalar subquery on the
 * employee id column the list's statement selects (no round trip of its own); `of` reads it.
 */
export type NextDeadlinePort = {
  query(employerId: AuthorizedEmployerId, employeeId: SQL): SQL;
  of(next: unknown, locale: Locale): NextDeadline;
};

export type CasesDependencies = {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  employees: CasesEmployees;
  organisation: CasesOrganisation;
  /** The tasks of the legal cases follow every change (SPEC.md §2.7). */
  legalCasesChanged?: LegalCaseListener;
  /** The webhooks' outbox; absent where integration is not wired. */
  caseEvents?: CaseEventListener;
  /** Actueel verzuim's deadline column; absent where tasks are not wired. */
  nextDeadline?: NextDeadlinePort;
};

/** The dependencies with today's date in Amsterdam, as every operation reads it. */
export type CasesContext = CasesDependencies & { today: () => string };

/** The audit actions of the module. */
export const audited = {
  reportedSick: 'case.reported_sick',
  percentageChanged: 'case.percentage_changed',
  recovered: 'case.recovered',
  ended: 'case.ended',
  corrected: 'case.corrected',
  withdrawn: 'case.withdrawn',
  flagSet: 'case.flag_set',
  flagCleared: 'case.flag_cleared',
  pregnancyReported: 'case.pregnancy_reported',
  pregnancyCorrected: 'case.pregnancy_corrected',
  birthRecorded: 'case.birth_recorded',
  pregnancyEnded: 'case.pregnancy_ended',
  listed: 'cases.read',
  openRead: 'cases.open_read',
  previewed: 'cases.report_previewed',
  sickTodayRead: 'cases.sick_today_read',
  sickTodayExported: 'cases.sick_today_exported',
} as const;

/**
 * The one tenant transaction of a use case, with the cases repository on it: reads, writes, the
 * calls into the employees module and the audit entry all go through `tx`.
 */
export function inCasesTransaction<T>(
  context: CasesContext,
  employerId: AuthorizedEmployerId,
  work: (tx: TenantDb, repository: CasesRepository) => Promise<T>,
): Promise<T> {
  return inTenant(context.db, employerId, (tx) => work(tx, createCasesRepository(tx, employerId)));
}

export type EmploymentPeriod = { id: string; startDate: string; endDate: string | null };

type Refusal = { ok: false; reason: string };

/** A refusal of the models as the field error of `path`. */
export function refuse(path: string, refusal: Refusal | DuringLeave): never {
  if ('leave' in refusal) throw casesErrors.duringLeave(path, refusal.leave);
  throw casesErrors.field(path, refusal.reason as CaseFieldRefusal);
}

/**
 * The dossier-scope check (decision 009): the handle the repository functions of one employee
 * take, with the employee's employments; 404 when the employee is not the actor's to see.
 */
export async function scopedEmployeeOf(
  context: CasesContext,
  tx: TenantDb,
  actor: EmployerActor,
  employeeId: string,
): Promise<{ employeeId: ScopedEmployeeId; employments: EmploymentPeriod[] }> {
  const scoped = await context.employees.scopedEmploymentsIn(tx, actor, employeeId);
  return {
    employeeId: scoped.employeeId,
    employments: scoped.employments
      .map(({ id, startDate, endDate }) => ({ id, startDate, endDate }))
      .sort((a, b) => compareDates(a.startDate, b.startDate)),
  };
}

/** The employment that decides a date's check: the one in force, else the nearest. */
export function employmentFor(employments: readonly EmploymentPeriod[], date: string) {
  const inForce = employments.find(
    (employment) =>
      employment.startDate <= date && (employment.endDate === null || employment.endDate >= date),
  );
  if (inForce) return inForce;
  const before = employments.filter((employment) => employment.startDate <= date);
  return before[before.length - 1] ?? employments[0] ?? null;
}

/** The employee's contract hours a week on `date`, or null when not employed that day. */
export async function contractHoursOn(
  context: CasesContext,
  tx: TenantDb,
  actor: EmployerActor,
  employeeId: string,
  date: string,
): Promise<number | null> {
  const rows = (await context.employees.employmentsOnDateIn(tx, actor.employerId, date)).filter(
    (row) => row.employeeId === employeeId,
  );
  return rows.length > 0 ? rows.reduce((sum, row) => sum + row.contractHoursPerWeek, 0) : null;
}

/** The percentage given, or the hours not worked converted with the contract hours of `date`. */
export async function percentageFrom(
  context: CasesContext,
  tx: TenantDb,
  actor: EmployerActor,
  employeeId: string,
  date: string,
  input: { percentage?: number | undefined; hoursNotWorked?: number | undefined },
  path: string,
): Promise<number> {
  if ((input.percentage === undefined) === (input.hoursNotWorked === undefined)) {
    throw casesErrors.field(path, 'percentage_or_hours');
  }
  if (input.percentage !== undefined) return input.percentage;
  const contractHours = await contractHoursOn(context, tx, actor, employeeId, date);
  const converted = percentageFromHoursNotWorked(input.hoursNotWorked ?? 0, contractHours ?? 0);
  if (!converted.ok) refuse('hoursNotWorked', converted);
  return converted.percentage;
}

export function checkNotTooFar(context: CasesContext, path: string, date: string) {
  if (date > addDays(context.today(), maxDaysAhead)) {
    throw casesErrors.field(path, 'too_far_in_future');
  }
}

/**
 * Employer roles may record only whether a vangnet case applies, not which (DOMAIN.md §5): of
 * the safety-net kinds they may choose "vangnet (onbekend welke)" only.
 */
export function checkClassificationAllowed(actor: EmployerActor, classification: Classification) {
  if (
    !isOperatorRole(actor.role) &&
    isSafetyNet(classification) &&
    classification !== 'safety_net_unknown'
  ) {
    throw casesErrors.field('classification', 'classification_not_allowed');
  }
}

/** Tells the listener (the tasks module) the employee's cases as they now stand. */
export async function announceLegalCases(
  context: CasesContext,
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  employeeId: string,
  cases: CasesForTasks,
): Promise<void> {
  if (context.legalCasesChanged === undefined) return;
  await context.legalCasesChanged(tx, employerId, employeeId, cases);
}

/** Tells the listener (the webhooks) that `stored`, as it now stands, was opened, changed or closed. */
export async function announceCaseEvent(
  context: CasesContext,
  tx: TenantDb,
  employerId: AuthorizedEmployerId,
  type: CaseEvent['type'],
  stored: StoredCase,
): Promise<void> {
  if (context.caseEvents === undefined) return;
  const { row, segments } = stored;
  await context.caseEvents(tx, employerId, {
    type,
    data: {
      caseId: row.id,
      employeeId: row.employeeId,
      kind: row.kind,
      firstDay: row.firstDay,
      lastDay: row.lastDay,
      endReason: row.endReason,
      percentage: segments.at(-1)?.percentage ?? null,
    },
  });
}
