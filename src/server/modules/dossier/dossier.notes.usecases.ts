import type { NewNote, Note } from '../../../contracts/dossier.js';
import type { TenantDb } from '../../db/tenancy.js';
import { auditBy } from '../../platform/audit/audit.js';
import { actorMay, type EmployerActor } from '../users/users.policies.js';
import { type DossierContext, toNote } from './dossier.context.js';
import { createDossierRepository } from './dossier.repository.js';

/** Who reads the notes for a report: the role decides, the audit entry names the request. */
export type ReportNotesActor = Pick<
  EmployerActor,
  'employerId' | 'role' | 'userId' | 'ip' | 'requestId'
>;

/** Contactmomenten: the employee's notes (dossier.notes). */
export function notesUseCases(context: DossierContext) {
  const { clock, inDossier, nameOf, checkCase, audit } = context;
  return {
    /**
     * The notes of `employeeIds` for a report (Trajecthistorie), oldest contact first, in the
     * report's tenant transaction; null when the actor's role may not read notes (the permission
     * of Contactmomenten). The report passes only employees within the actor's scope. Audited
     * with the counts, without the texts.
     */
    async notesForReportIn(
      tx: TenantDb,
      actor: ReportNotesActor,
      employeeIds: readonly string[],
    ): Promise<(Note & { employeeId: string })[] | null> {
      if (!actorMay(actor, 'dossier.notes')) return null;
      const rows = await createDossierRepository(tx).listNotesOf(actor.employerId, employeeIds);
      if (rows.length > 0) {
        await auditBy(audit, actor).record(
          {
            action: 'dossier.notes_reported',
            subjectType: 'employer',
            subjectId: actor.employerId,
            details: {
              notes: rows.length,
              employees: new Set(rows.map((row) => row.employeeId)).size,
            },
          },
          tx,
        );
      }
      return rows.map((row) => ({ ...toNote(row), employeeId: row.employeeId }));
    },

    /** Contactmomenten overzicht: the employee's notes, newest contact first. Audited. */
    listNotes(actor: EmployerActor, employeeId: string): Promise<Note[]> {
      return inDossier(actor, employeeId, 'dossier.notes', async (dossier, repository, audited) => {
        const rows = await repository.listNotes(dossier);
        await audited(
          'dossier.notes_listed',
          { type: 'employee', id: employeeId },
          { count: rows.length },
        );
        return rows.map(toNote);
      });
    },

    /** Notitie toevoegen. Audited without the text (the log is no second copy of the file). */
    async addNote(actor: EmployerActor, employeeId: string, input: NewNote): Promise<Note> {
      const authorName = await nameOf(actor.userId);
      return inDossier(
        actor,
        employeeId,
        'dossier.notes',
        async (dossier, repository, audited, tx) => {
          const caseId = await checkCase(tx, dossier, input.caseId);
          const row = await repository.insertNote({
            employerId: dossier.employerId,
            employeeId,
            caseId,
            contactDate: input.contactDate,
            contactType: input.contactType,
            text: input.text,
            authorUserId: actor.userId,
            authorName,
            createdAt: clock.now(),
          });
          await audited(
            'dossier.note_added',
            { type: 'dossier_note', id: row.id },
            { employeeId, contactType: row.contactType },
          );
          return toNote(row);
        },
      );
    },
  };
}
