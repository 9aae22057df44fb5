/** Page "Koppelingen": the employer's API clients for its HR system (issue 13). */
export const apiClientsMessages = {
  ui: {
    title: 'Koppelingen',
    nav: 'Koppelingen',
    intro:
      'Met een koppeling leest en schrijft uw HR-systeem gegevens via de REST API van Verzuim (/api/v1). Elke koppeling heeft een eigen client-ID en geheim; het geheim ziet u alleen direct na het aanmaken of vernieuwen.',
    add: 'Koppeling toevoegen',
    name: 'Naam',
    nameHint: 'Bijvoorbeeld de naam van het HR-systeem, zoals AFAS Productie.',
    scopes: 'Rechten',
    clientId: 'Client-ID',
    created: 'Aangemaakt',
    status: 'Geldigheid',
    active: 'Actief',
    revokedOn: 'Ingetrokken op {{date}} door {{name}}',
    rotatedOn: 'Geheim vernieuwd op {{date}} door {{name}}',
    actions: 'Acties',
    rotate: 'Geheim vernieuwen',
    revoke: 'Intrekken',
    save: 'Aanmaken',
    empty: 'Er zijn nog geen koppelingen. Voeg er een toe om uw HR-systeem toegang te geven.',
    secretTitle: 'Bewaar dit geheim nu',
    secretText:
      'Dit geheim wordt maar één keer getoond en niet door Verzuim bewaard. Zet het direct in de instellingen van uw HR-systeem. Kwijt? Vernieuw dan het geheim.',
    clientSecret: 'Geheim',
    copied: 'Gekopieerd',
    copy: 'Kopiëren',
    done: 'Ik heb het geheim bewaard',
    revokeTitle: 'Koppeling intrekken?',
    revokeText:
      'Het HR-systeem van koppeling "{{name}}" kan meteen niets meer via de API. Intrekken kan niet ongedaan worden gemaakt.',
    revokeConfirm: 'Ja, intrekken',
    rotateTitle: 'Nieuw geheim maken?',
    rotateText:
      'Het huidige geheim van "{{name}}" en alle uitgegeven tokens werken meteen niet meer. Zet het nieuwe geheim direct in het HR-systeem.',
    rotateConfirm: 'Ja, nieuw geheim',
    revoked: 'De koppeling is ingetrokken.',
    scopeNames: {
      employeesRead: 'Werknemers lezen',
      employeesWrite: 'Werknemers schrijven',
      absencesRead: 'Verzuim lezen',
      absencesWrite: 'Verzuim melden en wijzigen',
      tasksRead: 'Taken lezen',
      documentsWrite: 'Documenten toevoegen',
    },
    permission: {
      name: 'Koppelingen beheren',
      help: 'API-koppelingen van het HR-systeem aanmaken, vernieuwen en intrekken.',
    },
  },
  errors: {
    api_concurrent_write:
      'Een ander verzoek wijzigde deze werknemer tegelijk. Stuur het verzoek opnieuw.',
    api_not_given_to_hr_system:
      'De koppelingsinstelling van de werkgever ({{mode}}) laat het HR-systeem deze gegevens niet wijzigen.',
    api_idempotency_key_reused:
      'Deze Idempotency-Key is eerder gebruikt voor een ander verzoek. Gebruik een nieuwe sleutel voor een nieuw verzoek.',
    api_client_revoked: 'Deze koppeling is al ingetrokken.',
    api_invalid_token: 'Geen geldig toegangstoken. Vraag een nieuw token aan.',
    api_scope_missing: 'Dit token heeft het recht {{scope}} niet.',
  },
  fieldErrors: {
    api_employee_unknown: 'Deze werkgever heeft zo’n werknemer niet.',
    invalid_hr_id:
      'Gebruik 1 tot 100 afdrukbare tekens (ASCII), zonder spaties aan het begin of eind.',
    invalid_idempotency_key: 'Gebruik 1 tot 255 afdrukbare tekens (ASCII) zonder spaties.',
    api_employee_id_or_personnel_number: 'Geef employeeId of personnelNumber, niet allebei.',
    api_correction_empty: 'Geef firstSickDay, percentage of classification om te corrigeren.',
    invalid_absence_key:
      'Geef ons verzuim-id (een uuid) of hrAbsenceId:<het id van het HR-systeem>.',
    api_first_version_not_at_start:
      'De eerste versie begint op de startDate van het dienstverband.',
    api_versions_out_of_order: 'Geef de versies van oud naar nieuw, elk vanaf een latere dag.',
    api_hr_employment_id_repeated: 'Elk hrEmploymentId mag maar één keer voorkomen.',
    api_hr_employment_id_taken: 'Dit hrEmploymentId hoort bij een andere werknemer.',
    api_personnel_number_mismatch: 'Het personeelsnummer wijkt af van dat in het adres.',
    duplicate_scope: 'Elk recht kan maar één keer worden gekozen.',
  },
} as const;
