import type { MessageTree } from '../message-tree.js';
import type { integrationMessages as nl } from '../nl/integration.js';

/** Bulk import of employees ("Werknemers importeren") and its file template. */
export const integrationMessages: MessageTree<typeof nl> = {
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
    import_unpacks_too_large:
      'The file unpacks to more than {{megabytes}} MB, more than an employee list needs. Save the list again as .xlsx or CSV.',
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
