import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { EmployeeDossier } from '../../../contracts/employees.js';
import type { Permission } from '../../../contracts/permissions.js';
import { AbsenceSection } from '../cases/AbsenceSection.js';
import { DocumentsSection } from '../dossier/DocumentsSection.js';
import { MedicalNotesSection } from '../dossier/MedicalNotesSection.js';
import { NotesSection } from '../dossier/NotesSection.js';
import { EmployeeDetailsSection } from './EmployeeDetailsSection.js';
import { EmploymentsSection } from './EmploymentsSection.js';
import { PersonalDataSection } from '../vault/PersonalDataSection.js';

export interface DossierSectionProps {
  dossier: EmployeeDossier;
  /** The user may change this employee's data here (role, and not owned by an HR system). */
  canEdit: boolean;
}

export interface DossierSection {
  /** Stable id: React key and the section's anchor (`#verzuim`). */
  id: string;
  title: ParseKeys;
  Component: ComponentType<DossierSectionProps>;
  /** Shown only to a role with this permission (the server refuses the data anyway). */
  permission?: Permission;
}

/**
 * The sections of the employee dossier, in page order. A module adds its part of the dossier
 * with one line here (its component receives the dossier); the placeholders are taken over by
 * the cases and vault modules.
 */
export const dossierSections: DossierSection[] = [
  {
    id: 'gegevens',
    title: 'employees.dossier.sections.details',
    Component: EmployeeDetailsSection,
  },
  {
    id: 'dienstverbanden',
    title: 'employees.dossier.sections.employments',
    Component: EmploymentsSection,
  },
  { id: 'verzuim', title: 'employees.dossier.sections.absence', Component: AbsenceSection },
  {
    id: 'contactmomenten',
    title: 'dossier.notes.title',
    permission: 'dossier.notes',
    Component: NotesSection,
  },
  {
    id: 'documenten',
    title: 'dossier.documents.title',
    permission: 'dossier.documents',
    Component: DocumentsSection,
  },
  {
    id: 'medisch',
    title: 'dossier.medical.title',
    permission: 'medical.notes',
    Component: MedicalNotesSection,
  },
  { id: 'datakluis', title: 'employees.dossier.sections.vault', Component: PersonalDataSection },
];
