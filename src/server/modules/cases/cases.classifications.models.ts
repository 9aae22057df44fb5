/**
 * The classifications of a sickness case and what each role is shown of them (DOMAIN.md §5:
 * non-medical only).
 */
import { operatorRoles, type Role } from '../../../contracts/permissions.js';

export const classifications = [
  /** Ziekte. */
  'illness',
  /** Bedrijfsongeval. */
  'work_accident',
  /** Privé-ongeval. */
  'private_accident',
  /** Ongeval met aansprakelijke derde. */
  'third_party_accident',
  /** Ziek door zwangerschap/bevalling. */
  'pregnancy_related',
  /** Orgaandonatie. */
  'organ_donation',
  /** No-riskpolis. */
  'no_risk_policy',
  /** Vangnet (onbekend welke). */
  'safety_net_unknown',
  /** Arbeidsconflict. */
  'labour_conflict',
  /** Onbekend. */
  'unknown',
] as const;
export type Classification = (typeof classifications)[number];

export function isClassification(value: string): value is Classification {
  return (classifications as readonly string[]).includes(value);
}

/**
 * The vangnet (safety-net) kinds: sickness for which the UWV, not the employer, bears the sick
 * pay under the Ziektewet vangnet. Which kind applies is health-related, so only operator roles
 * see it (DOMAIN.md §5).
 */
export const safetyNetClassifications = [
  'pregnancy_related',
  'organ_donation',
  'no_risk_policy',
  'safety_net_unknown',
] as const satisfies readonly Classification[];

export function isSafetyNet(classification: Classification): boolean {
  return (safetyNetClassifications as readonly Classification[]).includes(classification);
}

/** What a role is shown of a case's classification: `classification` null means hidden. */
export type ClassificationView = { classification: Classification | null; safetyNet: boolean };

/**
 * Operator roles see the classification itself. Employer roles see a non-safety-net
 * classification (whether it is a work accident or a third party is involved is theirs to know),
 * but of a safety-net kind only "vangnet: ja" — also for "vangnet (onbekend welke)", so that the
 * hidden value cannot be told apart from the others by its absence.
 */
export function classificationView(role: Role, classification: Classification): ClassificationView {
  const safetyNet = isSafetyNet(classification);
  const operator = (operatorRoles as readonly Role[]).includes(role);
  return { classification: operator || !safetyNet ? classification : null, safetyNet };
}
