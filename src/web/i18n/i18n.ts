import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { civilDateFormat } from '../../contracts/i18n/civil-date-format.js';
import type { MessageTree } from '../../contracts/i18n/message-tree.js';
import type { appMessages } from '../../contracts/i18n/nl/app.js';
import type { startMessages } from '../../contracts/i18n/nl/start.js';
import { defaultLocale, isLocale, type Locale } from '../../contracts/locales.js';

/** Where a visitor's language choice is kept before (and besides) the account preference. */
export const localeStorageKey = 'verzuim.locale';

function storedLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(localeStorageKey);
    return isLocale(stored) ? stored : undefined;
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

type Half = 'start' | 'app';
type HalfMessages = MessageTree<typeof startMessages> | MessageTree<typeof appMessages>;

/**
 * Each language's catalogue in two chunks: what the login frame shows (`start`) and what the app
 * behind it shows (`app`). A visitor loads one language, and the login page only its first half.
 */
const halves: Record<Locale, Record<Half, () => Promise<HalfMessages>>> = {
  nl: {
    start: async () => (await import('../../contracts/i18n/nl/start.js')).startMessages,
    app: async () => (await import('../../contracts/i18n/nl/app.js')).appMessages,
  },
  en: {
    start: async () => (await import('../../contracts/i18n/en/start.js')).startMessages,
    app: async () => (await import('../../contracts/i18n/en/app.js')).appMessages,
  },
};

const loading = new Map<string, Promise<void>>();

function loadHalf(locale: Locale, half: Half): Promise<void> {
  const key = `${locale}/${half}`;
  let loaded = loading.get(key);
  if (loaded === undefined) {
    // Both halves hold `errors`: merged deeply, and a key already there (the login frame's) stays.
    loaded = halves[locale][half]().then((messages) => {
      i18n.addResourceBundle(locale, 'translation', messages, true, false);
    });
    loading.set(key, loaded);
  }
  return loaded;
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

/** Settles when the first language's login-frame messages are there: main.tsx renders after it. */
export const i18nReady: Promise<void> = loadHalf(initialLocale, 'start');

/** The language shown, or being switched to: what the app's messages are loaded for. */
let wantedLocale: Locale = initialLocale;
/** Whether the app frame has been entered: from then on a language switch loads both halves. */
let appShown = false;

/** Loads the app's messages in the language shown; the app frame waits for it before rendering. */
export function loadAppMessages(): Promise<void> {
  appShown = true;
  return loadHalf(wantedLocale, 'app');
}

document.documentElement.lang = initialLocale;
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** The UI language now in use. */
export function currentLocale(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : defaultLocale;
}

/** Switches the UI language (once its messages are loaded), remembers it in this browser and sets `<html lang>`. */
export function applyLocale(locale: Locale): void {
  storeLocale(locale);
  wantedLocale = locale;
  if (currentLocale() !== locale) {
    void Promise.all([loadHalf(locale, 'start'), appShown ? loadHalf(locale, 'app') : undefined])
      // A later switch may have overtaken this one; only the last choice is applied.
      .then(() => (wantedLocale === locale ? i18n.changeLanguage(locale) : undefined));
  }
}

export { i18n };
