import type { ParseKeys } from 'i18next';
import type { z } from 'zod';

/**
 * A message under a form field: a catalogue key for checks done in the browser (so it follows a
 * language switch) or the text the server already translated.
 */
export type FormMessage = { key: ParseKeys } | { text: string };

/**
 * What one submit sends: the body, the contract schema it must meet (none: the server alone
 * checks it), and how it is sent.
 */
export interface Submission {
  readonly schema: z.ZodType | undefined;
  readonly body: unknown;
  readonly send: (body: never) => Promise<unknown>;
}

/**
 * Ties a body to the contract schema it must meet and to the call that sends it, so a form checks
 * in the browser exactly what the server will check (the schemas in `src/contracts/`).
 */
export function submission<Schema extends z.ZodType>(
  schema: Schema,
  body: z.input<Schema>,
  send: (body: z.output<Schema>) => Promise<unknown>,
): Submission {
  return { schema, body, send };
}

/**
 * A body the browser does not check beyond the form's `required` fields: for the login form,
 * which is shown before the contracts (and Zod) are loaded. The server's field errors still land
 * on the fields.
 */
export function uncheckedSubmission<Body>(
  body: Body,
  send: (body: Body) => Promise<unknown>,
): Submission {
  return { schema: undefined, body, send };
}

/** Where a body path shows its message in a form whose field has another name. */
export type FieldMap = Readonly<Record<string, string>>;

export function valueAt(values: unknown, path: string): unknown {
  let current = values;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * The catalogue key for a Zod issue, with the same codes the server sends (`errors.field.*`):
 * an empty field is `required` whatever the schema says about its type or format.
 */
function messageOf(issue: z.core.$ZodIssue, empty: boolean): FormMessage {
  if (empty) return { key: 'errors.field.required' };
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
    case 'invalid_type':
    case 'invalid_format':
      return { key: `errors.field.${issue.code}` };
    case 'custom': {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      if (typeof code === 'string') return { key: `errors.field.${code}` as ParseKeys };
      return { key: 'errors.field.invalid_value' };
    }
    default:
      return { key: 'errors.field.invalid_value' };
  }
}

/**
 * The browser's check of a submission against its schema, as messages by form field (the first
 * per field). Body paths are form paths unless `fieldOf` renames them. `required` names the form
 * fields that must be filled in although the body may leave them out (an empty optional field).
 */
export function schemaFieldErrors(
  { schema, body }: Submission,
  values: unknown,
  fieldOf: FieldMap = {},
  required: readonly string[] = [],
): Record<string, FormMessage> {
  const errors: Record<string, FormMessage> = {};
  for (const field of required) {
    if (isEmpty(valueAt(values, field))) errors[field] = { key: 'errors.field.required' };
  }
  const result = schema?.safeParse(body);
  if (result === undefined || result.success) return errors;
  for (const issue of result.error.issues) {
    const bodyPath = issue.path.map(String).join('.');
    const field = fieldOf[bodyPath] ?? bodyPath;
    const empty = isEmpty(valueAt(values, field)) && isEmpty(valueAt(body, bodyPath));
    errors[field] ??= messageOf(issue, empty);
  }
  return errors;
}
