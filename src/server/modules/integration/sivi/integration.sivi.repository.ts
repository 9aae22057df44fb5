import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { AuthorizedEmployerId, TenantDb } from '../../../db/tenancy.js';
import { siviImportElements, siviImports } from './integration.sivi.table.js';

export type SiviImportRow = typeof siviImports.$inferSelect;
export type SiviElementRow = typeof siviImportElements.$inferSelect;
export type NewSiviElement = Omit<
  typeof siviImportElements.$inferInsert,
  'id' | 'importId' | 'employerId'
>;

/** The processing log of SIVI imports, in the employer's tenant transaction. */
export function createSiviRepository(tx: TenantDb, employerId: AuthorizedEmployerId) {
  return {
    /** The message with its elements, in one go. */
    async insertImport(
      values: Pick<
        SiviImportRow,
        'userId' | 'apiClientId' | 'fileName' | 'fileSha256' | 'reference' | 'result'
      > & {
        createdAt: Date;
      },
      elements: readonly NewSiviElement[],
    ): Promise<SiviImportRow> {
      const [row] = await tx
        .insert(siviImports)
        .values({ ...values, employerId })
        .returning();
      if (!row) throw new Error('insert returned no SIVI import');
      if (elements.length > 0) {
        await tx
          .insert(siviImportElements)
          .values(elements.map((element) => ({ ...element, importId: row.id, employerId })));
      }
      return row;
    },

    /** The numbers of the reports accepted before, per absence id (VrzmgvlId). */
    async acceptedSequences(absenceIds: readonly string[]): Promise<Map<string, Set<number>>> {
      const accepted = new Map<string, Set<number>>();
      if (absenceIds.length === 0) return accepted;
      const rows = await tx
        .select({ absenceId: siviImportElements.absenceId, sequence: siviImportElements.sequence })
        .from(siviImportElements)
        .where(
          and(
            eq(siviImportElements.employerId, employerId),
            eq(siviImportElements.outcome, 'accepted'),
            inArray(siviImportElements.absenceId, [...absenceIds]),
          ),
        );
      for (const row of rows) {
        if (row.absenceId === null || row.sequence === null) continue;
        const numbers = accepted.get(row.absenceId) ?? new Set<number>();
        numbers.add(row.sequence);
        accepted.set(row.absenceId, numbers);
      }
      return accepted;
    },

    /** The latest messages first. */
    list(limit: number): Promise<SiviImportRow[]> {
      return tx
        .select()
        .from(siviImports)
        .where(eq(siviImports.employerId, employerId))
        .orderBy(desc(siviImports.createdAt), desc(siviImports.id))
        .limit(limit);
    },

    /** Per message, how many elements had each outcome. */
    async outcomeCounts(
      importIds: readonly string[],
    ): Promise<Map<string, Record<string, number>>> {
      const counts = new Map<string, Record<string, number>>();
      if (importIds.length === 0) return counts;
      const rows = await tx
        .select({
          importId: siviImportElements.importId,
          outcome: siviImportElements.outcome,
          count: count(),
        })
        .from(siviImportElements)
        .where(
          and(
            eq(siviImportElements.employerId, employerId),
            inArray(siviImportElements.importId, [...importIds]),
          ),
        )
        .groupBy(siviImportElements.importId, siviImportElements.outcome);
      for (const row of rows) {
        counts.set(row.importId, { ...counts.get(row.importId), [row.outcome]: Number(row.count) });
      }
      return counts;
    },

    async find(id: string): Promise<SiviImportRow | undefined> {
      const [row] = await tx
        .select()
        .from(siviImports)
        .where(and(eq(siviImports.employerId, employerId), eq(siviImports.id, id)));
      return row;
    },

    /** The elements of the messages, in message order (path order as logged). */
    elementsOf(importIds: readonly string[]): Promise<SiviElementRow[]> {
      if (importIds.length === 0) return Promise.resolve([]);
      return tx
        .select()
        .from(siviImportElements)
        .where(
          and(
            eq(siviImportElements.employerId, employerId),
            inArray(siviImportElements.importId, [...importIds]),
          ),
        )
        .orderBy(siviImportElements.line, siviImportElements.path);
    },
  };
}
