import { errors } from '../../platform/errors.js';

export const reportsErrors = {
  /** A unit of the filter that is no department of the employer. */
  unknownUnit: () => errors.invalidField('unitIds', 'report_unit_unknown'),
};
