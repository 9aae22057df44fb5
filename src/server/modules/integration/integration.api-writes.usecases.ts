import { createHash } from 'node:crypto';
import type { ApiAbsenceWritten, ApiReportSick } from '../../../contracts/api-v1-absences.js';
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
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
  casesIn,
}: {
  db: Db;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn'>;
  employees: Pick<EmployeesUseCases, 'apiEmployeesIn'>;
  casesIn: (tx: TenantDb) => Pick<CasesUseCases, 'reportSick'>;
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
          const legalCase = view.legalCase ?? {
            firstSickDay: view.firstDay,
            previousCaseId: null,
            waitingDaysBefore: 0,
          };
          return {
            statusCode: 201,
            body: {
              id: view.id,
              hrAbsenceId: body.hrAbsenceId ?? null,
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
            },
          };
        },
      );
    },
  };
}
