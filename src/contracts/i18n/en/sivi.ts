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
    sivi_invalid_xml:
      'This message does not follow the SIVI standard (Verzuimmeldingen 2024): {{detail}}',
    sivi_processing_code_unsupported:
      'This processing code ({{detail}}) is not applied; only 01 (new) and 02 (change).',
    sivi_sequence_gap:
      'The reports of this absence case are not numbered without gaps from 1 (VrzmgvlVnrMld).',
    sivi_first_day_differs:
      "This report names another first day of absence than the case's earlier reports.",
    sivi_change_out_of_order: 'This change lies before an earlier change of the same case.',
    sivi_report_after_recovery: 'Another report of the same case follows its recovery.',
    sivi_recovery_without_date: 'This recovery (EndVrzmJN J) has no recovery date (DatHrstld).',
    sivi_recovery_before_change: 'The recovery date lies before the last change of percentage.',
    sivi_percentage_invalid:
      'The absence percentage must be a whole number from 1 to 100 ({{detail}}).',
    sivi_case_in_two_employments: 'This absence case appears under two different employments.',
    sivi_employee_differs: 'This employee appears twice in the message, with different details.',
    sivi_nothing_to_export:
      'There is nothing to export: no employee has a sick report in this period.',
    sivi_whole_employer_only:
      'Only a user who may see the whole employer can download the SIVI absence reports.',
  },
};
