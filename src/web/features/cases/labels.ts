import type { ParseKeys } from 'i18next';
import type {
  CaseFlag,
  ClassificationValue,
  expectedDurationValues,
} from '../../../contracts/cases.js';

/** Catalogue keys of the values of cases, written out so every key is a literal in the source. */
export const classificationLabels: Record<ClassificationValue, ParseKeys> = {
  illness: 'cases.classifications.illness',
  work_accident: 'cases.classifications.work_accident',
  private_accident: 'cases.classifications.private_accident',
  third_party_accident: 'cases.classifications.third_party_accident',
  pregnancy_related: 'cases.classifications.pregnancy_related',
  organ_donation: 'cases.classifications.organ_donation',
  no_risk_policy: 'cases.classifications.no_risk_policy',
  safety_net_unknown: 'cases.classifications.safety_net_unknown',
  labour_conflict: 'cases.classifications.labour_conflict',
  unknown: 'cases.classifications.unknown',
};

export const endReasonLabels: Record<string, ParseKeys> = {
  recovered: 'cases.endReasons.recovered',
  sick_out_of_service: 'cases.endReasons.sick_out_of_service',
  deceased: 'cases.endReasons.deceased',
  end_of_waiting_time: 'cases.endReasons.end_of_waiting_time',
  other: 'cases.endReasons.other',
  birth: 'cases.endReasons.birth',
  miscarriage: 'cases.endReasons.miscarriage',
  abortion: 'cases.endReasons.abortion',
  out_of_service: 'cases.endReasons.out_of_service',
};

export const flagLabels: Record<CaseFlag, ParseKeys> = {
  work_accident: 'cases.flags.work_accident',
  private_accident: 'cases.flags.private_accident',
  third_party_liability: 'cases.flags.third_party_liability',
  labour_conflict: 'cases.flags.labour_conflict',
  safety_net: 'cases.flags.safety_net',
  therapeutic_work_start: 'cases.flags.therapeutic_work_start',
  work_resumption_advice_start: 'cases.flags.work_resumption_advice_start',
  expected_duration: 'cases.flags.expected_duration',
};

export const durationLabels: Record<(typeof expectedDurationValues)[number], ParseKeys> = {
  up_to_1_week: 'cases.durations.up_to_1_week',
  up_to_6_weeks: 'cases.durations.up_to_6_weeks',
  up_to_3_months: 'cases.durations.up_to_3_months',
  over_3_months: 'cases.durations.over_3_months',
  unknown: 'cases.durations.unknown',
};

export const kindLabels: Record<'sickness' | 'pregnancy', ParseKeys> = {
  sickness: 'cases.kind.sickness',
  pregnancy: 'cases.kind.pregnancy',
};
