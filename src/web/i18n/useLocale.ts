import { useTranslation } from 'react-i18next';
import { localeSchema, defaultLocale } from '../../contracts/common.js';
import type { Locale } from '../../contracts/common.js';

/** The UI language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}
