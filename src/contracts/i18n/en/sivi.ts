import type { MessageTree } from '../message-tree.js';
import type { siviMessages as nl } from '../nl/sivi.js';

/** SIVI Verzuimmeldingen: the absence messages exchanged with HR systems (issue 13). */
export const siviMessages: MessageTree<typeof nl> = {
  ui: {
    permission: {
      name: 'Exchange SIVI absence reports',
      help: "Download all of the employer's sick reports, changes of percentage and recoveries as a SIVI file (Verzuimmeldingen 2024), and import such messages from the HR system.",
    },
    import: {
      nav: 'SIVI absence reports',
      title: 'Import SIVI absence reports',
      intro:
        'Import a Verzuimmeldingen 2024 message from the HR system. A message is applied completely or not at all: when one element is refused, nothing changes. A report applied before is recognised and not applied again.',
      chooseFile: 'Choose message (.xml)',
      importing: 'Checking and applying the message…',
      resultTitle: 'Result of {{fileName}}',
      result: {
        applied: 'Applied',
        refused: 'Refused, nothing applied',
        repeated: 'Applied before',
      },
      outcome: {
        accepted: 'Applied',
        refused: 'Refused',
        repeated: 'Applied before',
      },
      counts: '{{accepted}} applied, {{refused}} refused, {{repeated}} applied before',
      columns: {
        element: 'Element',
        line: 'Line',
        absence: 'Absence case',
        sequence: 'Report',
        outcome: 'Outcome',
        reason: 'Reason',
        at: 'Time',
        file: 'File',
        by: 'By',
        result: 'Result',
        counts: 'Elements',
      },
      logTitle: 'Processing log',
      logEmpty: 'No messages imported yet.',
      logEmptyText: 'Every imported message appears here with the outcome of each element.',
      loading: 'Loading the processing log…',
      show: 'Details',
      noElements: 'This message has no elements to show.',
    },
  },
  errors: {
    sivi_message_refused:
      'The message was not applied: {{count}} element(s) refused. Nothing of it was changed; the reasons are listed per element.',
    sivi_invalid_xml:
      'This message does not follow the SIVI standard (Verzuimmeldingen 2024): {{detail}}',
    sivi_doctype:
      'This message contains a DOCTYPE. A SIVI message has none: entity declarations and external DTDs are refused unread, as they can expand without end or read files of the server.',
    sivi_processing_code_unsupported:
      'This processing code ({{detail}}) is not applied; only 01 (new) and 02 (change).',
    sivi_sequence_gap:
      'The reports of this absence case do not follow on without gaps from its last applied report (VrzmgvlVnrMld).',
    sivi_case_unknown:
      'This report changes an absence case (VrzmgvlId) that was never reported sick here.',
    sivi_case_exists: 'This absence case (VrzmgvlId) has already been reported sick here.',
    sivi_employee_already_sick:
      'The employee is already sick in another case; a new absence case cannot start now.',
    sivi_unit_unknown:
      'The organisational unit {{detail}} is not a department of this employer (matched by code or name).',
    sivi_employment_incomplete:
      'The employment lacks a field needed for a new employee ({{detail}}).',
    sivi_case_rule: 'Refused by the rules of absence cases: {{detail}}.',
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
