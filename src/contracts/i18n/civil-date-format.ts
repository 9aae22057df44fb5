import { isCivilDate } from '../civil-dates.js';
import { defaultLocale } from '../locales.js';
import { formatDate } from '../formats.js';

/**
 * The catalogues' own interpolation format `{{date, civilDate}}`: a civil date `YYYY-MM-DD` as
 * people read it in the message's language (long style). Both i18next instances (server and web) add it as
 * `formatter.add(civilDateFormat.name, civilDateFormat.format)`; any other value is left as it is.
 */
export const civilDateFormat = {
  name: 'civilDate',
  format: (value: unknown, language: string | undefined): string =>
    typeof value === 'string' && isCivilDate(value)
      ? formatDate(value, language ?? defaultLocale)
      : String(value),
};
