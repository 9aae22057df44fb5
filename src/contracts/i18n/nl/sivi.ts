/** SIVI Verzuimmeldingen: the absence messages exchanged with HR systems (issue 13). */
export const siviMessages = {
  ui: {
    permission: {
      name: 'SIVI-verzuimmeldingen downloaden',
      help: 'Alle ziekmeldingen, wijzigingen van het percentage en hersteldmeldingen van de werkgever als SIVI-bestand (Verzuimmeldingen 2024) voor het HR-systeem of de arbodienst.',
    },
  },
  errors: {
    sivi_invalid_xml:
      'Dit bericht volgt de SIVI-standaard (Verzuimmeldingen 2024) niet: {{detail}}',
    sivi_processing_code_unsupported:
      'Deze verwerkingscode ({{detail}}) wordt niet verwerkt; alleen 01 (nieuw) en 02 (mutatie).',
    sivi_sequence_gap:
      'De meldingen van dit verzuimgeval zijn niet doorlopend genummerd vanaf 1 (VrzmgvlVnrMld).',
    sivi_first_day_differs:
      'Deze melding noemt een andere eerste verzuimdag dan de eerdere meldingen van het geval.',
    sivi_change_out_of_order: 'Deze wijziging ligt vóór een eerdere wijziging van hetzelfde geval.',
    sivi_report_after_recovery: 'Na de hersteldmelding volgt nog een melding voor hetzelfde geval.',
    sivi_recovery_without_date:
      'Deze hersteldmelding (EndVrzmJN J) heeft geen hersteldatum (DatHrstld).',
    sivi_recovery_before_change:
      'De hersteldatum ligt vóór de laatste wijziging van het percentage.',
    sivi_percentage_invalid:
      'Het verzuimpercentage moet een heel getal van 1 tot en met 100 zijn ({{detail}}).',
    sivi_case_in_two_employments:
      'Dit verzuimgeval staat onder twee verschillende dienstverbanden.',
    sivi_employee_differs:
      'Deze werknemer staat twee keer in het bericht, met verschillende gegevens.',
    sivi_nothing_to_export:
      'Er is niets te exporteren: geen enkele medewerker heeft een ziekmelding in deze periode.',
    sivi_whole_employer_only:
      'Alleen een gebruiker die de hele werkgever mag zien, kan de SIVI-verzuimmeldingen downloaden.',
  },
} as const;
