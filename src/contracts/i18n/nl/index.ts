import { joinCatalogue } from '../join.js';
import { appMessages } from './app.js';
import { startMessages } from './start.js';

/**
 * The Dutch message catalogue: the source of truth for keys. The English one must have exactly
 * the same keys (enforced by the `Messages` type and by catalogues.test.ts). Interpolation:
 * `{{name}}`.
 *
 * Key conventions: camelCase for UI texts; `errors.<code>` and `errors.field.<code>` use the
 * snake_case error codes the server sends, so the server can look a message up by its code.
 *
 * Each area's messages are a file of their own in `nl/` and `en/` (`ui` under the area's key,
 * `errors` merged into `errors.*`, `fieldErrors` into `errors.field.*`), so areas grow apart and
 * the browser loads one language only.
 */
export const nl = joinCatalogue(startMessages, appMessages);
