import type { MessageTree } from '../message-tree.js';
import type { reintegrationMessages as nl } from '../nl/reintegration.js';

/** Re-integration and UWV documents from templates (issue 14): screen and PDF. */
export const reintegrationMessages: MessageTree<typeof nl> = {
  ui: {
    title: 'Re-integration and UWV documents',
    intro:
      'Make a document from a template: the dossier data are already in it. Edit the draft, make it final (the PDF goes to the documents) and record the sign-off of employer and employee.',
    empty: 'There are no re-integration documents yet.',
    create: 'Make document',
    kind: 'Kind of document',
    case: 'Sick report',
    caseOption: 'Sick since {{date, civilDate}}',
    noCases: 'There is no sick report to make a document for.',
    created: 'The draft has been made.',
    edit: 'Edit',
    save: 'Save',
    saved: 'Saved as version {{version}}.',
    cancel: 'Cancel',
    finalize: 'Make final',
    finalizeTitle: 'Make the document final?',
    finalizeText:
      'Version {{version}} becomes the final text: the PDF goes to the documents (UWV) and its task is completed. After that the document cannot be changed.',
    finalized: 'The document has been made final.',
    download: 'Open PDF',
    signEmployer: 'Record employer sign-off',
    signEmployee: 'Record employee sign-off',
    signed: 'The sign-off has been recorded.',
    statusDraft: 'Draft, version {{version}}',
    statusFinal: 'Final, version {{version}}',
    employerSignOff: 'Employer sign-off',
    employeeSignOff: 'Employee sign-off (recorded by)',
    notSigned: 'Not yet',
    signedBy: '{{name}} on {{date}}',
    linkedTask: 'Completes the task',
    versions: 'Versions',
    versionLine: 'Version {{version}}: {{name}}, {{date}}',
    noMedical: 'Do not record medical data: no diagnosis, complaints, cause or treatment.',
  },
  kinds: {
    problem_analysis: 'Problem analysis (probleemanalyse)',
    action_plan: 'Action plan (plan van aanpak)',
  },
  sections: {
    workPossible: 'Remaining capacity (what the employee can do)',
    expectedDuration: 'Expected duration',
    adjustments: 'Adjustments to work or workplace',
    reintegrationAdvice: 'Advice on the re-integration',
    goal: 'Goal of the re-integration',
    activities: 'Activities and steps',
    agreements: 'Agreements between employer and employee',
    caseManager: 'Case manager',
    evaluation: 'Evaluation moments',
    employeeView: "The employee's view",
  },
  pdf: {
    facts: 'Details',
    employee: 'Employee',
    firstSickDay: 'First sick day',
    version: 'Version',
    finalized: 'Made final',
    explanationTitle: 'Sign-off',
    signOff:
      'Employer and employee agree to this text; who and when is recorded in the absence file.',
    noMedical: 'This document contains no medical data.',
    printed: 'Drawn up on {{date}}',
    page: 'page {{current}} of {{total}}',
  },
  errors: {
    reintegration_document_final: 'This document is already final and can no longer be changed.',
    reintegration_version_conflict:
      'Someone else saved this document in the meantime. Open it again and make your change again.',
    reintegration_not_final:
      'A sign-off is recorded on the final text. Make the document final first.',
    reintegration_already_signed: 'This sign-off has already been recorded.',
  },
  fieldErrors: {
    reintegration_case_unknown: 'This sick report does not belong to this employee.',
    reintegration_section_unknown: 'This part does not belong to the template.',
  },
};
