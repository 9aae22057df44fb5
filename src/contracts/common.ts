import { z } from 'zod';
import { firstDomainDate, isDomainDate, lastDomainDate } from './civil-dates.js';
import { locales } from './locales.js';

export { defaultLocale, type Locale } from './locales.js';
export const localeSchema = z.enum(locales);

/** The one error shape every API answer other than 2xx has. `message` is already translated. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/**
 * The id of a stored object (a uuid) in its one spelling: lower case, as PostgreSQL prints it.
 * Every id a request carries (path, query, body) goes through this, so the rest of the server
 * never sees `ABC…` and `abc…` as two ids (docs/decisions/007-canonical-ids-and-seal-contexts.md).
 */
export const entityIdSchema = z.uuid().toLowerCase();

/**
 * A calendar date a request may bring (Europe/Amsterdam civil date, never a timestamp): one that
 * exists, within the domain's range (civil-dates.ts). Every date of every request uses it.
 */
export const isoDateSchema = z.iso.date().refine(isDomainDate, {
  params: { code: 'date_out_of_range', first: firstDomainDate, last: lastDomainDate },
});

/**
 * A stored date as an answer shows it: not checked against the range again, so that a row
 * written before the range existed stays readable.
 */
export const storedDateSchema = z.iso.date();

/**
 * Text no field may hold: a NUL character (PostgreSQL text cannot store it) or half of a UTF-16
 * surrogate pair (JSON may escape one, `"\ud800"`, but it is no character and has no UTF-8
 * form). The server refuses such text in every request before any route sees it.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !loneSurrogate.test(value);
}
