/** The UI languages, apart from `common.ts` so the web app's first page can tell them without Zod. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}
