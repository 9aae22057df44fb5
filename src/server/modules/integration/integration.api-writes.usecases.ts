import type {
  ApiAbsenceWithdrawn,
  ApiAbsenceWritten,
  ApiChangePercentage,
  ApiCorrection,
  ApiRecovery,
  ApiReportSick,
  ApiWithdrawal,
} from '../../../contracts/api-v1-absences.js';
import type { ApiEmployeeUpsert } from '../../../contracts/api-v1-employees.js';
import type { ApiAbsenceKey, ApiEmployee, ApiEmployeeKey } from '../../../contracts/api-v1.js';
import type { CaseView } from '../../../contracts/cases.js';
import { type Db, isUniqueViolation } from '../../db/connection.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { integrationErrors } from './integration.errors.js';
import { type ApiAnswer, apiWriteFrame } from './integration.context.js';

/** A case as a write answers it: its timeline and the legal case (wachttijd) it belongs to. */
function writtenAbsence(view: CaseView, hrAbsenceId: string | null): ApiAbsenceWritten {
  const legalCase = view.legalCase ?? {
    firstSickDay: view.firstDay,
    previousCaseId: null,
    waitingDaysBefore: 0,
  };
  return {
    id: view.id,
    hrAbsenceId,
    employeeId: view.employeeId,
    firstDay: view.firstDay,
    lastDay: view.lastDay,
    percentages: view.segments.map((segment) => ({
      validFrom: segment.from,
      percentage: segment.percentage,
    })),
    legalCase: {
      firstSickDay: legalCase.firstSickDay,
      previousAbsenceId: legalCase.previousCaseId,
      recurrence: legalCase.previousCaseId !== null,
      waitingDaysBefore: legalCase.waitingDaysBefore,
    },
  };
}

/** The cases use cases an API write calls inside its transaction. */
export type CasesInTransaction = Pick<
  CasesUseCases,
  | 'reportSick'
  | 'changePercentage'
  | 'registerRecovery'
  | 'correctCase'
  | 'withdrawSickReport'
  | 'reportPregnancy'
  | 'listCases'
>;

export type { ApiAnswer } from './integration.context.js';

/**
 * The writes of the REST API v1 (SPEC.md §2.10) on absences and employees. Each request is one
 * tenant transaction in the frame of `apiWriteFrame` (integration.context.ts): the
 * `Idempotency-Key` claimed first, the employer's mode checked, the work done through the owning
 * module's use cases bound to this transaction (`casesIn`), the answer stored and the
 * `api.called` entry written.
 */
export function apiWriteUseCases({
  db,
  audit,
  organisation,
  employees,
  cases,
  casesIn,
}: {
  db: Db;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn'>;
  employees: Pick<EmployeesUseCases, 'apiEmployeesIn' | 'apiUpsertEmployeeIn'>;
  cases: Pick<CasesUseCases, 'apiAbsencesIn'>;
  casesIn: (tx: TenantDb) => CasesInTransaction;
}) {
  const written = apiWriteFrame({ db, audit, organisation });

  /** Our id of the employee the body names, by id or personnel number; a field error if none. */
  async function employeeNamed(
    tx: TenantDb,
    caller: ApiCaller,
    body: { employeeId?: string | undefined; personnelNumber?: string | undefined },
  ): Promise<string> {
    const key =
      body.employeeId !== undefined
        ? { id: body.employeeId }
        : { personnelNumber: body.personnelNumber ?? '' };
    const [found] = await employees.apiEmployeesIn(tx, caller.employerId, { key });
    if (!found) {
      throw errors.invalidField(
        body.employeeId !== undefined ? 'employeeId' : 'personnelNumber',
        'api_employee_unknown',
      );
    }
    return found.id;
  }

  /**
   * A change of one absence, addressed by our id or the HR system's (404 when the employer has
   * none such: another employer's absence is not found), through the cases use case `change`
   * under the app's rules, which answers.
   */
  function absenceChange<T>(
    caller: ApiCaller,
    name: string,
    request: { absence: ApiAbsenceKey; body: unknown; idempotencyKey: string | undefined },
    change: (
      cases: CasesInTransaction,
      actor: EmployerActor,
      absence: { id: string; hrAbsenceId: string | null },
    ) => Promise<T>,
  ): Promise<ApiAnswer<T>> {
    return written(
      caller,
      { name, area: 'absences' },
      {
        idempotencyKey: request.idempotencyKey,
        fingerprint: { absence: request.absence, body: request.body },
      },
      async (tx, actor) => {
        const [absence] = await cases.apiAbsencesIn(tx, caller.employerId, {
          key: request.absence,
        });
        if (!absence) throw errors.notFound();
        return { statusCode: 200, body: await change(casesIn(tx), actor, absence) };
      },
    );
  }

  return {
    /**
     * Ziek melden from the HR system: the app's rules (inside an employment, no overlap — an
     * open sickness included —, not too far ahead, the wachttijd joined on a recurrence within
     * 28 days, which the answer's `legalCase` tells).
     */
    apiReportSick(
      caller: ApiCaller,
      body: ApiReportSick,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiAbsenceWritten>> {
      return written(
        caller,
        { name: 'absences.report_sick', area: 'absences' },
        { idempotencyKey, fingerprint: body },
        async (tx, actor) => {
          const employeeId = await employeeNamed(tx, caller, body);
          const view = await casesIn(tx).reportSick(actor, employeeId, {
            classification: body.classification,
            firstSickDay: body.firstSickDay,
            percentage: body.percentage,
            hrAbsenceId: body.hrAbsenceId,
            refuseWhenOpen: true,
          });
          return { statusCode: 201, body: writtenAbsence(view, body.hrAbsenceId ?? null) };
        },
      );
    },

    /**
     * The employee as the HR system holds it, with its employments and their history, upserted
     * through the employees use case (created when the personnel number is new: 201; else 200).
     * Master data: only in the mode `full`. The answer is the employee as GET shows it.
     */
    async apiUpsertEmployee(
      caller: ApiCaller,
      employee: ApiEmployeeKey,
      body: ApiEmployeeUpsert,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiEmployee>> {
      try {
        return await written(
          caller,
          { name: 'employees.upsert', area: 'employees' },
          { idempotencyKey, fingerprint: { employee, body } },
          async (tx, actor) => {
            const upserted = await employees.apiUpsertEmployeeIn(tx, actor, employee, body);
            const [read] = await employees.apiEmployeesIn(tx, caller.employerId, {
              key: { id: upserted.id },
            });
            if (!read) throw errors.internal('upserted employee not found');
            return { statusCode: upserted.created ? 201 : 200, body: read };
          },
        );
      } catch (error) {
        // A concurrent write took the personnel number, employment id or version date first;
        // nothing of this one was stored, so the HR system may send it again.
        if (isUniqueViolation(error)) throw integrationErrors.concurrentWrite();
        throw error;
      }
    },

    /** Hoger/lager percentage ziek from a date, as in the app. */
    apiChangePercentage(
      caller: ApiCaller,
      absence: ApiAbsenceKey,
      body: ApiChangePercentage,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiAbsenceWritten>> {
      return absenceChange(
        caller,
        'absences.change_percentage',
        { absence, body, idempotencyKey },
        async (cases, actor, absence) =>
          writtenAbsence(
            await cases.changePercentage(actor, absence.id, body),
            absence.hrAbsenceId,
          ),
      );
    },

    /** Hersteld melden: the last sick day closes the absence (webhook `case.closed`). */
    apiRecovery(
      caller: ApiCaller,
      absence: ApiAbsenceKey,
      body: ApiRecovery,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiAbsenceWritten>> {
      return absenceChange(
        caller,
        'absences.recover',
        { absence, body, idempotencyKey },
        async (cases, actor, absence) =>
          writtenAbsence(
            await cases.registerRecovery(actor, absence.id, body),
            absence.hrAbsenceId,
          ),
      );
    },

    /**
     * Trajectmutatie: the first sick day, the first percentage or the classification (as the
     * Supergebruiker koppeling may choose it); refused once a partial recovery is registered.
     * A new first sick day may join or leave an earlier legal case: the answer tells.
     */
    apiCorrection(
      caller: ApiCaller,
      absence: ApiAbsenceKey,
      body: ApiCorrection,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiAbsenceWritten>> {
      return absenceChange(
        caller,
        'absences.correct',
        { absence, body, idempotencyKey },
        async (cases, actor, absence) =>
          writtenAbsence(await cases.correctCase(actor, absence.id, body), absence.hrAbsenceId),
      );
    },

    /**
     * Withdraws a wrong sick report: the absence is removed (its hrAbsenceId free again), the
     * employee's other absences relinked; refused while dossier items are linked to it.
     */
    apiWithdrawal(
      caller: ApiCaller,
      absence: ApiAbsenceKey,
      body: ApiWithdrawal,
      idempotencyKey: string | undefined,
    ): Promise<ApiAnswer<ApiAbsenceWithdrawn>> {
      return absenceChange(
        caller,
        'absences.withdraw',
        { absence, body, idempotencyKey },
        async (cases, actor, found) => {
          const withdrawn = await cases.withdrawSickReport(actor, found.id, body);
          return { ...withdrawn, withdrawn: true as const };
        },
      );
    },
  };
}
