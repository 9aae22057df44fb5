import { and, asc, desc, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, insertOne } from '../../db/connection.js';
import type { AuthorizedEmployerId, TenantDb } from '../../db/tenancy.js';
import type { ScopedEmployeeId } from '../employees/employees.usecases.js';
import { dossierDocuments, dossierNotes, medicalNotes } from './dossier.table.js';

export type NoteRow = typeof dossierNotes.$inferSelect;
export type DocumentRow = typeof dossierDocuments.$inferSelect;
export type MedicalNoteRow = typeof medicalNotes.$inferSelect;

/**
 * One employee's case file, as the actor may see it: `inScope` is the employees module's scope
 * condition on the employee id column given, applied to every read besides the 404 check the use
 * cases make first.
 */
export type DossierOf = {
  employerId: AuthorizedEmployerId;
  /** Made only by the dossier-scope check (decision 009). */
  employeeId: ScopedEmployeeId;
  inScope: (employeeIdColumn: AnyPgColumn) => SQL;
};

/** Every query on the dossier tables; made inside `inTenant`, so RLS applies as well. */
export function createDossierRepository(db: TenantDb) {
  return {
    insertNote(values: typeof dossierNotes.$inferInsert): Promise<NoteRow> {
      return insertOne(db, dossierNotes, values);
    },

    /** The notes of `employeeIds` (the caller's, in scope), oldest contact first. */
    listNotesOf(
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<NoteRow[]> {
      if (employeeIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(dossierNotes)
        .where(
          and(
            eq(dossierNotes.employerId, employerId),
            inArray(dossierNotes.employeeId, [...employeeIds]),
          ),
        )
        .orderBy(asc(dossierNotes.contactDate), asc(dossierNotes.createdAt));
    },

    /** Newest contact first; notes of the same day by when they were written. */
    listNotes(dossier: DossierOf): Promise<NoteRow[]> {
      return db
        .select()
        .from(dossierNotes)
        .where(
          and(
            eq(dossierNotes.employerId, dossier.employerId),
            eq(dossierNotes.employeeId, dossier.employeeId),
            dossier.inScope(dossierNotes.employeeId),
          ),
        )
        .orderBy(desc(dossierNotes.contactDate), desc(dossierNotes.createdAt));
    },

    insertDocument(values: typeof dossierDocuments.$inferInsert): Promise<DocumentRow> {
      return insertOne(db, dossierDocuments, values);
    },

    listDocuments(dossier: DossierOf): Promise<DocumentRow[]> {
      return db
        .select()
        .from(dossierDocuments)
        .where(
          and(
            eq(dossierDocuments.employerId, dossier.employerId),
            eq(dossierDocuments.employeeId, dossier.employeeId),
            dossier.inScope(dossierDocuments.employeeId),
          ),
        )
        .orderBy(desc(dossierDocuments.uploadedAt));
    },

    async findDocument(dossier: DossierOf, documentId: string): Promise<DocumentRow | undefined> {
      const [row] = await db
        .select()
        .from(dossierDocuments)
        .where(
          and(
            eq(dossierDocuments.id, documentId),
            eq(dossierDocuments.employerId, dossier.employerId),
            eq(dossierDocuments.employeeId, dossier.employeeId),
            dossier.inScope(dossierDocuments.employeeId),
          ),
        );
      return row;
    },

    /** Marks a document withdrawn once; undefined when it is not there or already withdrawn. */
    async withdrawDocument(
      dossier: DossierOf,
      documentId: string,
      withdrawal: { at: Date; byUserId: string; byName: string; reason: string },
    ): Promise<DocumentRow | undefined> {
      const [row] = await db
        .update(dossierDocuments)
        .set({
          withdrawnAt: withdrawal.at,
          withdrawnByUserId: withdrawal.byUserId,
          withdrawnByName: withdrawal.byName,
          withdrawnReason: withdrawal.reason,
        })
        .where(
          and(
            eq(dossierDocuments.id, documentId),
            eq(dossierDocuments.employerId, dossier.employerId),
            eq(dossierDocuments.employeeId, dossier.employeeId),
            isNull(dossierDocuments.withdrawnAt),
            dossier.inScope(dossierDocuments.employeeId),
          ),
        )
        .returning();
      return row;
    },

    insertMedicalNote(values: typeof medicalNotes.$inferInsert): Promise<MedicalNoteRow> {
      return insertOne(db, medicalNotes, values);
    },

    listMedicalNotes(dossier: DossierOf): Promise<MedicalNoteRow[]> {
      return db
        .select()
        .from(medicalNotes)
        .where(
          and(
            eq(medicalNotes.employerId, dossier.employerId),
            eq(medicalNotes.employeeId, dossier.employeeId),
            dossier.inScope(medicalNotes.employeeId),
          ),
        )
        .orderBy(desc(medicalNotes.createdAt));
    },
    /** A batch of the employer's medical notes by id after `afterId`: maintenance. */
    listMedicalNotesAfter(
      employerId: AuthorizedEmployerId,
      afterId: string | null,
      limit: number,
    ): Promise<MedicalNoteRow[]> {
      return db
        .select()
        .from(medicalNotes)
        .where(
          and(
            eq(medicalNotes.employerId, employerId),
            afterId === null ? undefined : gt(medicalNotes.id, afterId),
          ),
        )
        .orderBy(asc(medicalNotes.id))
        .limit(limit);
    },
    /** Replaces the sealed text of a medical note (re-sealed, same text). */
    async resealMedicalNote(
      employerId: AuthorizedEmployerId,
      id: string,
      sealedText: string,
    ): Promise<void> {
      await db
        .update(medicalNotes)
        .set({ sealedText })
        .where(and(eq(medicalNotes.employerId, employerId), eq(medicalNotes.id, id)));
    },
  };
}

export type DossierRepository = ReturnType<typeof createDossierRepository>;

/**
 * The one query across employers: which employers hold medical notes. Only maintenance uses it
 * (the startup check of seal contexts), as the table owner; the notes themselves are then read
 * and re-sealed per employer inside `inTenant`.
 */
export function createDossierMaintenanceRepository(db: Db) {
  return {
    async employersWithMedicalNotes(): Promise<AuthorizedEmployerId[]> {
      const rows = await db
        .selectDistinct({ employerId: medicalNotes.employerId })
        .from(medicalNotes);
      return rows.map((row) => row.employerId as AuthorizedEmployerId);
    },
  };
}
