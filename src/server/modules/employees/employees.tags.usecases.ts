import type { DossierTag, DossierTagEntry } from '../../../contracts/retention.js';
import { type AuthorizedEmployerId, inTenant, type TenantDb } from '../../db/tenancy.js';
import type { AuditedActor, EmployeesContext, ScopedActor } from './employees.context.js';
import { employeesErrors } from './employees.errors.js';
import { createTagsRepository, type DossierTagRow } from './employees.tags.repository.js';

const entryOf = (row: DossierTagRow): DossierTagEntry => ({
  tag: row.tag,
  setAt: row.setAt.toISOString(),
});

/**
 * The dossier tags "lopende rechtszaak" and "uitgesloten van opschoning" (DOMAIN.md §5): set and
 * removed by the roles with `dossier.tags`, each change audited; read by the retention clean-up
 * (a tagged dossier is exempt) and by offboarding (`assertNoLegalProceedingsIn`).
 */
export function tagsUseCases(context: EmployeesContext) {
  const { db, clock } = context;

  return {
    /** The tags of an employee in the actor's scope; 404 outside it. */
    dossierTags(actor: ScopedActor, employeeId: string): Promise<DossierTagEntry[]> {
      return inTenant(db, actor.employerId, async (tx) => {
        await context.scopedEmployeeOr404(tx, actor, employeeId);
        const rows = await createTagsRepository(tx).tagsOf(actor.employerId, [employeeId]);
        return rows.map(entryOf);
      });
    },

    /** Sets (`present`) or removes a tag; a change is audited, a repeat changes nothing. */
    setDossierTag(
      actor: AuditedActor,
      employeeId: string,
      tag: DossierTag,
      present: boolean,
    ): Promise<DossierTagEntry[]> {
      return inTenant(db, actor.employerId, async (tx) => {
        await context.scopedEmployeeOr404(tx, actor, employeeId);
        const tags = createTagsRepository(tx);
        const changed = present
          ? await tags.setTag(actor.employerId, employeeId, tag, actor.userId, clock.now())
          : await tags.removeTag(actor.employerId, employeeId, tag);
        if (changed) {
          await context.recordChange(
            tx,
            actor,
            present ? 'employees.tag_set' : 'employees.tag_removed',
            employeeId,
            { tag },
          );
        }
        return (await tags.tagsOf(actor.employerId, [employeeId])).map(entryOf);
      });
    },

    /** The tags of these employees, in the caller's tenant transaction (the retention clean-up). */
    async dossierTagsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeIds: readonly string[],
    ): Promise<Map<string, DossierTag[]>> {
      const byEmployee = new Map<string, DossierTag[]>();
      for (const row of await createTagsRepository(tx).tagsOf(employerId, employeeIds)) {
        byEmployee.set(row.employeeId, [...(byEmployee.get(row.employeeId) ?? []), row.tag]);
      }
      return byEmployee;
    },

    /**
     * The policy of offboarding (DOMAIN.md §5): refused with `dossier_legal_proceedings` (409)
     * while the dossier carries "lopende rechtszaak"; in the caller's tenant transaction.
     */
    async assertNoLegalProceedingsIn(
      tx: TenantDb,
      employerId: AuthorizedEmployerId,
      employeeId: string,
    ): Promise<void> {
      const rows = await createTagsRepository(tx).tagsOf(employerId, [employeeId]);
      if (rows.some((row) => row.tag === 'legal_proceedings')) {
        throw employeesErrors.legalProceedings();
      }
    },
  };
}
