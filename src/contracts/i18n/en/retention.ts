import type { MessageTree } from '../message-tree.js';
import type { retentionMessages as nl } from '../nl/retention.js';

/** Retention periods (DOMAIN.md §5): the settings, the clean-up's preview and the permissions. */
export const retentionMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Retention periods',
    nav: 'Retention periods',
    intro:
      'Data whose retention period has passed, per employer. The clean-up erases it every night; Clean up now erases it at once. Dossiers with a tag are kept.',
    terms:
      'Absence data {{absence}} year(s) after the employment ends, case files {{cases}} year(s) after the absence ends.',
    employee: 'Employee',
    personnelNumber: 'Personnel number',
    what: 'What is erased',
    expiredSince: 'Expired since',
    wholeDossier: 'The whole dossier, with {{count}} absence case(s)',
    casesOnly: 'Closed absence case(s): {{count}}',
    exemptTitle: 'Kept by a tag',
    tags: 'Tags',
    nothingExpired: 'Nothing has expired.',
    empty: 'There are no employers.',
    eraseNow: 'Clean up now',
    confirmTitle: 'Erase the expired data of {{employer}}',
    confirmText:
      'The expired data of {{count}} dossier(s) is erased for good, with their documents. This cannot be undone. The audit log records only what was erased, never the content.',
    confirm: 'Erase for good',
    erased: 'Erased: {{dossiers}} dossier(s), {{cases}} absence case(s).',
    settings: {
      absenceYears: 'Retention of absence data (years)',
      absenceYearsHelp:
        'The whole dossier is erased this many years after the last employment ends.',
      caseYears: 'Retention of case files (years)',
      caseYearsHelp: 'A closed absence case is erased this many years after it ended.',
    },
    subjectAccess: {
      button: 'Subject access export',
      confirmTitle: 'Subject access export of {{name}}',
      confirmText:
        'You download everything recorded about this employee (GDPR art. 15): a ZIP with the data as JSON, a PDF of the dossier, the documents and the audit log. The download is recorded in the audit log with your name.',
      confirmNotIncluded:
        "Not in the export: BSN and address from the data vault (the arbodienst administrator has no access to it) and the company doctor's medical notes.",
      confirm: 'Download',
      done: 'The subject access export was downloaded.',
      failed: 'The subject access export could not be made.',
      permission: {
        name: 'Subject access export',
        help: 'Downloads everything recorded about an employee as a ZIP (GDPR art. 15); the download is logged.',
      },
      pdf: {
        title: 'Subject access: {{name}}',
        description:
          'Everything Verzuim records about this employee (GDPR art. 15). The complete data is in gegevens.json; the documents in the folder documenten.',
        filters: 'About this export',
        employer: 'Employer',
        employee: 'Employee',
        personnelNumber: 'Personnel number',
        dateOfBirth: 'Date of birth',
        exportedAt: 'Made on',
        exportedBy: 'Made by',
        employments: 'Employments',
        cases: 'Absence and pregnancy cases',
        timeline: 'Timeline (percentages)',
        tasks: 'Tasks',
        notes: 'Contact moments',
        documents: 'Documents',
        advices: 'Functional advice',
        feedback: 'Feedback after consultation',
        audit: 'Who read or changed what',
        start: 'Start',
        end: 'End',
        kind: 'Kind',
        percentage: 'Percentage',
        from: 'From',
        date: 'Date',
        type: 'Type',
        author: 'By',
        text: 'Text',
        name: 'Name',
        category: 'Category',
        file: 'File in the ZIP',
        status: 'Status',
        task: 'Task',
        due: 'Due',
        time: 'Time',
        user: 'User',
        action: 'Action',
        subject: 'Subject',
        none: 'None.',
        explanationTitle: 'What is not in this export',
        notIncludedVault:
          'BSN and address and contact details from the data vault: the arbodienst administrator has no access to the vault. The employer can provide them with vault access.',
        notIncludedMedical:
          "The company doctor's medical notes: only the company doctor may read them; the person asks the company doctor for them.",
        printed: 'Made on {{date}}',
        page: 'Page {{current}} of {{total}}',
        unknownUser: 'unknown (system)',
      },
    },
    offboarding: {
      action: 'Offboard',
      title: 'Offboard {{employer}}',
      intro:
        'Offboarding erases the employer with all its data: employees, dossiers, documents, departments, users, integrations and settings. This cannot be undone.',
      step1: 'Step 1: download the export',
      step1Text:
        'A ZIP with the settings, departments and users (without passwords or second factors) and per employee the data and documents. The download is recorded in the audit log.',
      download: 'Download export',
      downloaded: 'The export has been downloaded.',
      downloadFailed: 'The export could not be made.',
      step2: 'Step 2: erase the employer',
      confirmLabel: "Type the employer's name to confirm",
      confirmHelp: 'Type: {{employer}}',
      erase: 'Erase permanently',
      cancel: 'Cancel',
      close: 'Close',
      legalProceedings:
        'Not erased: {{count}} dossier(s) are tagged Legal proceedings. Remove those tags first.',
      reportTitle: '{{employer}} has been erased',
      reportText:
        'Erased (count per kind); {{files}} stored file(s) deleted. The audit log records only what was erased, not the content.',
      kind: 'Kind',
      count: 'Count',
      permission: {
        name: 'Offboard employer',
        help: 'Downloads everything of an employer as a ZIP, then erases the employer with all its data (GDPR); not while a dossier is tagged Legal proceedings.',
      },
    },
    permissions: {
      tags: {
        name: 'Dossier tags',
        help: 'Sets and removes the tags Legal proceedings and Excluded from clean-up.',
      },
      manage: {
        name: 'Retention periods',
        help: 'Sees at every employer which data has expired and cleans it up at once.',
      },
    },
  },
  errors: {
    offboarding_name_mismatch:
      "The name does not match the employer's name. Type the name exactly as it appears in Employers.",
  },
  fieldErrors: {
    legal_proceedings: 'This dossier is tagged Legal proceedings.',
  },
};
