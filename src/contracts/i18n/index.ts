import { en } from './en.js';
import { nl } from './nl.js';
import { isCivilDate } from '../civil-dates.js';
import { formatDate } from '../formats.js';
import { defaultLocale, type Locale } from '../common.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';
export type { MessageTree } from './message-tree.js';
export { en, nl };

/** Every catalogue by locale; the server and the web read messages from here. */
export const catalogues: Record<Locale, Messages> = { nl, en };

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

/** A nested message tree, as far as `flattenKeys` is concerned. */
export interface MessageNode {
  readonly [key: string]: string | MessageNode;
}

/** The dotted keys of every leaf, e.g. `['app.name', 'auth.login.title', …]`. */
export function flattenKeys(obj: MessageNode, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [path] : flattenKeys(value, path);
  });
}
