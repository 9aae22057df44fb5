import type {
  Feedback,
  FunctionalAdvice,
  NewFeedback,
  NewFunctionalAdvice,
} from '../../../contracts/dossier-advice.js';
import { amsterdamDateOf } from '../../platform/dates.js';
import type { EmployerActor } from '../users/users.policies.js';
import {
  createAdviceRepository,
  type FeedbackRow,
  type FunctionalAdviceRow,
} from './dossier.advice.repository.js';
import { adviceMail } from './dossier.advice.models.js';
import type { DossierContext } from './dossier.context.js';

const toAdvice = (row: FunctionalAdviceRow): FunctionalAdvice => ({
  id: row.id,
  workPossible: row.workPossible,
  expectedDuration: row.expectedDuration,
  adjustments: row.adjustments,
  caseId: row.caseId,
  authorName: row.authorName,
  createdAt: row.createdAt.toISOString(),
  delivery: row.delivery as FunctionalAdvice['delivery'],
});

const toFeedback = (row: FeedbackRow): Feedback => ({
  id: row.id,
  consultationDate: row.consultationDate,
  text: row.text,
  caseId: row.caseId,
  authorName: row.authorName,
  createdAt: row.createdAt.toISOString(),
});

/**
 * What the arbodienst places in the dossier for the employer (DOMAIN.md §5): the company
 * doctor's functional advice (`advice.write`) and the terugkoppeling after a consultation
 * (`feedback.write`); both read with `dossier.notes`. Audited without their texts.
 */
export function adviceUseCases(context: DossierContext) {
  const { clock, mailer, employees, employeeMailAddress, inDossier, nameOf, checkCase } = context;
  return {
    listFunctionalAdvice(actor: EmployerActor, employeeId: string): Promise<FunctionalAdvice[]> {
      return inDossier(actor, employeeId, 'dossier.notes', async (dossier, _r, audited, tx) => {
        const rows = await createAdviceRepository(tx).listAdvices(dossier);
        await audited(
          'dossier.functional_advice_listed',
          { type: 'employee', id: employeeId },
          { count: rows.length },
        );
        return rows.map(toAdvice);
      });
    },

    /**
     * Records the company doctor's functional advice and gives the employee the same text: by
     * e-mail when the datakluis holds a private address (sent before the transaction commits, so
     * an advice is never recorded as mailed when the mail failed), else `print` (the dossier
     * offers it for printing). The delivery is recorded with the advice.
     */
    async addFunctionalAdvice(
      actor: EmployerActor,
      employeeId: string,
      input: NewFunctionalAdvice,
    ): Promise<FunctionalAdvice> {
      const authorName = await nameOf(actor.userId);
      return inDossier(actor, employeeId, 'advice.write', async (dossier, _r, audited, tx) => {
        const caseId = await checkCase(tx, dossier, input.caseId);
        const address = employeeMailAddress
          ? await employeeMailAddress(tx, actor, dossier.employeeId)
          : null;
        const row = await createAdviceRepository(tx).insertAdvice({
          employerId: dossier.employerId,
          employeeId: dossier.employeeId,
          caseId,
          workPossible: input.workPossible,
          expectedDuration: input.expectedDuration,
          adjustments: input.adjustments,
          delivery: address === null ? 'print' : 'email',
          authorUserId: actor.userId,
          authorName,
          createdAt: clock.now(),
        });
        await audited(
          'dossier.functional_advice_added',
          { type: 'functional_advice', id: row.id },
          { employeeId, delivery: row.delivery },
        );
        if (address !== null) {
          const [name] = await employees.employeeNamesInScopeIn(
            tx,
            actor.scope,
            [dossier.employeeId],
            amsterdamDateOf(clock.now()),
          );
          await mailer.send(adviceMail(address, name?.name ?? '', row));
        }
        return toAdvice(row);
      });
    },

    listFeedback(actor: EmployerActor, employeeId: string): Promise<Feedback[]> {
      return inDossier(actor, employeeId, 'dossier.notes', async (dossier, _r, audited, tx) => {
        const rows = await createAdviceRepository(tx).listFeedback(dossier);
        await audited(
          'dossier.feedback_listed',
          { type: 'employee', id: employeeId },
          { count: rows.length },
        );
        return rows.map(toFeedback);
      });
    },

    /**
     * Places a terugkoppeling in the dossier; the signal "Aangemaakte documenten" tells the
     * employer's users about it (dossier.signals.repository.ts).
     */
    async addFeedback(
      actor: EmployerActor,
      employeeId: string,
      input: NewFeedback,
    ): Promise<Feedback> {
      const authorName = await nameOf(actor.userId);
      return inDossier(actor, employeeId, 'feedback.write', async (dossier, _r, audited, tx) => {
        const caseId = await checkCase(tx, dossier, input.caseId);
        const row = await createAdviceRepository(tx).insertFeedback({
          employerId: dossier.employerId,
          employeeId: dossier.employeeId,
          caseId,
          consultationDate: input.consultationDate,
          text: input.text,
          authorUserId: actor.userId,
          authorName,
          createdAt: clock.now(),
        });
        await audited(
          'dossier.feedback_added',
          { type: 'consultation_feedback', id: row.id },
          { employeeId },
        );
        return toFeedback(row);
      });
    },
  };
}
