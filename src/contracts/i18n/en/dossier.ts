import type { MessageTree } from '../message-tree.js';
import type { dossierMessages as nl } from '../nl/dossier.js';

/** Trajectendossier: contact moments, documents and the company doctor's medical notes. */
export const dossierMessages: MessageTree<typeof nl> = {
  ui: {
    notes: {
      title: 'Contact moments',
      add: 'Add note',
      empty: 'No contact moments have been recorded yet.',
      date: 'Date of contact',
      type: 'Type of contact',
      text: 'Note',
      author: 'Recorded by',
      privacyWarning:
        'Do not record medical information: no diagnosis, symptoms, cause or treatment, not even when the employee tells you or consents (Dutch Data Protection Authority).',
      save: 'Save note',
      added: 'The note has been added.',
      permanent:
        'Notes are kept and cannot be changed or deleted: the case file is a legal record.',
    },
    contactTypes: {
      phone: 'By phone',
      meeting: 'Meeting',
      video: 'Video call',
      email: 'Email',
      letter: 'Letter',
      other: 'Other',
    },
    documents: {
      title: 'Documents',
      upload: 'Upload document',
      chooseFile: 'Drag a file here or click to choose a file',
      allowed: 'PDF, PNG, JPEG, Word (.docx) or Excel (.xlsx), at most {{limit}} MB.',
      category: 'Category',
      uploading: 'Uploading: {{percent}}%',
      uploaded: 'The document has been added.',
      tooLarge: 'This file is larger than {{limit}} MB.',
      empty: 'There are no documents in this case file yet.',
      emptyCategory: 'There are no documents in this category.',
      overview: 'Documents by category',
      allCategories: 'All categories',
      fileName: 'File',
      uploadedBy: 'Uploaded by',
      uploadedAt: 'Date',
      download: 'Download',
      withdraw: 'Withdraw',
      withdrawTitle: 'Withdraw document',
      withdrawExplanation:
        'A withdrawn document stays in the case file, struck through and with the reason: the case file is a legal record and nothing is deleted. Withdrawing cannot be undone.',
      withdrawReason: 'Reason for withdrawing',
      withdrawConfirm: 'Withdraw document',
      withdrawn: 'Withdrawn on {{date}} by {{name}}: {{reason}}',
      withdrawnDone: 'The document has been withdrawn.',
    },
    categories: {
      correspondence: 'Correspondence',
      action_plan: 'Action plan',
      problem_analysis: 'Problem analysis',
      occupational_health_feedback: 'Feedback from the occupational health service',
      uwv: 'UWV (Employee Insurance Agency)',
      other: 'Other',
    },
    caseLink: {
      label: 'Belongs to absence case',
      none: 'No specific case',
      sickness: 'Sickness from {{date}}',
      pregnancy: 'Pregnancy from {{date}}',
    },
    advice: {
      title: 'Functional advice',
      explanation:
        "The company doctor's functional advice: what work is possible, the expected duration and adjustments. No medical details: the employer reads this advice and the employee receives the same text.",
      add: 'Record functional advice',
      workPossible: 'What work is possible',
      expectedDuration: 'Expected duration',
      adjustments: 'Adjustments',
      noAdjustments: 'No adjustments needed.',
      noMedical:
        'Do not write a diagnosis, symptoms or treatment: those belong in the medical file only.',
      empty: 'No functional advice has been given yet.',
      confirmTitle: 'Send the advice to the employee?',
      confirmText:
        'The advice goes into the dossier, the employer can read it and the employee receives exactly this text: by e-mail when the data vault holds a private e-mail address, otherwise you print it for the employee. Advice cannot be changed afterwards.',
      confirm: 'Record and send',
      added: 'The functional advice has been recorded.',
      byline: '{{date}} · company doctor {{name}}',
      deliveredByEmail: 'Sent to the employee by e-mail',
      deliveredByPrint: 'No e-mail address known: print the advice for the employee',
      print: 'Print for the employee',
      mail: {
        subject: 'Functional advice from the company doctor',
        greeting: 'Dear {{name}},',
        intro:
          'The company doctor {{author}} has given functional advice. Your employer has received the same advice:',
        closing:
          'Questions about this advice? Please contact the occupational health service. This message was sent automatically.',
      },
    },
    feedback: {
      title: 'Feedback after consultation',
      explanation:
        'Feedback from the case manager or company doctor after a consultation, for the employer. The employer receives a signal about it.',
      add: 'Place feedback',
      consultationDate: 'Consultation date',
      text: 'Feedback',
      noMedical:
        'Functional information only: no diagnosis, symptoms or treatment. The employer reads this text.',
      empty: 'No feedback has been placed yet.',
      confirmTitle: 'Place the feedback?',
      confirmText:
        "The feedback goes into the dossier and the employer's users who receive signals get an e-mail within fifteen minutes. Placing cannot be undone.",
      confirm: 'Place',
      added: 'The feedback has been placed.',
      byline: 'Consultation of {{date}} · {{name}}',
    },
    permissions: {
      adviceWrite: {
        name: 'Give functional advice',
        help: "Record the company doctor's functional advice; the employee receives the same text.",
      },
      feedbackWrite: {
        name: 'Place feedback',
        help: 'Place feedback after a consultation in the dossier; the employer receives a signal.',
      },
    },
    medical: {
      title: 'Medical file',
      explanation:
        'Visible to the company doctor only. Employers and case managers never see these notes.',
      add: 'Add medical note',
      text: 'Medical note',
      empty: 'There are no medical notes yet.',
      added: 'The medical note has been saved.',
    },
    tags: {
      title: 'Tags',
      intro: 'A dossier with a tag is not cleaned up, even after its retention period has passed.',
      legalProceedings: 'Legal proceedings',
      legalProceedingsHelp:
        'Legal proceedings are under way. The dossier is kept and the employee cannot be removed.',
      excludedFromCleanup: 'Excluded from clean-up',
      excludedFromCleanupHelp: 'The dossier is kept after its retention period.',
      setAt: 'Set on {{date}}.',
      saved: 'The tag has been updated.',
    },
  },
  errors: {
    document_type_not_allowed:
      'This kind of file is not accepted. You can upload PDF, PNG, JPEG, Word (.docx) and Excel (.xlsx).',
    document_legacy_office:
      'Old Word and Excel files (.doc, .xls) are not accepted. Save the file as PDF, .docx or .xlsx and upload it again.',
    document_too_large: 'This file is too large. The maximum is {{limit}} MB.',
    document_already_withdrawn: 'This document has already been withdrawn.',
  },
  fieldErrors: {
    document_file_missing: 'Choose a file.',
    dossier_case_unknown: 'This absence case does not belong to this employee.',
  },
};
