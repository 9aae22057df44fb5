import { AppError } from '../../platform/errors.js';

/**
 * File-level refusals of the bulk import (problems of single cells are in the preview), and of
 * the API clients.
 */
export const integrationErrors = {
  /** The client was revoked: it cannot be rotated or revoked again. */
  apiClientRevoked: () => new AppError('api_client_revoked', 409),
  /** The `Idempotency-Key` came before with another operation or body (SPEC.md §2.10). */
  idempotencyKeyReused: () => new AppError('api_idempotency_key_reused', 422),
  /** A concurrent API write stored the same key (personnel number, employment id) first. */
  concurrentWrite: () => new AppError('api_concurrent_write', 409),
  /** The employer's `hr_integration_mode` does not give this data to the HR system. */
  notGivenToHrSystem: (mode: string) =>
    new AppError('api_not_given_to_hr_system', 409, { params: { mode } }),
  /** The old binary .xls, or a file that is neither CSV text nor xlsx. */
  unsupportedFormat: () => new AppError('import_unsupported_format', 400),
  unreadable: () => new AppError('import_unreadable', 400),
  empty: () => new AppError('import_empty', 400),
  tooManyRows: (limit: number) => new AppError('import_too_many_rows', 400, { params: { limit } }),
  /** An xlsx that unpacks to more than its rows could need: a ZIP bomb, refused unread. */
  unpacksTooLarge: (megabytes: number) =>
    new AppError('import_unpacks_too_large', 400, { params: { megabytes } }),
  /** Required columns are not in the header line; `columns` names them, comma-separated. */
  missingColumns: (columns: string) =>
    new AppError('import_missing_columns', 400, { params: { columns } }),
  duplicateColumns: (columns: string) =>
    new AppError('import_duplicate_columns', 400, { params: { columns } }),
  /** Commit refused: the file still has errors (the preview shows them); nothing was stored. */
  rowsHaveErrors: (rows: number) => new AppError('import_has_errors', 422, { params: { rows } }),
  /** Another user added an employee with one of the personnel numbers meanwhile. */
  personnelNumberTaken: () => new AppError('import_personnel_number_taken', 409),
};
