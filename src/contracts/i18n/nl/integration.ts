/** Bulk import of employees ("Werknemers importeren") and its file template. */
export const integrationMessages = {
  ui: {
    title: 'Werknemers importeren',
    intro:
      'Voeg veel werknemers tegelijk toe met een CSV- of Excelbestand (.xlsx). U ziet eerst een controle van elke rij; er wordt pas iets opgeslagen als alle rijen in orde zijn, en dan alles in één keer.',
    link: 'Werknemers importeren',
    templateTitle: '1. Download het sjabloon',
    templateText:
      'Het sjabloon bevat de kolommen in de juiste volgorde; verplichte kolommen zijn gemarkeerd met *. Het Excelsjabloon heeft een tabblad Toelichting met uitleg per kolom.',
    templateXlsx: 'Excelsjabloon (.xlsx)',
    templateCsv: 'CSV-sjabloon',
    fileTitle: '2. Kies het ingevulde bestand',
    dropzone: 'Sleep het bestand hierheen of kies een bestand',
    dropzoneHint: 'CSV (gescheiden door ; of ,) of Excel (.xlsx), hoogstens {{size}} MB.',
    chooseFile: 'Bestand kiezen',
    fileTooLarge: 'Dit bestand is groter dan {{size}} MB. Splits het in kleinere bestanden.',
    checking: 'Bestand wordt gecontroleerd…',
    previewTitle: '3. Controleer de rijen',
    summaryOk: '{{count}} werknemers gevonden in {{file}}. Alle rijen zijn in orde.',
    summaryErrors:
      '{{count}} werknemers gevonden in {{file}}; {{errors}} rijen bevatten fouten. Verbeter het bestand en kies het opnieuw.',
    ignoredColumns: 'Deze kolommen worden niet gebruikt: {{columns}}',
    onlyErrors: 'Alleen rijen met fouten tonen',
    shownRows: 'De eerste {{shown}} van {{total}} rijen worden getoond.',
    rowNumber: 'Rij',
    status: 'Controle',
    rowOk: 'In orde',
    rowErrors: '{{count}} fout(en)',
    tableCaption: 'Controle van het bestand, per rij; cellen met een fout zijn rood gemarkeerd.',
    importButton: 'Importeren',
    importDisabled: 'Importeren kan pas als geen enkele rij nog een fout bevat.',
    otherFile: 'Ander bestand kiezen',
    confirmTitle: 'Werknemers importeren?',
    confirmText:
      'Er worden {{count}} werknemers toegevoegd aan uw werkgever. Dit kunt u niet in één keer ongedaan maken.',
    confirm: 'Ja, importeren',
    importing: 'Bezig met importeren…',
    doneTitle: 'Import voltooid',
    doneText: '{{employees}} werknemers met {{employments}} dienstverbanden zijn toegevoegd.',
    importAnother: 'Nog een bestand importeren',
    emptyTitle: 'Nog geen bestand gekozen',
    emptyText: 'Download het sjabloon, vul het in en kies het bestand hierboven.',
    template: {
      notesSheet: 'Toelichting',
      column: 'Kolom',
      required: 'Verplicht',
      explanation: 'Uitleg',
      example: 'Voorbeeld',
      requiredAlways: 'Ja (*)',
      requiredSecondEmployment: 'Ja, bij een tweede dienstverband',
      requiredNever: 'Nee',
      footer:
        'Eén rij per werknemer. Laat de kopregel staan. Datums als dd-mm-jjjj (bijvoorbeeld 14-03-1985). Bewaar als Excel (.xlsx) of als CSV (UTF-8 of gescheiden door lijstscheidingsteken).',
      notes: {
        personnelNumber:
          'Het personeelsnummer uit uw salaris- of HR-systeem. Uniek binnen uw organisatie.',
        firstName: 'Roepnaam of eerste voornaam.',
        initials: 'Voorletters, bijvoorbeeld S.J.',
        namePrefix: 'Tussenvoegsel, bijvoorbeeld de of van der.',
        lastName: 'Achternaam zonder tussenvoegsel.',
        gender: 'M (man), V (vrouw) of X (anders of onbekend).',
        date: 'Datum als dd-mm-jjjj.',
        bsn: 'Burgerservicenummer van 9 cijfers; wordt gecontroleerd met de elfproef en versleuteld opgeslagen in de datakluis.',
        street: 'Straatnaam van het woonadres.',
        houseNumber: 'Huisnummer: alleen cijfers.',
        houseNumberAddition: 'Huisletter of toevoeging, bijvoorbeeld A of bis.',
        postcode: 'Nederlandse postcode, bijvoorbeeld 1234 AB.',
        city: 'Woonplaats.',
        phone: 'Telefoonnummer, bijvoorbeeld 06 12345678 of +31 6 12345678.',
        privateEmail: 'Privé-e-mailadres.',
        lettersByEmail:
          'Ja als brieven per e-mail naar het privéadres gaan in plaats van per post; dan is het e-mailadres verplicht.',
        department:
          'Naam van de afdeling zoals in Verzuim. Bestaat de naam vaker, geef dan het pad: Hoofdkantoor / Verkoop.',
        contractStartDate:
          'Ingangsdatum van het huidige contract als die afwijkt van de datum in dienst.',
        endDate: 'Laatste werkdag; leeg als het dienstverband doorloopt.',
        functionName: 'Functie.',
        functionGroup: 'Functiegroep.',
        employmentType: 'vast, tijdelijk, oproep, uitzend of anders.',
        contractHoursPerWeek: 'Contracturen per week, 0 tot en met 80, bijvoorbeeld 32 of 24,5.',
        noRiskPolicy: 'Ja als voor deze werknemer een no-riskpolis geldt, anders nee of leeg.',
        secondEmployment:
          'Alleen voor een werknemer met een tweede dienstverband; vul dan afdeling, datum in dienst, soort dienstverband en uren in.',
      },
    },
  },
  errors: {
    import_unsupported_format:
      'Dit bestandstype wordt niet ondersteund. Sla het bestand op als Excel (.xlsx) of als CSV.',
    import_unreadable:
      'Het bestand kon niet worden gelezen. Controleer of het een CSV- of .xlsx-bestand is.',
    import_empty: 'Het bestand bevat geen gegevens.',
    import_too_many_rows:
      'Het bestand bevat meer dan {{limit}} werknemers. Splits het in kleinere bestanden.',
    import_unpacks_too_large:
      'Het bestand pakt uit tot meer dan {{megabytes}} MB, meer dan een werknemerslijst nodig heeft. Sla de lijst opnieuw op als .xlsx of CSV.',
    import_missing_columns: 'Deze verplichte kolommen ontbreken in de kopregel: {{columns}}.',
    import_duplicate_columns: 'Deze kolommen staan twee keer in de kopregel: {{columns}}.',
    import_has_errors:
      'Er is niets geïmporteerd: {{rows}} rijen bevatten nog fouten. Verbeter het bestand en probeer het opnieuw.',
    import_personnel_number_taken:
      'Er is niets geïmporteerd: intussen is een werknemer met een van deze personeelsnummers toegevoegd. Controleer het bestand opnieuw.',
  },
  fieldErrors: {
    import_too_long: 'Deze waarde is te lang (hoogstens {{limit}} tekens).',
    import_invalid_date: 'Dit is geen geldige datum. Gebruik dd-mm-jjjj.',
    import_invalid_hours: 'Vul een aantal uren in, bijvoorbeeld 32 of 24,5.',
    import_hours_too_big: 'Hoogstens 80 uur per week.',
    import_invalid_yes_no: 'Vul ja of nee in.',
    import_invalid_gender: 'Vul M, V of X in.',
    import_invalid_employment_type: 'Vul vast, tijdelijk, oproep, uitzend of anders in.',
    import_invalid_phone: 'Dit is geen geldig telefoonnummer.',
    import_invalid_email: 'Dit is geen geldig e-mailadres.',
    import_letters_by_email_needs_address: 'Vul een e-mailadres in als brieven per e-mail gaan.',
    import_start_before_birth: 'De datum in dienst ligt vóór de geboortedatum.',
    import_duplicate_in_file: 'Deze waarde staat ook in rij {{rows}}.',
    import_department_not_found: 'Deze afdeling bestaat niet in uw organisatie.',
    import_department_ambiguous:
      'Er zijn meer afdelingen met deze naam. Geef het pad, bijvoorbeeld Hoofdkantoor / Verkoop.',
  },
} as const;
