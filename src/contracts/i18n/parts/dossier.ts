import type { MessageTree } from '../messages.js';

/** Trajectendossier: contact moments, documents and the company doctor's medical notes. */
const nl = {
  ui: {},
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
  ui: {},
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
