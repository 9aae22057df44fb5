import type { MessageTree } from '../message-tree.js';

/** Bulk import of employees ("Werknemers importeren") and its file template. */
const nl = {
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

const en: MessageTree<typeof nl> = {
  ui: {
    title: 'Import employees',
    intro:
      'Add many employees at once from a CSV or Excel file (.xlsx). You first see a check of every row; nothing is saved until all rows are correct, and then everything at once.',
    link: 'Import employees',
    templateTitle: '1. Download the template',
    templateText:
      'The template holds the columns in the right order; required columns are marked with *. The Excel template has a sheet explaining each column.',
    templateXlsx: 'Excel template (.xlsx)',
    templateCsv: 'CSV template',
    fileTitle: '2. Choose the completed file',
    dropzone: 'Drop the file here or choose a file',
    dropzoneHint: 'CSV (separated by ; or ,) or Excel (.xlsx), at most {{size}} MB.',
    chooseFile: 'Choose file',
    fileTooLarge: 'This file is larger than {{size}} MB. Split it into smaller files.',
    checking: 'Checking the file…',
    previewTitle: '3. Check the rows',
    summaryOk: '{{count}} employees found in {{file}}. All rows are correct.',
    summaryErrors:
      '{{count}} employees found in {{file}}; {{errors}} rows contain errors. Correct the file and choose it again.',
    ignoredColumns: 'These columns are not used: {{columns}}',
    onlyErrors: 'Show only rows with errors',
    shownRows: 'The first {{shown}} of {{total}} rows are shown.',
    rowNumber: 'Row',
    status: 'Status',
    rowOk: 'Correct',
    rowErrors: '{{count}} error(s)',
    tableCaption: 'Check of the file, per row; cells with an error are marked red.',
    importButton: 'Import',
    importDisabled: 'You can import once no row contains an error.',
    otherFile: 'Choose another file',
    confirmTitle: 'Import employees?',
    confirmText:
      '{{count}} employees will be added to your employer. This cannot be undone in one step.',
    confirm: 'Yes, import',
    importing: 'Importing…',
    doneTitle: 'Import complete',
    doneText: '{{employees}} employees with {{employments}} employments have been added.',
    importAnother: 'Import another file',
    emptyTitle: 'No file chosen yet',
    emptyText: 'Download the template, fill it in and choose the file above.',
    template: {
      notesSheet: 'Explanation',
      column: 'Column',
      required: 'Required',
      explanation: 'Explanation',
      example: 'Example',
      requiredAlways: 'Yes (*)',
      requiredSecondEmployment: 'Yes, for a second employment',
      requiredNever: 'No',
      footer:
        'One row per employee. Keep the header row. Dates as dd-mm-yyyy (for example 14-03-1985). Save as Excel (.xlsx) or as CSV (UTF-8 or separated by the list separator).',
      notes: {
        personnelNumber:
          'The personnel number from your payroll or HR system. Unique within your organisation.',
        firstName: 'Given name or first name.',
        initials: 'Initials, for example S.J.',
        namePrefix: 'Name prefix, for example de or van der.',
        lastName: 'Last name without prefix.',
        gender: 'M (male), V (female) or X (other or unknown).',
        date: 'Date as dd-mm-yyyy.',
        bsn: 'Citizen service number of 9 digits; checked with the eleven test and stored encrypted in the data vault.',
        street: 'Street of the home address.',
        houseNumber: 'House number: digits only.',
        houseNumberAddition: 'House letter or addition, for example A or bis.',
        postcode: 'Dutch postcode, for example 1234 AB.',
        city: 'Place of residence.',
        phone: 'Phone number, for example 06 12345678 or +31 6 12345678.',
        privateEmail: 'Private e-mail address.',
        lettersByEmail:
          'Yes when letters go by e-mail to the private address instead of by post; the e-mail address is then required.',
        department:
          'Name of the department as in Verzuim. When the name exists more than once, give the path: Hoofdkantoor / Verkoop.',
        contractStartDate:
          'Start date of the current contract when it differs from the employment start date.',
        endDate: 'Last working day; empty while the employment continues.',
        functionName: 'Function.',
        functionGroup: 'Function group.',
        employmentType:
          'vast (permanent), tijdelijk (fixed term), oproep (on call), uitzend (agency) or anders (other).',
        contractHoursPerWeek: 'Contract hours per week, 0 to 80, for example 32 or 24,5.',
        noRiskPolicy: 'Yes when a no-risk policy applies to this employee, else no or empty.',
        secondEmployment:
          'Only for an employee with a second employment; then fill in department, start date, employment type and hours.',
      },
    },
  },
  errors: {
    import_unsupported_format:
      'This file type is not supported. Save the file as Excel (.xlsx) or as CSV.',
    import_unreadable: 'The file could not be read. Check that it is a CSV or .xlsx file.',
    import_empty: 'The file contains no data.',
    import_too_many_rows:
      'The file contains more than {{limit}} employees. Split it into smaller files.',
    import_missing_columns: 'These required columns are missing from the header row: {{columns}}.',
    import_duplicate_columns: 'These columns appear twice in the header row: {{columns}}.',
    import_has_errors:
      'Nothing was imported: {{rows}} rows still contain errors. Correct the file and try again.',
    import_personnel_number_taken:
      'Nothing was imported: meanwhile an employee with one of these personnel numbers was added. Check the file again.',
  },
  fieldErrors: {
    import_too_long: 'This value is too long (at most {{limit}} characters).',
    import_invalid_date: 'This is not a valid date. Use dd-mm-yyyy.',
    import_invalid_hours: 'Enter a number of hours, for example 32 or 24,5.',
    import_hours_too_big: 'At most 80 hours per week.',
    import_invalid_yes_no: 'Enter ja (yes) or nee (no).',
    import_invalid_gender: 'Enter M, V or X.',
    import_invalid_employment_type: 'Enter vast, tijdelijk, oproep, uitzend or anders.',
    import_invalid_phone: 'This is not a valid phone number.',
    import_invalid_email: 'This is not a valid e-mail address.',
    import_letters_by_email_needs_address: 'Enter an e-mail address when letters go by e-mail.',
    import_start_before_birth: 'The start date is before the date of birth.',
    import_duplicate_in_file: 'This value also appears in row {{rows}}.',
    import_department_not_found: 'This department does not exist in your organisation.',
    import_department_ambiguous:
      'Several departments have this name. Give the path, for example Hoofdkantoor / Verkoop.',
  },
};

export const integrationMessages = { nl, en };
