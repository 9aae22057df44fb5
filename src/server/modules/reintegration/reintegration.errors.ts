import { AppError, errors } from '../../platform/errors.js';

export const reintegrationErrors = {
  /** The case is no sickness case of this employee (its legal case's id is asked). */
  caseUnknown: () => errors.invalidField('caseId', 'reintegration_case_unknown'),
  /** An edit names a section its template does not have. */
  sectionUnknown: (section: string) =>
    errors.invalidField(`fields.${section}`, 'reintegration_section_unknown'),
  /** A final document is no longer edited (nor made final again). */
  documentFinal: () => new AppError('reintegration_document_final', 409),
  /** The edit started from an older version than the stored one: someone saved in between. */
  versionConflict: () => new AppError('reintegration_version_conflict', 409),
  /** Sign-off is of the final text only. */
  notFinal: () => new AppError('reintegration_not_final', 409),
  alreadySigned: () => new AppError('reintegration_already_signed', 409),
};
