import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../contracts/common.js';
import type { Locale } from '../../contracts/common.js';
import { civilDateFormat, en, nl } from '../../contracts/i18n/index.js';

/** Where a visitor's language choice is kept before (and besides) the account preference. */
export const localeStorageKey = 'verzuim.locale';

function storedLocale(): Locale | undefined {
  try {
    const parsed = localeSchema.safeParse(window.localStorage.getItem(localeStorageKey));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(localeStorageKey, locale);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}

const initialLocale = storedLocale() ?? defaultLocale;

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLocale,
  fallbackLng: defaultLocale,
  supportedLngs: ['nl', 'en'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.services.formatter?.add(civilDateFormat.name, civilDateFormat.format);

document.documentElement.lang = initialLocale;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** The UI language now in use. */
export function currentLocale(): Locale {
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}

/** Switches the UI language at once, remembers it in this browser and sets `<html lang>`. */
export function applyLocale(locale: Locale): void {
  storeLocale(locale);
  if (currentLocale() !== locale) void i18n.changeLanguage(locale);
}

export { i18n };
