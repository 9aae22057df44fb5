import { and, desc, eq } from 'drizzle-orm';
import { insertOne } from '../../db/connection.js';
import type { TenantDb } from '../../db/tenancy.js';
import type { DossierOf } from './dossier.repository.js';
import { consultationFeedback, functionalAdvices } from './dossier.table.js';

export type FunctionalAdviceRow = typeof functionalAdvices.$inferSelect;
export type FeedbackRow = typeof consultationFeedback.$inferSelect;

/** The arbodienst's pieces of the dossier: functional advice and terugkoppeling. */
export function createAdviceRepository(db: TenantDb) {
  return {
    insertAdvice(values: typeof functionalAdvices.$inferInsert): Promise<FunctionalAdviceRow> {
      return insertOne(db, functionalAdvices, values);
    },

    /** Newest first. */
    listAdvices(dossier: DossierOf): Promise<FunctionalAdviceRow[]> {
      return db
        .select()
        .from(functionalAdvices)
        .where(
          and(
            eq(functionalAdvices.employerId, dossier.employerId),
            eq(functionalAdvices.employeeId, dossier.employeeId),
            dossier.inScope(functionalAdvices.employeeId),
          ),
        )
        .orderBy(desc(functionalAdvices.createdAt));
    },

    insertFeedback(values: typeof consultationFeedback.$inferInsert): Promise<FeedbackRow> {
      return insertOne(db, consultationFeedback, values);
    },

    /** Newest consultation first; those of one day by when they were written. */
    listFeedback(dossier: DossierOf): Promise<FeedbackRow[]> {
      return db
        .select()
        .from(consultationFeedback)
        .where(
          and(
            eq(consultationFeedback.employerId, dossier.employerId),
            eq(consultationFeedback.employeeId, dossier.employeeId),
            dossier.inScope(consultationFeedback.employeeId),
          ),
        )
        .orderBy(desc(consultationFeedback.consultationDate), desc(consultationFeedback.createdAt));
    },
  };
}
