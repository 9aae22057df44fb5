import { ApiError } from './api.js';
import { type FieldMap, type FormMessage, valueAt } from './schema-errors.js';

export type { FormMessage };

/**
 * The server's field messages (`error.fields[].path`) for the fields this form has; a message
 * for a path the form does not show is left to the form's general error.
 */
export function serverFieldMessages(
  error: unknown,
  values: object,
  fieldOf: FieldMap = {},
): Record<string, FormMessage> {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, FormMessage> = {};
  for (const [path, text] of Object.entries(error.fieldErrors())) {
    const field = fieldOf[path] ?? path;
    if (valueAt(values, field) !== undefined) errors[field] ??= { text };
  }
  return errors;
}
