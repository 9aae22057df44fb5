import { and, asc, count, desc, eq, gt, ne, sql } from 'drizzle-orm';
import { type Db, insertOne, selectRows } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import {
  vaultAccessRequests,
  vaultAgreements,
  vaultMembers,
  vaultPersonalData,
} from './vault.table.js';

export type SealedPersonalData = typeof vaultPersonalData.$inferSelect;
export type SignedAgreement = typeof vaultAgreements.$inferSelect;
export type VaultMember = typeof vaultMembers.$inferSelect;
export type VaultLevel = 'admin' | 'access';
export type AccessRequest = typeof vaultAccessRequests.$inferSelect;

/** Every query on the vault tables; made inside `inTenant`, so RLS applies as well. */
export function createVaultRepository(db: TenantDb) {
  return {
    /**
     * The ids as the database stores and returns them (a uuid column prints in lower case): the
     * only spelling a vault value is sealed under, whatever the caller passed (decision 007).
     */
    async storedSpellingOf(
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<{ employerId: AuthorizedEmployerId; employeeId: string }> {
      const [row] = await selectRows<{ employer_id: string; employee_id: string }>(
        db,
        sql`select ${employerId}::uuid::text as employer_id, ${employeeId}::uuid::text as employee_id`,
      );
      if (!row) throw new Error('select without from returned no row');
      return { employerId: row.employer_id as AuthorizedEmployerId, employeeId: row.employee_id };
    },
    async upsertPersonalData(
      row: Omit<SealedPersonalData, 'employerId' | 'updatedBy'> & {
        employerId: AuthorizedEmployerId;
        updatedBy: string | null;
      },
    ): Promise<void> {
      await db
        .insert(vaultPersonalData)
        .values(row)
        .onConflictDoUpdate({
          target: [vaultPersonalData.employerId, vaultPersonalData.employeeId],
          set: {
            bsnSealed: row.bsnSealed,
            contactSealed: row.contactSealed,
            keyId: row.keyId,
            updatedAt: row.updatedAt,
            updatedBy: row.updatedBy,
          },
        });
    },
    async findPersonalData(
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<SealedPersonalData | undefined> {
      const [row] = await db
        .select()
        .from(vaultPersonalData)
        .where(
          and(
            eq(vaultPersonalData.employerId, employerId),
            eq(vaultPersonalData.employeeId, employeeId),
          ),
        );
      return row;
    },
    /** Deletes the employee's personal data (the retention clean-up); how many rows there were. */
    async deletePersonalData(
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<number> {
      const removed = await db
        .delete(vaultPersonalData)
        .where(
          and(
            eq(vaultPersonalData.employerId, employerId),
            eq(vaultPersonalData.employeeId, employeeId),
          ),
        )
        .returning({ employeeId: vaultPersonalData.employeeId });
      return removed.length;
    },
    /**
     * A batch of rows by employee id after `afterEmployeeId` (so a row that cannot be re-sealed
     * is not fetched again); with `exceptKeyId`, only rows sealed with another key (rotation).
     */
    listSealed(
      employerId: AuthorizedEmployerId,
      exceptKeyId: string | undefined,
      afterEmployeeId: string | null,
      limit: number,
    ): Promise<SealedPersonalData[]> {
      return db
        .select()
        .from(vaultPersonalData)
        .where(
          and(
            eq(vaultPersonalData.employerId, employerId),
            exceptKeyId === undefined ? undefined : ne(vaultPersonalData.keyId, exceptKeyId),
            afterEmployeeId === null
              ? undefined
              : gt(vaultPersonalData.employeeId, afterEmployeeId),
          ),
        )
        .orderBy(asc(vaultPersonalData.employeeId))
        .limit(limit);
    },
    /** Replaces the sealed values of a row under a new key, without touching `updated_*`. */
    async resealPersonalData(
      row: Pick<SealedPersonalData, 'employeeId' | 'bsnSealed' | 'contactSealed' | 'keyId'> & {
        employerId: AuthorizedEmployerId;
      },
    ): Promise<void> {
      await db
        .update(vaultPersonalData)
        .set({ bsnSealed: row.bsnSealed, contactSealed: row.contactSealed, keyId: row.keyId })
        .where(
          and(
            eq(vaultPersonalData.employerId, row.employerId),
            eq(vaultPersonalData.employeeId, row.employeeId),
          ),
        );
    },

    /**
     * What `/api/vault/status` shows, in one statement (issue 17: it took four): whether the user
     * agreement is signed, the user's level, whether the user has a request pending, and how many
     * requests wait for an admin.
     */
    async readStatus(
      employerId: AuthorizedEmployerId,
      userId: string,
    ): Promise<{
      agreementSigned: boolean;
      level: VaultLevel | null;
      requestPending: boolean;
      pendingRequests: number;
    }> {
      const [row] = await selectRows<{
        agreementSigned: boolean;
        level: VaultLevel | null;
        requestPending: boolean;
        pendingRequests: number;
      }>(
        db,
        sql`select
          exists (select 1 from ${vaultAgreements} agreement
            where agreement.employer_id = ${employerId}
              and agreement.document = 'user_agreement') as "agreementSigned",
          (select member.level from ${vaultMembers} member
            where member.employer_id = ${employerId} and member.user_id = ${userId}) as level,
          exists (select 1 from ${vaultAccessRequests} request
            where request.employer_id = ${employerId} and request.user_id = ${userId}
              and request.status = 'pending') as "requestPending",
          (select count(*) from ${vaultAccessRequests} request
            where request.employer_id = ${employerId}
              and request.status = 'pending')::int as "pendingRequests"`,
      );
      if (!row) throw new Error('a select without from returns one row');
      return row;
    },
    async findLatestAgreement(
      employerId: AuthorizedEmployerId,
      document: string,
    ): Promise<SignedAgreement | undefined> {
      const [row] = await db
        .select()
        .from(vaultAgreements)
        .where(
          and(eq(vaultAgreements.employerId, employerId), eq(vaultAgreements.document, document)),
        )
        .orderBy(desc(vaultAgreements.signedAt))
        .limit(1);
      return row;
    },
    insertAgreement(
      values: Omit<typeof vaultAgreements.$inferInsert, 'employerId'> & {
        employerId: AuthorizedEmployerId;
      },
    ): Promise<SignedAgreement> {
      return insertOne(db, vaultAgreements, values);
    },

    listMembers(employerId: AuthorizedEmployerId): Promise<VaultMember[]> {
      return db
        .select()
        .from(vaultMembers)
        .where(eq(vaultMembers.employerId, employerId))
        .orderBy(asc(vaultMembers.grantedAt));
    },
    async findMember(
      employerId: AuthorizedEmployerId,
      userId: string,
    ): Promise<VaultMember | undefined> {
      const [row] = await db
        .select()
        .from(vaultMembers)
        .where(and(eq(vaultMembers.employerId, employerId), eq(vaultMembers.userId, userId)));
      return row;
    },
    async setMember(
      employerId: AuthorizedEmployerId,
      userId: string,
      level: VaultLevel,
      grantedBy: string | null,
      now: Date,
    ): Promise<void> {
      await db
        .insert(vaultMembers)
        .values({ employerId, userId, level, grantedBy, grantedAt: now })
        .onConflictDoUpdate({
          target: [vaultMembers.employerId, vaultMembers.userId],
          set: { level, grantedBy, grantedAt: now },
        });
    },
    async removeMember(employerId: AuthorizedEmployerId, userId: string): Promise<void> {
      await db
        .delete(vaultMembers)
        .where(and(eq(vaultMembers.employerId, employerId), eq(vaultMembers.userId, userId)));
    },
    /** Locks the employer's admin rows, so two admins withdrawing each other cannot both win. */
    async countAdminsForUpdate(employerId: AuthorizedEmployerId): Promise<number> {
      const rows = await db
        .select({ userId: vaultMembers.userId })
        .from(vaultMembers)
        .where(and(eq(vaultMembers.employerId, employerId), eq(vaultMembers.level, 'admin')))
        .for('update');
      return rows.length;
    },

    async findPendingRequest(
      employerId: AuthorizedEmployerId,
      userId: string,
    ): Promise<AccessRequest | undefined> {
      const [row] = await db
        .select()
        .from(vaultAccessRequests)
        .where(
          and(
            eq(vaultAccessRequests.employerId, employerId),
            eq(vaultAccessRequests.userId, userId),
            eq(vaultAccessRequests.status, 'pending'),
          ),
        );
      return row;
    },
    insertRequest(
      employerId: AuthorizedEmployerId,
      userId: string,
      now: Date,
    ): Promise<AccessRequest> {
      return insertOne(db, vaultAccessRequests, { employerId, userId, requestedAt: now });
    },
    listRequests(employerId: AuthorizedEmployerId, limit: number): Promise<AccessRequest[]> {
      return db
        .select()
        .from(vaultAccessRequests)
        .where(eq(vaultAccessRequests.employerId, employerId))
        .orderBy(
          sql`case when ${vaultAccessRequests.status} = 'pending' then 0 else 1 end`,
          desc(vaultAccessRequests.requestedAt),
        )
        .limit(limit);
    },
    async countPendingRequests(employerId: AuthorizedEmployerId): Promise<number> {
      const [row] = await db
        .select({ value: count() })
        .from(vaultAccessRequests)
        .where(
          and(
            eq(vaultAccessRequests.employerId, employerId),
            eq(vaultAccessRequests.status, 'pending'),
          ),
        );
      return row?.value ?? 0;
    },
    /** Decides a pending request; undefined when there is no such pending request. */
    async decideRequest(
      employerId: AuthorizedEmployerId,
      requestId: string,
      status: 'approved' | 'refused',
      decidedBy: string,
      now: Date,
    ): Promise<AccessRequest | undefined> {
      const [row] = await db
        .update(vaultAccessRequests)
        .set({ status, decidedBy, decidedAt: now })
        .where(
          and(
            eq(vaultAccessRequests.employerId, employerId),
            eq(vaultAccessRequests.id, requestId),
            eq(vaultAccessRequests.status, 'pending'),
          ),
        )
        .returning();
      return row;
    },
  };
}

export type VaultRepository = ReturnType<typeof createVaultRepository>;

/**
 * The one query across employers: which employers hold rows (with `exceptKeyId`: rows sealed with
 * another key). Only maintenance uses it (key rotation, the startup check of seal contexts), as
 * the table owner; the rows themselves are then re-sealed per employer inside `inTenant`.
 */
export function createVaultMaintenanceRepository(db: Db) {
  return {
    async employersHolding(exceptKeyId: string | undefined): Promise<AuthorizedEmployerId[]> {
      const rows = await db
        .selectDistinct({ employerId: vaultPersonalData.employerId })
        .from(vaultPersonalData)
        .where(exceptKeyId === undefined ? undefined : ne(vaultPersonalData.keyId, exceptKeyId));
      return rows.map((row) => row.employerId as AuthorizedEmployerId);
    },
    async countWithOtherKey(currentKeyId: string): Promise<number> {
      const [row] = await db
        .select({ value: count() })
        .from(vaultPersonalData)
        .where(ne(vaultPersonalData.keyId, currentKeyId));
      return row?.value ?? 0;
    },
  };
}
