import type { MedicalNote } from '../../../contracts/dossier.js';
import type { EmployerActor } from '../users/users.policies.js';
import type { DossierContext } from './dossier.context.js';
import { medicalNoteContext } from './dossier.models.js';
import type { MedicalNoteRow } from './dossier.repository.js';

/** The company doctor's medical notes (medical.notes), sealed before they reach the database. */
export function medicalUseCases(context: DossierContext) {
  const { clock, secretBox, inDossier, nameOf } = context;
  return {
    /** The company doctor's medical notes of the employee (medical.notes only). Audited. */
    async listMedicalNotes(actor: EmployerActor, employeeId: string): Promise<MedicalNote[]> {
      const rows = await inDossier(
        actor,
        employeeId,
        'medical.notes',
        async (dossier, repository, audited) => {
          const found = await repository.listMedicalNotes(dossier);
          await audited(
            'medical.notes_listed',
            { type: 'employee', id: employeeId },
            { count: found.length },
          );
          return found;
        },
      );
      return rows.map((row: MedicalNoteRow) => ({
        id: row.id,
        text: secretBox.decrypt(row.sealedText, medicalNoteContext(row.employerId, row.employeeId)),
        authorName: row.authorName,
        createdAt: row.createdAt.toISOString(),
      }));
    },

    /** A medical note, sealed before it reaches the database. Audited without the text. */
    async addMedicalNote(
      actor: EmployerActor,
      employeeId: string,
      text: string,
    ): Promise<MedicalNote> {
      const authorName = await nameOf(actor.userId);
      return inDossier(actor, employeeId, 'medical.notes', async (dossier, repository, audited) => {
        const row = await repository.insertMedicalNote({
          employerId: dossier.employerId,
          employeeId: dossier.employeeId,
          sealedText: secretBox.encrypt(
            text,
            medicalNoteContext(dossier.employerId, dossier.employeeId),
          ),
          authorUserId: actor.userId,
          authorName,
          createdAt: clock.now(),
        });
        await audited('medical.note_added', { type: 'medical_note', id: row.id }, { employeeId });
        return { id: row.id, text, authorName, createdAt: row.createdAt.toISOString() };
      });
    },
  };
}
