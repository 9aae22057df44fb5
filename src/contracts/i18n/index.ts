import { en } from './en/index.js';
import { nl } from './nl/index.js';
import type { Locale } from '../common.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';
export type { MessageTree } from './message-tree.js';
export { en, nl };
export { civilDateFormat } from './civil-date-format.js';

/** Every catalogue by locale; the server and the web read messages from here. */
export const catalogues: Record<Locale, Messages> = { nl, en };

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
