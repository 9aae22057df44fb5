import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/locales.js';
import { currentLocale } from './i18n.js';

/** The UI language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  useTranslation();
  return currentLocale();
}
