/** SIVI Verzuimmeldingen: the absence messages exchanged with HR systems (issue 13). */
export const siviMessages = {
  ui: {
    permission: {
      name: 'SIVI-verzuimmeldingen uitwisselen',
      help: 'Alle ziekmeldingen, wijzigingen van het percentage en hersteldmeldingen van de werkgever als SIVI-bestand (Verzuimmeldingen 2024) downloaden, en zulke berichten van het HR-systeem inlezen.',
    },
    import: {
      nav: 'SIVI-verzuimmeldingen',
      title: 'SIVI-verzuimmeldingen inlezen',
      intro:
        'Lees een bericht Verzuimmeldingen 2024 van het HR-systeem in. Het bericht wordt helemaal of helemaal niet verwerkt: is één onderdeel afgekeurd, dan verandert er niets. Een melding die al eerder is verwerkt, wordt herkend en niet nog eens verwerkt.',
      chooseFile: 'Bericht kiezen (.xml)',
      importing: 'Bericht wordt gecontroleerd en verwerkt…',
      resultTitle: 'Resultaat van {{fileName}}',
      result: {
        applied: 'Verwerkt',
        refused: 'Afgekeurd, niets verwerkt',
        repeated: 'Al eerder verwerkt',
      },
      outcome: {
        accepted: 'Verwerkt',
        refused: 'Afgekeurd',
        repeated: 'Al verwerkt',
      },
      counts: '{{accepted}} verwerkt, {{refused}} afgekeurd, {{repeated}} al eerder verwerkt',
      columns: {
        element: 'Onderdeel',
        line: 'Regel',
        absence: 'Verzuimgeval',
        sequence: 'Melding',
        outcome: 'Uitkomst',
        reason: 'Reden',
        at: 'Tijdstip',
        file: 'Bestand',
        by: 'Door',
        result: 'Resultaat',
        counts: 'Onderdelen',
      },
      logTitle: 'Verwerkingslog',
      logEmpty: 'Nog geen berichten ingelezen.',
      logEmptyText: 'Elk ingelezen bericht verschijnt hier met per onderdeel de uitkomst.',
      loading: 'Verwerkingslog laden…',
      show: 'Bekijken',
      noElements: 'Dit bericht heeft geen onderdelen om te tonen.',
    },
  },
  errors: {
    sivi_message_refused:
      'Het bericht is niet verwerkt: {{count}} element(en) geweigerd. Er is niets van veranderd; de redenen staan per element.',
    sivi_invalid_xml:
      'Dit bericht volgt de SIVI-standaard (Verzuimmeldingen 2024) niet: {{detail}}',
    sivi_doctype:
      'Dit bericht bevat een DOCTYPE. Een SIVI-bericht heeft er geen: entiteitsdeclaraties en externe DTD’s worden ongelezen geweigerd, omdat ze eindeloos kunnen uitdijen of bestanden van de server kunnen lezen.',
    sivi_processing_code_unsupported:
      'Deze verwerkingscode ({{detail}}) wordt niet verwerkt; alleen 01 (nieuw) en 02 (mutatie).',
    sivi_sequence_gap:
      'De meldingen van dit verzuimgeval sluiten niet zonder gat aan op de laatst verwerkte melding (VrzmgvlVnrMld).',
    sivi_case_unknown:
      'Deze melding wijzigt een verzuimgeval (VrzmgvlId) dat hier nooit ziek is gemeld.',
    sivi_case_exists: 'Dit verzuimgeval (VrzmgvlId) is hier al ziek gemeld.',
    sivi_employee_already_sick:
      'De werknemer is al ziek in een ander geval; een nieuw verzuimgeval kan nu niet beginnen.',
    sivi_unit_unknown:
      'De organisatorische eenheid {{detail}} is geen afdeling van deze werkgever (gezocht op code en naam).',
    sivi_employment_incomplete:
      'Het dienstverband mist een gegeven dat nodig is voor een nieuwe werknemer ({{detail}}).',
    sivi_case_rule: 'Geweigerd door de regels voor verzuimgevallen: {{detail}}.',
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
