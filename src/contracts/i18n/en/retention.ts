import type { MessageTree } from '../message-tree.js';
import type { retentionMessages as nl } from '../nl/retention.js';

/** Retention periods (DOMAIN.md §5): the settings, the clean-up's preview and the permissions. */
export const retentionMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Retention periods',
    nav: 'Retention periods',
    intro:
      'Data whose retention period has passed, per employer. The clean-up erases it every night; Clean up now erases it at once. Dossiers with a tag are kept.',
    terms:
      'Absence data {{absence}} year(s) after the employment ends, case files {{cases}} year(s) after the absence ends.',
    employee: 'Employee',
    personnelNumber: 'Personnel number',
    what: 'What is erased',
    expiredSince: 'Expired since',
    wholeDossier: 'The whole dossier, with {{count}} absence case(s)',
    casesOnly: 'Closed absence case(s): {{count}}',
    exemptTitle: 'Kept by a tag',
    tags: 'Tags',
    nothingExpired: 'Nothing has expired.',
    empty: 'There are no employers.',
    eraseNow: 'Clean up now',
    confirmTitle: 'Erase the expired data of {{employer}}',
    confirmText:
      'The expired data of {{count}} dossier(s) is erased for good, with their documents. This cannot be undone. The audit log records only what was erased, never the content.',
    confirm: 'Erase for good',
    erased: 'Erased: {{dossiers}} dossier(s), {{cases}} absence case(s).',
    settings: {
      absenceYears: 'Retention of absence data (years)',
      absenceYearsHelp:
        'The whole dossier is erased this many years after the last employment ends.',
      caseYears: 'Retention of case files (years)',
      caseYearsHelp: 'A closed absence case is erased this many years after it ended.',
    },
    permissions: {
      tags: {
        name: 'Dossier tags',
        help: 'Sets and removes the tags Legal proceedings and Excluded from clean-up.',
      },
      manage: {
        name: 'Retention periods',
        help: 'Sees at every employer which data has expired and cleans it up at once.',
      },
    },
  },
};
