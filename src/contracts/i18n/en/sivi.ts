import type { MessageTree } from '../message-tree.js';
import type { siviMessages as nl } from '../nl/sivi.js';

/** SIVI Verzuimmeldingen: the absence messages exchanged with HR systems (issue 13). */
export const siviMessages: MessageTree<typeof nl> = {
  ui: {
    permission: {
      name: 'Download SIVI absence reports',
      help: "All of the employer's sick reports, changes of percentage and recoveries as a SIVI file (Verzuimmeldingen 2024) for the HR system or the occupational health service.",
    },
  },
  errors: {
    sivi_nothing_to_export:
      'There is nothing to export: no employee has a sick report in this period.',
    sivi_whole_employer_only:
      'Only a user who may see the whole employer can download the SIVI absence reports.',
  },
};
