import type { MessageTree } from '../message-tree.js';
import type { accessMessages as nl } from '../nl/access.js';

/** Dossier access: the error of a request made before an employer is chosen. */
export const accessMessages: MessageTree<typeof nl> = {
  ui: {},
  errors: {
    no_active_employer: 'First choose the employer you are working for.',
  },
  fieldErrors: {},
};
