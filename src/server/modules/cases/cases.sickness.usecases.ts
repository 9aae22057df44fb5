import type { AuditAction } from '../../../contracts/audit.js';
/**
 * Changes of a sickness case: a higher or lower percentage, recovery, an end for another reason,
 * and the correction of the sick report (trajectmutatie).
 */
import type { CaseView } from '../../../contracts/cases.js';
import type { EmployerActor } from '../users/users.policies.js';
import { casesErrors } from './cases.errors.js';
import {
  changePercentage,
  type Classification,
  correctSickReport,
  endForOtherReason,
  isClassification,
  isSafetyNet,
  mayCorrectSickReport,
  type OtherEndReason,
  registerRecovery,
  validateSickReport,
} from './cases.models.js';
import { changeSickness, type SicknessChange } from './cases.change.js';
import {
  audited,
  type CasesContext,
  checkClassificationAllowed,
  checkNotTooFar,
  employmentFor,
  maxDaysAhead,
  percentageFrom,
  refuse,
} from './cases.context.js';
import { episodeOf, isSickness, leavePeriodsOf, periodOf } from './cases.history.js';

export type PercentageChangeInput = {
  from: string;
  percentage?: number | undefined;
  hoursNotWorked?: number | undefined;
  note?: string | undefined;
};

/** A higher or lower percentage from a date, as a change of the loaded case. */
export function percentageChange(
  context: CasesContext,
  actor: EmployerActor,
  input: PercentageChangeInput,
): { action: AuditAction; datePath: string; compute: SicknessChange } {
  return {
    action: audited.percentageChanged,
    datePath: 'from',
    compute: async ({ tx, stored, employeeId }) => {
      checkNotTooFar(context, 'from', input.from);
      const percentage = await percentageFrom(
        context,
        tx,
        actor,
        employeeId,
        input.from,
        input,
        'percentage',
      );
      const changed = changePercentage(episodeOf(stored), input.from, percentage);
      if (!changed.ok) {
        refuse(
          changed.reason === 'percentage_unchanged' || changed.reason === 'invalid_percentage'
            ? 'percentage'
            : 'from',
          changed,
        );
      }
      return {
        episode: changed.episode,
        segmentNote: { from: input.from, note: input.note || null },
        details: { from: input.from, percentage },
      };
    },
  };
}

export function sicknessChangeUseCases(context: CasesContext) {
  /** Hersteld, or an end for another reason: the last sick day closes the case. */
  function close(
    actor: EmployerActor,
    caseId: string,
    action: AuditAction,
    input: { lastSickDay: string; reason?: OtherEndReason; note?: string | undefined },
  ): Promise<CaseView> {
    return changeSickness(context, actor, caseId, {
      action,
      datePath: 'lastSickDay',
      compute: async ({ stored }) => {
        checkNotTooFar(context, 'lastSickDay', input.lastSickDay);
        const closed =
          input.reason === undefined
            ? registerRecovery(episodeOf(stored), input.lastSickDay)
            : endForOtherReason(episodeOf(stored), input.lastSickDay, input.reason);
        if (!closed.ok) {
          if (closed.reason === 'episode_closed') throw casesErrors.caseClosed();
          refuse('lastSickDay', closed);
        }
        return {
          episode: closed.episode,
          fields: { endNote: input.note || null },
          details:
            input.reason === undefined
              ? { lastSickDay: input.lastSickDay }
              : { lastSickDay: input.lastSickDay, reason: input.reason },
        };
      },
    });
  }

  return {
    /** A higher or lower percentage from a date (partial recovery or sicker again). */
    changePercentage(
      actor: EmployerActor,
      caseId: string,
      input: PercentageChangeInput,
    ): Promise<CaseView> {
      return changeSickness(context, actor, caseId, percentageChange(context, actor, input));
    },

    /** Hersteld: the last sick day closes the case. */
    registerRecovery(
      actor: EmployerActor,
      caseId: string,
      input: { lastSickDay: string; note?: string | undefined },
    ): Promise<CaseView> {
      return close(actor, caseId, audited.recovered, {
        lastSickDay: input.lastSickDay,
        note: input.note,
      });
    },

    /** Ends the case for another reason: ziek uit dienst, overleden, einde wachttijd, other. */
    endCase(
      actor: EmployerActor,
      caseId: string,
      input: { lastSickDay: string; reason: OtherEndReason; note?: string | undefined },
    ): Promise<CaseView> {
      return close(actor, caseId, audited.ended, input);
    },

    /**
     * Trajectmutatie: corrects classification, first sick day and the first percentage (full or
     * partial), only while no partial recovery is registered.
     */
    correctCase(
      actor: EmployerActor,
      caseId: string,
      input: {
        classification?: string | undefined;
        firstSickDay?: string | undefined;
        percentage?: number | undefined;
      },
    ): Promise<CaseView> {
      return changeSickness(context, actor, caseId, {
        action: audited.corrected,
        datePath: 'firstSickDay',
        compute: async ({ stored, all, employments }) => {
          const episode = episodeOf(stored);
          if (!mayCorrectSickReport(episode)) throw casesErrors.partialRecoveryRegistered();
          let classification = stored.row.classification as Classification;
          if (input.classification !== undefined) {
            if (!isClassification(input.classification)) {
              throw casesErrors.field('classification', 'classification_not_allowed');
            }
            checkClassificationAllowed(actor, input.classification);
            // An employer role sees a specific vangnet kind as "vangnet": keeping it is no change.
            const keepsHiddenKind =
              input.classification === 'safety_net_unknown' && isSafetyNet(classification);
            if (!keepsHiddenKind) classification = input.classification;
          }
          const firstSickDay = input.firstSickDay ?? episode.firstSickDay;
          const percentage = input.percentage ?? episode.segments[0]?.percentage ?? 100;
          const corrected =
            firstSickDay === episode.firstSickDay && percentage === episode.segments[0]?.percentage
              ? { ok: true as const, episode }
              : correctSickReport(episode, { firstSickDay, percentage });
          if (!corrected.ok) {
            if (corrected.reason === 'partial_recovery_registered') {
              throw casesErrors.partialRecoveryRegistered();
            }
            refuse(
              corrected.reason === 'percentage_unchanged' ||
                corrected.reason === 'invalid_percentage'
                ? 'percentage'
                : 'firstSickDay',
              corrected,
            );
          }
          if (firstSickDay !== episode.firstSickDay) {
            const employment = employmentFor(employments, firstSickDay);
            const valid = validateSickReport(
              { firstSickDay, lastSickDay: episode.lastSickDay, percentage },
              {
                today: context.today(),
                employment: employment ?? { startDate: '9999-12-31', endDate: null },
                otherEpisodes: all
                  .filter((other) => isSickness(other) && other.row.id !== stored.row.id)
                  .map(periodOf),
                leave: leavePeriodsOf(all),
                maxDaysAhead,
              },
            );
            if (!valid.ok) refuse('firstSickDay', valid);
          }
          return {
            episode: corrected.episode,
            fields: {
              classification,
              employmentId: employmentFor(employments, firstSickDay)?.id ?? null,
            },
            details: { classification, firstSickDay, percentage },
          };
        },
      });
    },
  };
}
