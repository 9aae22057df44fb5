import { createHash } from 'node:crypto';
import type { HrIntegrationMode } from '../../../contracts/organisation.js';
import type { Db } from '../../db/connection.js';
import { inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { errors } from '../../platform/errors.js';
import type { ApiCaller } from '../../platform/session/bearer.plugin.js';
import type { OrganisationUseCases } from '../organisation/organisation.usecases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { integrationErrors } from './integration.errors.js';
import { createIdempotencyRepository } from './integration.idempotency.repository.js';

/**
 * What the REST API v1's write use-case files share (integration.api-writes.usecases.ts,
 * integration.api-dossier.usecases.ts): the frame of one write, `written`.
 */

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
export function actorOf(caller: ApiCaller): EmployerActor {
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

/**
 * Which modes of `employers.hr_integration_mode` give the HR system absences (pregnancies
 * included) and master data. Documents belong to no one's master data: the HR system may add
 * them in every mode, as the app's users may.
 */
const givenToHrSystem: Record<
  'absences' | 'employees' | 'documents',
  readonly HrIntegrationMode[]
> = {
  absences: ['full', 'absence_only'],
  employees: ['full'],
  documents: ['none', 'full', 'absence_only'],
};
export type ApiWriteArea = keyof typeof givenToHrSystem;

/**
 * The frame of each write of the REST API v1 (SPEC.md §2.10): one tenant transaction, the
 * `Idempotency-Key` claimed first (a concurrent duplicate waits on it, then replays the stored
 * answer; the same key with another request: 422), the employer's mode checked, the work done
 * through the owning module's use cases bound to this transaction, the answer stored and the
 * `api.called` entry written. A refusal rolls all of it back, the key included, so nothing is
 * half-applied.
 */
export function apiWriteFrame({
  db,
  audit,
  organisation,
}: {
  db: Db;
  audit: AuditWriter;
  organisation: Pick<OrganisationUseCases, 'hrIntegrationModeIn'>;
}) {
  return async function written<T>(
    caller: ApiCaller,
    operation: { name: string; area: ApiWriteArea },
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
  };
}

export type ApiWriteFrame = ReturnType<typeof apiWriteFrame>;
