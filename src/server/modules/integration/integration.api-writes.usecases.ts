import { createHash } from 'node:crypto';
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
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import { type Db, isUniqueViolation } from '../../db/connection.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { CasesUseCases } from '../cases/cases.usecases.js';
import type { EmployeesUseCases } from '../employees/employees.usecases.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { integrationErrors } from './integration.errors.js';
import { createIdempotencyRepository } from './integration.idempotency.repository.js';

/** A write's answer: its status and body, and whether it is the replay of a stored one. */
export type ApiAnswer<T> = { statusCode: number; body: T; replayed: boolean };

/** JSON with the keys of every object sorted, so that one body has one hash. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

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
  'reportSick' | 'changePercentage' | 'registerRecovery' | 'correctCase' | 'withdrawSickReport'
>;

/**
 * The API client as the actor of the modules' use cases: employer-wide scope, the rights of the
 * "Supergebruiker koppeling" role; its id stands where a user's would (the audit's `userId`,
 * `reportedBy`), so every change names the client that made it.
 */
function actorOf(caller: ApiCaller): EmployerActor {
  return {
    userId: caller.clientId,
    sessionId: '',
    role: 'super_user_integration',
    isOperator: false,
    employerId: caller.employerId,
    scope: { kind: 'employer' },
    ip: caller.ip,
    requestId: caller.requestId,
  };
}

/** Which modes of `employers.hr_integration_mode` give the HR system absences and master data. */
const givenToHrSystem: Record<'absences' | 'employees', readonly HrIntegrationMode[]> = {
  absences: ['full', 'absence_only'],
  employees: ['full'],
};

/**
 * The writes of the REST API v1 (SPEC.md §2.10). Each request is one tenant transaction: the
 * `Idempotency-Key` claimed first (a concurrent duplicate waits on it, then replays the stored
 * answer), the employer's mode checked, the work done through the owning module's use cases
 * bound to this transaction (`casesIn`), the answer stored and the `api.called` entry written.
 * A refusal rolls all of it back, the key included, so nothing is half-applied.
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
  async function written<T>(
    caller: ApiCaller,
    operation: { name: string; area: keyof typeof givenToHrSystem },
    request: { idempotencyKey: string | undefined; fingerprint: unknown },
    work: (tx: TenantDb, actor: EmployerActor) => Promise<{ statusCode: number; body: T }>,
  ): Promise<ApiAnswer<T>> {
    return inTenant(db, caller.employerId, async (tx) => {
      const keys = createIdempotencyRepository(tx);
      const key = request.idempotencyKey;
      const requestHash = createHash('sha256')
        .update(canonicalJson({ operation: operation.name, request: request.fingerprint }))
        .digest('hex');
      const calledEntry = (details: Record<string, unknown>) =>
        audit.record(
          {
            employerId: caller.employerId,
            userId: null,
            action: 'api.called',
            subjectType: 'api_client',
            subjectId: caller.clientId,
            ip: caller.ip,
            requestId: caller.requestId,
            details: { operation: operation.name, ...details },
          },
          tx,
        );
      if (
        key !== undefined &&
        !(await keys.claim(caller.employerId, caller.clientId, key, requestHash))
      ) {
        const stored = await keys.stored(caller.clientId, key);
        if (stored?.statusCode == null) throw errors.internal('idempotency key without answer');
        if (stored.requestHash !== requestHash) throw integrationErrors.idempotencyKeyReused();
        await calledEntry({ count: 1, replayed: true });
        return { statusCode: stored.statusCode, body: stored.response as T, replayed: true };
      }
      const mode = await organisation.hrIntegrationModeIn(tx, caller.employerId);
      if (!givenToHrSystem[operation.area].includes(mode)) {
        throw integrationErrors.notGivenToHrSystem(mode);
      }
      const answer = await work(tx, actorOf(caller));
      if (key !== undefined)
        await keys.answer(caller.clientId, key, answer.statusCode, answer.body);
      await calledEntry({ count: 1 });
      return { ...answer, replayed: false };
    });
  }

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
