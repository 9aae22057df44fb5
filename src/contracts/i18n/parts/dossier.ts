import type { MessageTree } from '../message-tree.js';

/** Trajectendossier: contact moments, documents and the company doctor's medical notes. */
const nl = {
  ui: {
    notes: {
      title: 'Contactmomenten overzicht',
      add: 'Notitie toevoegen',
      empty: 'Er zijn nog geen contactmomenten vastgelegd.',
      date: 'Datum contact',
      type: 'Soort contact',
      text: 'Notitie',
      author: 'Vastgelegd door',
      privacyWarning:
        'Leg geen medische gegevens vast: geen diagnose, klachten, oorzaak of behandeling, ook niet als de werknemer die zelf vertelt of toestemming geeft (Autoriteit Persoonsgegevens).',
      save: 'Notitie opslaan',
      added: 'De notitie is toegevoegd.',
      permanent:
        'Notities blijven bewaard en kunnen niet worden gewijzigd of verwijderd: het trajectendossier is een wettelijk dossier.',
    },
    contactTypes: {
      phone: 'Telefonisch',
      meeting: 'Gesprek',
      video: 'Videogesprek',
      email: 'E-mail',
      letter: 'Brief',
      other: 'Overig',
    },
    documents: {
      title: 'Documenten',
      upload: 'Document uploaden',
      chooseFile: 'Sleep een bestand hierheen of klik om een bestand te kiezen',
      allowed: 'PDF, PNG, JPEG, Word (.docx) of Excel (.xlsx), hoogstens {{limit}} MB.',
      category: 'Categorie',
      uploading: 'Bezig met uploaden: {{percent}}%',
      uploaded: 'Het document is toegevoegd.',
      tooLarge: 'Dit bestand is groter dan {{limit}} MB.',
      empty: 'Er zijn nog geen documenten in dit dossier.',
      emptyCategory: 'Er zijn geen documenten in deze categorie.',
      overview: 'Overzichtsdocumenten',
      allCategories: 'Alle categorieën',
      fileName: 'Bestand',
      uploadedBy: 'Geüpload door',
      uploadedAt: 'Datum',
      download: 'Downloaden',
      withdraw: 'Intrekken',
      withdrawTitle: 'Document intrekken',
      withdrawExplanation:
        'Een ingetrokken document blijft in het dossier staan, doorgestreept en met de reden erbij: het trajectendossier is een wettelijk dossier en er wordt niets verwijderd. Intrekken kan niet ongedaan worden gemaakt.',
      withdrawReason: 'Reden van intrekken',
      withdrawConfirm: 'Document intrekken',
      withdrawn: 'Ingetrokken op {{date}} door {{name}}: {{reason}}',
      withdrawnDone: 'Het document is ingetrokken.',
    },
    categories: {
      correspondence: 'Correspondentie',
      action_plan: 'Plan van aanpak',
      problem_analysis: 'Probleemanalyse',
      occupational_health_feedback: 'Terugkoppeling arbodienst',
      uwv: 'UWV',
      other: 'Overig',
    },
    caseLink: {
      label: 'Hoort bij verzuimmelding',
      none: 'Geen specifieke melding',
      sickness: 'Ziekmelding vanaf {{date}}',
      pregnancy: 'Zwangerschap vanaf {{date}}',
    },
    medical: {
      title: 'Medisch dossier',
      explanation:
        'Alleen zichtbaar voor de bedrijfsarts. Werkgevers en casemanagers zien deze notities nooit.',
      add: 'Medische notitie toevoegen',
      text: 'Medische notitie',
      empty: 'Er zijn nog geen medische notities.',
      added: 'De medische notitie is opgeslagen.',
    },
  },
  errors: {
    document_type_not_allowed:
      'Dit soort bestand wordt niet geaccepteerd. U kunt PDF, PNG, JPEG, Word (.docx) en Excel (.xlsx) uploaden.',
    document_legacy_office:
      'Oude Word- en Excel-bestanden (.doc, .xls) worden niet geaccepteerd. Sla het bestand op als PDF, .docx of .xlsx en upload het opnieuw.',
    document_too_large: 'Dit bestand is te groot. Het maximum is {{limit}} MB.',
    document_already_withdrawn: 'Dit document is al ingetrokken.',
  },
  fieldErrors: {
    document_file_missing: 'Kies een bestand.',
    dossier_case_unknown: 'Deze verzuimmelding hoort niet bij deze werknemer.',
  },
} as const;

const en: MessageTree<typeof nl> = {
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
    medical: {
      title: 'Medical file',
      explanation:
        'Visible to the company doctor only. Employers and case managers never see these notes.',
      add: 'Add medical note',
      text: 'Medical note',
      empty: 'There are no medical notes yet.',
      added: 'The medical note has been saved.',
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

export const dossierMessages = { nl, en };
