import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.js';

/**
 * A message under a form field: a catalogue key for checks done in the browser (so it follows a
 * language switch) or the text the server already translated.
 */
export type FormMessage = { key: ParseKeys } | { text: string };

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
