import type { MessageTree } from '../message-tree.js';

/**
 * Messages of one area, kept beside the main catalogues so areas can grow in parallel. Each part
 * has `ui` (mounted under its own namespace), `errors` (merged into `errors.*`) and
 * `fieldErrors` (merged into `errors.field.*`); `en` must have exactly the keys of `nl`.
 */
const nl = {
  ui: {},
  errors: {
    no_active_employer: 'Kies eerst voor welke werkgever u werkt.',
  },
  fieldErrors: {},
} as const;

const en: MessageTree<typeof nl> = {
  ui: {},
  errors: {
    no_active_employer: 'First choose the employer you are working for.',
  },
  fieldErrors: {},
};

export const accessMessages = { nl, en };
