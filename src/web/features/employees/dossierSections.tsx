import { AbsenceSection } from '../cases/AbsenceSection.js';
import { TasksTimelineSection, TasksTimelineTitle } from '../tasks/TasksTimelineSection.js';
import { DocumentsSection } from '../dossier/DocumentsSection.js';
import { DossierTagsSection } from '../dossier/DossierTagsSection.js';
import { FeedbackSection } from '../dossier/FeedbackSection.js';
import { FunctionalAdviceSection } from '../dossier/FunctionalAdviceSection.js';
import { MedicalNotesSection } from '../dossier/MedicalNotesSection.js';
import { NotesSection } from '../dossier/NotesSection.js';
import { ReintegrationSection } from '../dossier/ReintegrationSection.js';
import { EmployeeDetailsSection } from './EmployeeDetailsSection.js';
import { EmploymentsSection } from './EmploymentsSection.js';
import { PersonalDataSection } from '../vault/PersonalDataSection.js';
import type { DossierSection } from './dossierSection.js';

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
    id: 'poortwachter',
    title: 'tasks.timeline.titles.all',
    Heading: TasksTimelineTitle,
    permission: 'tasks.work',
    Component: TasksTimelineSection,
  },
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
    id: 're-integratie',
    title: 'reintegration.title',
    permission: 'dossier.documents',
    Component: ReintegrationSection,
  },
  {
    id: 'functioneel-advies',
    title: 'dossier.advice.title',
    permission: 'dossier.notes',
    Component: FunctionalAdviceSection,
  },
  {
    id: 'terugkoppeling',
    title: 'dossier.feedback.title',
    permission: 'dossier.notes',
    Component: FeedbackSection,
  },
  {
    id: 'medisch',
    title: 'dossier.medical.title',
    permission: 'medical.notes',
    Component: MedicalNotesSection,
  },
  { id: 'datakluis', title: 'employees.dossier.sections.vault', Component: PersonalDataSection },
  {
    id: 'labels',
    title: 'dossier.tags.title',
    permission: 'dossier.tags',
    Component: DossierTagsSection,
  },
];
