import { errors } from '../../platform/errors.js';

export const reportsErrors = {
  /** A unit of the filter that is no department of the employer. */
  unknownUnit: () => errors.invalidField('unitIds', 'report_unit_unknown'),
  /** A unit of the filter outside the actor's dossier scope. */
  unitOutOfScope: () => errors.invalidField('unitIds', 'report_unit_out_of_scope'),
  /** A cause of the filter the role is not shown (a safety-net kind for an employer role). */
  hiddenCause: () => errors.invalidField('causes', 'report_cause_hidden'),
};
