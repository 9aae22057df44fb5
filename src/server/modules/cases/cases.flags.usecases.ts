/** The flags of a sickness case for the insurer report (vangnet, expected duration…). */
import type { CaseFlag, CaseView } from '../../../contracts/cases.js';
import { expectedDurationValues } from '../../../contracts/cases.js';
import { errors } from '../../platform/errors.js';
import { type EmployerActor, isOperatorRole } from '../users/users.policies.js';
import { casesErrors } from './cases.errors.js';
import { safetyNetClassifications } from './cases.models.js';
import { completeChange, employeeOfCase } from './cases.change.js';
import { audited, type CasesContext, checkNotTooFar, inCasesTransaction } from './cases.context.js';

/** Refuses a value the flag does not take, or one the actor may not set. */
function checkFlagValue(actor: EmployerActor, flag: CaseFlag, value: string | null) {
  if (flag === 'safety_net') {
    const allowed: readonly string[] = isOperatorRole(actor.role)
      ? safetyNetClassifications
      : ['safety_net_unknown'];
    if (value === null || !allowed.includes(value)) {
      throw casesErrors.field('value', 'flag_value_not_allowed');
    }
  } else if (flag === 'expected_duration') {
    if (value === null || !(expectedDurationValues as readonly string[]).includes(value)) {
      throw casesErrors.field('value', 'flag_value_not_allowed');
    }
  } else if (value !== null) {
    throw casesErrors.field('value', 'flag_value_not_allowed');
  }
}

export function flagUseCases(context: CasesContext) {
  return {
    /** Sets a flag of a sickness case for the insurer report, with the date it was set. */
    setFlag(
      actor: EmployerActor,
      caseId: string,
      flag: CaseFlag,
      input: { setOn: string; value?: string | undefined },
    ): Promise<CaseView> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { employeeId, employments } = await employeeOfCase(
          context,
          tx,
          repository,
          actor,
          caseId,
        );
        const value = input.value ?? null;
        checkFlagValue(actor, flag, value);
        checkNotTooFar(context, 'setOn', input.setOn);
        const found = await repository.findCase(caseId);
        if (!found) throw errors.notFound();
        if (found.row.kind !== 'sickness') throw casesErrors.wrongKind();
        // An employer role that sees "vangnet: ja" and sets it again keeps the hidden kind.
        const stored = found.flags.find((existing) => existing.flag === flag);
        const keepsHiddenKind =
          flag === 'safety_net' && !isOperatorRole(actor.role) && stored?.value != null;
        await repository.setFlag({
          caseId,
          flag,
          value: keepsHiddenKind ? (stored?.value ?? null) : value,
          setOn: input.setOn,
          setBy: actor.userId,
        });
        return completeChange(context, tx, repository, actor, {
          employeeId,
          caseId,
          action: audited.flagSet,
          all: await repository.casesOfEmployee(employeeId),
          employments,
          details: { flag, setOn: input.setOn },
        });
      });
    },

    clearFlag(actor: EmployerActor, caseId: string, flag: CaseFlag): Promise<CaseView> {
      return inCasesTransaction(context, actor.employerId, async (tx, repository) => {
        const { employeeId, employments } = await employeeOfCase(
          context,
          tx,
          repository,
          actor,
          caseId,
        );
        await repository.clearFlag(caseId, flag);
        return completeChange(context, tx, repository, actor, {
          employeeId,
          caseId,
          action: audited.flagCleared,
          all: await repository.casesOfEmployee(employeeId),
          employments,
          details: { flag },
        });
      });
    },
  };
}
