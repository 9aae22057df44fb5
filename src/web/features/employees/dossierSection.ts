import type { ParseKeys } from 'i18next';
import type { ComponentType } from 'react';
import type { EmployeeDossier } from '../../../contracts/employees.js';
import type { Permission } from '../../../contracts/permissions.js';

export interface DossierSectionProps {
  dossier: EmployeeDossier;
  /** The user may change this employee's data here (role, and not owned by an HR system). */
  canEdit: boolean;
}

export interface DossierSection {
  /** Stable id: React key and the section's anchor (`#verzuim`). */
  id: string;
  title: ParseKeys;
  /** The title when it depends on the dossier's data (it replaces `title` once shown). */
  Heading?: ComponentType<DossierSectionProps>;
  Component: ComponentType<DossierSectionProps>;
  /** Shown only to a role with this permission (the server refuses the data anyway). */
  permission?: Permission;
}
