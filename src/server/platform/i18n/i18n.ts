import i18next, { type TFunction } from 'i18next';
import { catalogues, civilDateFormat } from '../../../contracts/i18n/index.js';
import { defaultLocale, type Locale, localeSchema } from '../../../contracts/common.js';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * One i18next instance with both catalogues; every request, e-mail and export asks for a
 * translate function fixed to its own locale, so no global language is ever switched.
 */
const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: Object.fromEntries(
    Object.entries(catalogues).map(([locale, messages]) => [locale, { translation: messages }]),
  ),
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  supportedLngs: localeSchema.options,
  interpolation: { escapeValue: false },
  returnNull: false,
});
instance.services.formatter?.add(civilDateFormat.name, civilDateFormat.format);

/** One translate function per locale, made once: every request asks for one. */
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const fixed: TFunction = instance.getFixedT(locale);
    translate = (key, params) => fixed(key, params ?? {});
    translators.set(locale, translate);
  }
  return translate;
}

export function hasMessage(key: string): boolean {
  return instance.exists(key, { lng: defaultLocale });
}

/** Picks nl or en from an Accept-Language header by the client's preference order. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const qParam = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = qParam ? Number(qParam.slice(2)) : 1;
      return {
        language: tag.toLowerCase().split('-')[0] ?? '',
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) {
    const parsed = localeSchema.safeParse(entry.language);
    if (parsed.success) return parsed.data;
  }
  return defaultLocale;
}
