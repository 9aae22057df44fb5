import type { ErrorResponse } from '../../contracts/common.js';

type ErrorBody = ErrorResponse['error'];
type FieldError = NonNullable<ErrorBody['fields']>[number];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function isFieldError(value: unknown): value is FieldError {
  return (
    isObject(value) &&
    typeof value['path'] === 'string' &&
    typeof value['code'] === 'string' &&
    typeof value['message'] === 'string'
  );
}

/**
 * The `error` of an answer other than 2xx (`errorResponseSchema` in contracts/common.ts), or
 * `undefined` for any other body. Checked by hand, not with the schema: the first answer of a
 * visit is the 401 of `/api/auth/me`, and the login page loads without Zod.
 */
export function errorBodyOf(json: unknown): ErrorBody | undefined {
  const error = isObject(json) ? json['error'] : undefined;
  if (!isObject(error) || typeof error['code'] !== 'string') return undefined;
  if (typeof error['message'] !== 'string') return undefined;
  const fields = error['fields'];
  if (fields !== undefined && !(Array.isArray(fields) && fields.every(isFieldError))) {
    return undefined;
  }
  return { code: error['code'], message: error['message'], ...(fields && { fields }) };
}
