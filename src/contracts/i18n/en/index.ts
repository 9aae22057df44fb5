import { joinCatalogue } from '../join.js';
import type { Messages } from '../messages.js';
import { appMessages } from './app.js';
import { startMessages } from './start.js';

/** The English (UK) catalogue. Typed as `Messages`: a missing or extra key fails typecheck. */
export const en: Messages = joinCatalogue(startMessages, appMessages);
