import { AppError, errors } from '../../platform/errors.js';
import type { LeaveKind, WazoLeave } from './cases.models.js';

/**
 * The refusals of cases.models.ts as field errors, so the form shows each at its field. The codes
 * are the catalogue keys `errors.field.<code>`.
 */
const fieldCodes = {
  invalid_date: 'invalid_format',
  invalid_percentage: 'case_percentage_out_of_range',
  percentage_out_of_range: 'case_percentage_out_of_range',
  invalid_hours: 'invalid_value',
  invalid_contract_hours: 'case_no_contract_hours',
  before_employment_start: 'case_before_employment_start',
  after_employment_end: 'case_after_employment_end',
  too_far_in_future: 'case_too_far_in_future',
  overlapping_case: 'case_overlapping',
  last_sick_day_before_first_sick_day: 'case_last_sick_day_before_first_sick_day',
  last_sick_day_before_last_change: 'case_last_sick_day_before_last_change',
  change_before_first_sick_day: 'case_change_before_first_sick_day',
  change_after_last_sick_day: 'case_change_after_last_sick_day',
  change_not_after_last_change: 'case_change_not_after_last_change',
  percentage_unchanged: 'case_percentage_unchanged',
  first_sick_day_not_before_change: 'case_first_sick_day_not_before_change',
  first_sick_day_after_last_sick_day: 'case_first_sick_day_after_last_sick_day',
  last_working_day_outside_window: 'case_last_working_day_outside_window',
  classification_not_allowed: 'case_classification_not_allowed',
  flag_value_not_allowed: 'case_flag_value_not_allowed',
  delivery_in_future: 'case_delivery_in_future',
  percentage_or_hours: 'case_percentage_or_hours',
} as const;
export type CaseFieldRefusal = keyof typeof fieldCodes;

/** Sick days in WAZO leave, by the leave they fall in (DOMAIN.md §3). */
const leaveCodes: Record<LeaveKind, string> = {
  pregnancy_leave: 'case_during_pregnancy_leave',
  maternity_leave: 'case_during_maternity_leave',
};

export const casesErrors = {
  field: (path: string, reason: CaseFieldRefusal) => errors.invalidField(path, fieldCodes[reason]),
  /**
   * Sick days and pregnancy or maternity leave on the same day, refused at the date field that
   * caused it like an overlap of two cases (`case_overlapping`); the message names the leave and
   * its dates, formatted in the reader's language by the catalogue's `civilDate` format.
   */
  duringLeave: (path: string, leave: WazoLeave) =>
    errors.invalidField(path, leaveCodes[leave.kind], { first: leave.first, last: leave.last }),
  /** The case has ended: it takes no more changes of this kind. */
  caseClosed: () => new AppError('case_closed', 409),
  /** Trajectmutatie after a partial recovery (SPEC.md §2.5). */
  partialRecoveryRegistered: () => new AppError('case_partial_recovery_registered', 409),
  /** A pregnancy is already open for the employee. */
  pregnancyOpen: () => new AppError('case_pregnancy_open', 409),
  /** The HR system's absence id is already another absence's at this employer (REST API). */
  hrAbsenceIdTaken: () =>
    new AppError('hr_absence_id_taken', 409, {
      fields: [{ path: 'hrAbsenceId', code: 'hr_absence_id_taken' }],
    }),
  /** A dossier note or document is linked to the case: it cannot be withdrawn. */
  hasDossierItems: () => new AppError('case_has_dossier_items', 409),
  /** The operation belongs to the other kind of case (sickness vs pregnancy). */
  wrongKind: () => new AppError('case_wrong_kind', 409),
};
