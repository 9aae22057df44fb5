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

/** A calendar date (Europe/Amsterdam civil date), never a timestamp. */
export const isoDateSchema = z.iso.date();
