/**
 * Actueel verzuim (issue 18): who in the actor's scope is sick today, for the list page and its
 * Excel export. Both are reads of dossier data and audited with the employees they showed.
 */
import { daysBetweenInclusive } from '../../../contracts/civil-dates.js';
import type { Locale } from '../../../contracts/common.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import type {
  SickTodayResponse,
  SickTodayRow,
  SickTodaySort,
} from '../../../contracts/sick-today.js';
import type { TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { departmentsWithDescendants } from '../organisation/organisation.models.js';
import type { EmployerActor } from '../users/users.policies.js';
import { audited, type CasesContext, inCasesTransaction } from './cases.context.js';
import { absenceStateOf } from './cases.absence-state.models.js';
import type { AbsenceCaseJson } from './cases.absence-state.repository.js';
import {
  type Classification,
  classificationView,
  sickWeekOf,
  waitingTimeWeeks,
} from './cases.models.js';
import type { CasesRepository } from './cases.repository.js';
import { type RankedSickRow, sickTodayWorkbook, sortSickRows } from './cases.sick-today.models.js';

export type SickTodayFilter = { sort: SickTodaySort; department?: string | undefined };

/**
 * Classifications belong to the case history: a role that may report but not read cases (the
 * verzuimmelder) is not shown them; the others see what `classificationView` lets their role see.
 */
function showsClassification(actor: EmployerActor): boolean {
  return roleHasPermission(actor.role, 'cases.read');
}

/** Deadlines belong to the tasks: shown to the roles that work them. */
function showsDeadlines(actor: EmployerActor): boolean {
  return roleHasPermission(actor.role, 'tasks.work');
}

export function sickTodayUseCases(context: CasesContext) {
  /**
   * Every employee in scope sick today, filtered and sorted. All of them are read: the number
   * sick on one day is a small part of an employer, and the order by name or department needs
   * the employees module, which the cases tables cannot join (docs/architecture.md).
   */
  async function sickRows(
    tx: TenantDb,
    repository: CasesRepository,
    actor: EmployerActor,
    filter: SickTodayFilter,
    date: string,
    locale: Locale,
  ): Promise<SickTodayRow[]> {
    const deadlines = showsDeadlines(actor) ? (context.nextDeadline ?? null) : null;
    const sick = await repository.sickOn(
      date,
      (employeeId) => context.employees.scopeCondition(actor.scope, employeeId, date),
      deadlines && ((employeeId) => deadlines.query(actor.employerId, employeeId)),
    );
    const names = await context.employees.findEmployeeNamesIn(
      tx,
      sick.map((row) => row.employeeId),
      date,
    );
    const departments = await context.organisation.listDepartmentsIn(tx, actor.employerId);
    const departmentName = new Map(
      departments.map((department) => [department.id, department.name]),
    );
    const within = filter.department
      ? new Set(departmentsWithDescendants(departments, [filter.department]))
      : null;
    const shows = showsClassification(actor);
    const rows: RankedSickRow[] = [];
    names.forEach((employee, nameRank) => {
      const found = sick.find((row) => row.employeeId === employee.id);
      if (!found) return;
      if (within && (employee.departmentId === null || !within.has(employee.departmentId))) return;
      const view = shows
        ? classificationView(actor.role, found.classification as Classification)
        : { classification: null, safetyNet: false };
      // The row is sick today, so the state is too; its sick-day counts the joined episodes.
      const state = absenceStateOf(found.absenceCases as AbsenceCaseJson[], date);
      const sickDay =
        state?.kind === 'sick' ? state.sickDay : daysBetweenInclusive(found.firstDay, date);
      rows.push({
        employeeId: employee.id,
        name: employee.name,
        departmentId: employee.departmentId,
        departmentName: employee.departmentId
          ? (departmentName.get(employee.departmentId) ?? null)
          : null,
        firstSickDay: found.firstDay,
        percentage: found.percentage,
        durationDays: daysBetweenInclusive(found.firstDay, date),
        sickDay,
        week: sickWeekOf(sickDay),
        ofWeeks: waitingTimeWeeks,
        nextDeadline: deadlines ? deadlines.of(found.nextDeadline, locale) : null,
        classification: view.classification,
        safetyNet: view.safetyNet,
        nameRank,
      });
    });
    return sortSickRows(rows, filter.sort).map(({ nameRank: _rank, ...row }) => row);
  }

  return {
    /** One page of Actueel verzuim; audited with the employees on the page. */
    sickToday(
      actor: EmployerActor,
      query: SickTodayFilter & { page: number; pageSize: number },
      locale: Locale,
    ): Promise<SickTodayResponse> {
      const date = context.today();
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const rows = await sickRows(tx, repository, actor, query, date, locale);
        const items = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
        await auditBy(context.audit, actor).record(
          {
            action: audited.sickTodayRead,
            subjectType: 'employer',
            subjectId: actor.employerId,
            details: {
              date,
              total: rows.length,
              page: query.page,
              department: query.department ?? null,
              employeeIds: items.map((item) => item.employeeId),
            },
          },
          tx,
        );
        return {
          date,
          items,
          total: rows.length,
          page: query.page,
          pageSize: query.pageSize,
          showsClassification: showsClassification(actor),
          showsDeadlines: showsDeadlines(actor) && context.nextDeadline !== undefined,
        };
      });
    },

    /** The whole list (filter and order as on screen) as an Excel workbook; audited. */
    exportSickToday(
      actor: EmployerActor,
      filter: SickTodayFilter,
      language: { t: Translate; locale: Locale },
    ): Promise<{ date: string; body: Buffer }> {
      const date = context.today();
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const rows = await sickRows(tx, repository, actor, filter, date, language.locale);
        await auditBy(context.audit, actor).record(
          {
            action: audited.sickTodayExported,
            subjectType: 'employer',
            subjectId: actor.employerId,
            details: {
              date,
              total: rows.length,
              department: filter.department ?? null,
              employeeIds: rows.map((row) => row.employeeId),
            },
          },
          tx,
        );
        const body = await sickTodayWorkbook(rows, {
          showsClassification: showsClassification(actor),
          showsDeadlines: showsDeadlines(actor) && context.nextDeadline !== undefined,
          ...language,
        });
        return { date, body };
      });
    },
  };
}
