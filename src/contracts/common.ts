import { z } from 'zod';

export const localeSchema = z.enum(['nl', 'en']);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = 'nl';

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

/** A calendar date (Europe/Amsterdam civil date), never a timestamp. */
export const isoDateSchema = z.iso.date();
