import type { AuditAction } from '../../../contracts/audit.js';
import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { Clock } from '../clock.js';
import { auditLog } from './audit.table.js';

export type AuditEntry = {
  employerId?: string | null;
  userId?: string | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  ip?: string;
  requestId?: string;
  details?: Record<string, unknown>;
};

export type AuditRecord = {
  id: number;
  occurredAt: Date;
  employerId: string | null;
  userId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
};

export type AuditWriter = {
  /**
   * Writes one entry; with `within`, in that transaction, so the entry commits or rolls back
   * with the read or change it records (NEN 7513). `audit_log` is cross-tenant and the tenant
   * role may insert into it (migration 0001), so a tenant transaction can carry it.
   */
  record(entry: AuditEntry, within?: Db): Promise<void>;
  /**
   * The entry as an `INSERT … SELECT` that writes it only when `when` holds, for a use case that
   * reads and records in one statement (a data-modifying CTE): the entry exists exactly when
   * the read found what it names.
   */
  insertWhen(entry: AuditEntry, when: SQL): SQL;
};

/** Who acts, as every audit entry of their request names them (a use case's actor). */
export type AuditActor = {
  employerId?: string | null;
  userId: string;
  ip: string;
  requestId: string;
};

/** What an entry says beyond its actor. */
export type AuditEvent = Omit<AuditEntry, 'employerId' | 'userId' | 'ip' | 'requestId'>;

/**
 * The audit of one actor: employer, user, IP and request filled in, so a use case names only
 * what happened. Pass the use case's transaction to write the entry in it.
 */
export function auditBy(audit: AuditWriter, actor: AuditActor) {
  return {
    record(event: AuditEvent, within?: Db): Promise<void> {
      return audit.record(entryOf(actor, event), within);
    },
    insertWhen(event: AuditEvent, when: SQL): SQL {
      return audit.insertWhen(entryOf(actor, event), when);
    },
  };
}

function entryOf(actor: AuditActor, event: AuditEvent): AuditEntry {
  return {
    employerId: actor.employerId ?? null,
    userId: actor.userId,
    ip: actor.ip,
    requestId: actor.requestId,
    ...event,
  };
}

/**
 * A details key containing one of these words (any case) is taken for a secret: the log must
 * never become a second copy of passwords, one-time codes, tokens or BSNs. Over-redacting a
 * harmless key such as `postcode` is the accepted price.
 */
const secretKey = /password|code|token|secret|bsn/i;

const redacted = '[redacted]';

export function createAuditWriter({ db, clock }: { db: Db; clock: Clock }): AuditWriter {
  const rowOf = (entry: AuditEntry) => ({
    occurredAt: clock.now(),
    employerId: entry.employerId ?? null,
    userId: entry.userId ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
    details: entry.details === undefined ? null : redactSecrets(entry.details),
  });
  return {
    async record(entry, within) {
      await (within ?? db).insert(auditLog).values(rowOf(entry));
    },
    insertWhen(entry, when) {
      const row = rowOf(entry);
      return sql`insert into ${auditLog} (occurred_at, employer_id, user_id, action, subject_type,
          subject_id, ip, request_id, details)
        select ${row.occurredAt.toISOString()}::timestamptz, ${row.employerId}::uuid,
          ${row.userId}::uuid, ${row.action}, ${row.subjectType}, ${row.subjectId}, ${row.ip},
          ${row.requestId}, ${row.details === null ? null : JSON.stringify(row.details)}::jsonb
        where ${when}`;
    },
  };
}

function redactSecrets(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      secretKey.test(key) ? redacted : redactValue(value),
    ]),
  );
}

function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (isPlainObject(value)) return redactSecrets(value);
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Newest first; for tests and the administrator's audit view. */
export async function listAuditEntries(
  db: Db,
  { employerId, limit }: { employerId?: string; limit: number },
): Promise<AuditRecord[]> {
  return db
    .select()
    .from(auditLog)
    .where(employerId === undefined ? undefined : eq(auditLog.employerId, employerId))
    .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
    .limit(limit);
}

/** What the audit log viewer filters on; `userId: null` means "a user that does not exist". */
export type AuditQuery = {
  employerId?: string | undefined;
  userId?: string | null | undefined;
  /** An action, or the start of one (`departments.`). */
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Amsterdam days, both inclusive. */
  from?: string | undefined;
  to?: string | undefined;
};

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, '\\$&')}%`;

function auditConditions(query: AuditQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    query.employerId === undefined ? undefined : eq(auditLog.employerId, query.employerId),
    query.userId === undefined
      ? undefined
      : query.userId === null
        ? sql`false`
        : eq(auditLog.userId, query.userId),
    query.action === undefined
      ? undefined
      : sql`${auditLog.action} like ${likePrefix(query.action)}`,
    query.subjectType === undefined ? undefined : eq(auditLog.subjectType, query.subjectType),
    query.subjectId === undefined ? undefined : eq(auditLog.subjectId, query.subjectId),
    // Day boundaries in Amsterdam time, written so the (employer, time) index can be used.
    query.from === undefined
      ? undefined
      : sql`${auditLog.occurredAt} >= (${query.from}::date::timestamp at time zone 'Europe/Amsterdam')`,
    query.to === undefined
      ? undefined
      : sql`${auditLog.occurredAt} < ((${query.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`,
  ];
  return and(...conditions);
}

/**
 * One page of the filtered log, newest first (by id, the order of writing). `beforeId` walks the
 * whole set in batches (the CSV export); `offset` pages the viewer.
 */
export async function queryAuditEntries(
  db: Db,
  query: AuditQuery,
  page: { limit: number; offset?: number; beforeId?: number },
): Promise<AuditRecord[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        auditConditions(query),
        page.beforeId === undefined ? undefined : lt(auditLog.id, page.beforeId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset ?? 0);
}

export async function countAuditEntries(db: Db, query: AuditQuery): Promise<number> {
  const [row] = await db.select({ total: count() }).from(auditLog).where(auditConditions(query));
  return row?.total ?? 0;
}

/**
 * The entries about one employee at one employer, oldest first, for the inzage (AVG art. 15):
 * those whose subject is one of `subjectIds` (the employee and the rows of their dossier) or
 * whose details name the employee. Read in the caller's (tenant) transaction.
 */
export async function auditEntriesAbout(
  db: Db,
  query: { employerId: string; employeeId: string; subjectIds: readonly string[] },
): Promise<AuditRecord[]> {
  const subjectIds = [...new Set([query.employeeId, ...query.subjectIds])];
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.employerId, query.employerId),
        or(
          inArray(auditLog.subjectId, subjectIds),
          sql`${auditLog.details} ->> 'employeeId' = ${query.employeeId}`,
        ),
      ),
    )
    .orderBy(asc(auditLog.id));
}
