import type { MessageTree } from '../messages.js';

/** Absence cases: Verzuim melden, (deel)hersteld, trajectmutaties, zwangerschap, dashboard. */
const nl = {
  ui: {},
  errors: {
    case_closed: 'Dit verzuim is al afgesloten; deze wijziging is niet meer mogelijk.',
    case_partial_recovery_registered:
      'De ziekmelding kan niet meer worden gewijzigd, omdat er al een gedeeltelijk herstel is gemeld. Meld een hoger of lager percentage vanaf een datum.',
    case_pregnancy_open: 'Voor deze werknemer staat al een zwangerschap open.',
    case_wrong_kind: 'Deze wijziging hoort bij een ander soort melding.',
    case_changed_meanwhile:
      'Iemand anders heeft deze melding zojuist gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
  },
  fieldErrors: {
    case_percentage_out_of_range: 'Het percentage ziek moet tussen 1 en 100 liggen.',
    case_no_contract_hours: 'Op deze datum zijn geen contracturen bekend; vul een percentage in.',
    case_before_employment_start: 'Deze datum ligt vóór het begin van het dienstverband.',
    case_after_employment_end: 'Deze datum ligt na het einde van het dienstverband.',
    case_too_far_in_future: 'Deze datum ligt te ver in de toekomst (hoogstens 14 dagen vooruit).',
    case_overlapping:
      'In deze periode is de werknemer al ziek gemeld. Meld een hoger of lager percentage of corrigeer de bestaande melding.',
    case_last_sick_day_before_first_sick_day: 'De laatste dag ligt vóór de eerste dag.',
    case_last_sick_day_before_last_change:
      'De laatste ziektedag ligt vóór de laatst gemelde wijziging van het percentage.',
    case_change_before_first_sick_day: 'Deze datum ligt vóór de eerste ziektedag.',
    case_change_after_last_sick_day: 'Deze datum ligt na de laatste ziektedag.',
    case_change_not_after_last_change:
      'Kies een datum na de laatst gemelde wijziging; de eerste dag corrigeert u via Trajectmutaties.',
    case_percentage_unchanged: 'Dit is hetzelfde percentage als nu geldt.',
    case_first_sick_day_not_before_change:
      'De eerste ziektedag moet vóór de eerste wijziging van het percentage liggen.',
    case_first_sick_day_after_last_sick_day: 'De eerste ziektedag ligt na de laatste ziektedag.',
    case_last_working_day_outside_window:
      'Het verlof begint 6 tot 4 weken vóór de vermoedelijke bevallingsdatum (bij een meerling 10 tot 8 weken). Kies een laatste werkdag binnen die periode.',
    case_classification_not_allowed:
      'Deze classificatie kunt u niet kiezen. Kies bij een vangnetsituatie "Vangnet".',
    case_flag_value_not_allowed: 'Deze waarde past niet bij dit kenmerk.',
    case_delivery_in_future: 'De bevallingsdatum kan niet in de toekomst liggen.',
    case_percentage_or_hours: 'Vul een percentage ziek of het aantal niet gewerkte uren in.',
  },
} as const;

const en: MessageTree<typeof nl> = {
  ui: {},
  errors: {
    case_closed: 'This absence has already ended; this change is no longer possible.',
    case_partial_recovery_registered:
      'The sick report can no longer be corrected because a partial recovery has been reported. Report a higher or lower percentage from a date instead.',
    case_pregnancy_open: 'A pregnancy is already open for this employee.',
    case_wrong_kind: 'This change belongs to another kind of report.',
    case_changed_meanwhile:
      'Someone else has just changed this report. Reload the page and try again.',
  },
  fieldErrors: {
    case_percentage_out_of_range: 'The percentage sick must be between 1 and 100.',
    case_no_contract_hours: 'No contract hours are known on this date; enter a percentage.',
    case_before_employment_start: 'This date is before the start of the employment.',
    case_after_employment_end: 'This date is after the end of the employment.',
    case_too_far_in_future: 'This date is too far in the future (at most 14 days ahead).',
    case_overlapping:
      'The employee is already reported sick in this period. Report a higher or lower percentage or correct the existing report.',
    case_last_sick_day_before_first_sick_day: 'The last day is before the first day.',
    case_last_sick_day_before_last_change:
      'The last sick day is before the latest reported change of percentage.',
    case_change_before_first_sick_day: 'This date is before the first sick day.',
    case_change_after_last_sick_day: 'This date is after the last sick day.',
    case_change_not_after_last_change:
      'Choose a date after the latest reported change; correct the first day under Case corrections.',
    case_percentage_unchanged: 'This is the same percentage as the current one.',
    case_first_sick_day_not_before_change:
      'The first sick day must be before the first change of percentage.',
    case_first_sick_day_after_last_sick_day: 'The first sick day is after the last sick day.',
    case_last_working_day_outside_window:
      'Leave starts 6 to 4 weeks before the expected delivery date (10 to 8 weeks for a multiple birth). Choose a last working day within that period.',
    case_classification_not_allowed:
      'You cannot choose this classification. For a safety-net case choose "Safety net".',
    case_flag_value_not_allowed: 'This value does not fit this flag.',
    case_delivery_in_future: 'The delivery date cannot be in the future.',
    case_percentage_or_hours: 'Enter a percentage sick or the number of hours not worked.',
  },
};

export const casesMessages = { nl, en };
