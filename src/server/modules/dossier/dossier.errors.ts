import { AppError, errors } from '../../platform/errors.js';

export const dossierErrors = {
  /** The content is none of the accepted kinds (contracts/dossier.ts documentKinds). */
  documentTypeNotAllowed: () => new AppError('document_type_not_allowed', 415),
  /** A .doc/.xls (OLE compound file): refused, with the advice to save it in a current format. */
  documentLegacyOffice: () => new AppError('document_legacy_office', 415),
  /** Larger than DOCUMENT_MAX_BYTES; `limit` in whole megabytes for the message. */
  documentTooLarge: (maxBytes: number) =>
    new AppError('document_too_large', 413, {
      params: { limit: Math.floor(maxBytes / (1024 * 1024)) },
    }),
  /** The multipart request has no file part, or an empty file. */
  documentFileMissing: () => errors.invalidField('file', 'document_file_missing'),
  documentAlreadyWithdrawn: () => new AppError('document_already_withdrawn', 409),
  /** The linked case is not a case of this employee. */
  caseUnknown: () => errors.invalidField('caseId', 'dossier_case_unknown'),
};
