import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, localeSchema } from '../../contracts/common.js';
import type { Locale } from '../../contracts/common.js';
import { civilDateFormat } from '../../contracts/i18n/civil-date-format.js';
import type { Messages } from '../../contracts/i18n/messages.js';

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

/** Each language's messages are a chunk of their own: a visitor loads only the one shown. */
const catalogues: Record<Locale, () => Promise<Messages>> = {
  nl: async () => (await import('../../contracts/i18n/nl.js')).nl,
  en: async () => (await import('../../contracts/i18n/en.js')).en,
};

async function loadCatalogue(locale: Locale): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await catalogues[locale]());
  }
}

void i18n.use(initReactI18next).init({
  resources: {},
  lng: initialLocale,
  fallbackLng: defaultLocale,
  supportedLngs: ['nl', 'en'],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.services.formatter?.add(civilDateFormat.name, civilDateFormat.format);

/** Settles when the first language's messages are there: main.tsx renders after it. */
export const i18nReady: Promise<void> = loadCatalogue(initialLocale);

document.documentElement.lang = initialLocale;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** The UI language now in use. */
export function currentLocale(): Locale {
  const parsed = localeSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : defaultLocale;
}

/** Switches the UI language (once its messages are loaded), remembers it in this browser and sets `<html lang>`. */
export function applyLocale(locale: Locale): void {
  storeLocale(locale);
  if (currentLocale() !== locale) {
    void loadCatalogue(locale).then(() => i18n.changeLanguage(locale));
  }
}

export { i18n };
