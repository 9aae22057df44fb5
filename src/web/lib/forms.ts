import { useTranslation } from 'react-i18next';
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

export type FormErrors<Field extends string> = Partial<Record<Field, FormMessage>>;

/** Turns form messages into text in the current language. */
export function useFormMessages(): (message: FormMessage | undefined) => string | undefined {
  const { t } = useTranslation();
  return (message) => {
    if (message === undefined) return undefined;
    return 'key' in message ? t(message.key) : message.text;
  };
}

/** The server's field errors (`fields[].path`) for the given form fields. */
export function serverFieldErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): FormErrors<Field> {
  if (!(error instanceof ApiError)) return {};
  const byPath = error.fieldErrors();
  const result: FormErrors<Field> = {};
  for (const field of fields) {
    const text = byPath[field];
    if (text !== undefined) result[field] = { text };
  }
  return result;
}
