import { z } from 'zod';

/**
 * The one permission matrix of Verzuim (SPEC.md §1). The server's policies, the web's menus and
 * the "Rollenmatrix" page all read this file, so what a role may do is written down once.
 *
 * Roles answer "which actions"; the dossier scope (whole employer, departments, employees)
 * answers "for which employees" and is applied on top of every permission that touches
 * employee data.
 */

export const employerRoles = [
  'super_user',
  'super_user_no_signals',
  /** Koppeling: the employer's HR system owns master data and employments. */
  'super_user_integration',
  'super_user_integration_no_signals',
  'super_user_integration_sick_only',
  'manager_with_reports',
  'manager_without_reports',
  /** Verzuimmelder: reports sick and recovered, sees no dossier content. */
  'absence_reporter',
] as const;

export const operatorRoles = [
  /** Beheerder of the arbodienst. */
  'operator_admin',
  'case_manager',
  /** Bedrijfsarts: the only role that reads and writes medical notes. */
  'company_doctor',
] as const;

/**
 * Roles whose holder may be set as a department's leidinggevende (manager): the managers and the
 * super users of the employer (SPEC.md §2.3).
 */
export const departmentManagerRoles: readonly EmployerRole[] = [
  'super_user',
  'super_user_no_signals',
  'super_user_integration',
  'super_user_integration_no_signals',
  'super_user_integration_sick_only',
  'manager_with_reports',
  'manager_without_reports',
];

export const roleSchema = z.enum([...employerRoles, ...operatorRoles]);
export type Role = z.infer<typeof roleSchema>;
export type EmployerRole = (typeof employerRoles)[number];
export type OperatorRole = (typeof operatorRoles)[number];

export const permissions = [
  'users.manage',
  'accounts.unblock',
  'accounts.link',
  'employers.manage',
  'organisation.read',
  'organisation.manage',
  'employees.search',
  'employees.read',
  'employees.write',
  'cases.report',
  'cases.read',
  /** Actueel verzuim: who in the scope is sick today (no case history). */
  'cases.current',
  'dossier.notes',
  'dossier.documents',
  'medical.notes',
  /** Functional advice (bedrijfsarts): written in the dossier, read with `dossier.notes`. */
  'advice.write',
  /** Terugkoppeling after a consultation (casemanager, bedrijfsarts), read with `dossier.notes`. */
  'feedback.write',
  'tasks.work',
  'statistics.read',
  'signals.receive',
  'audit.read',
  'protocols.manage',
  /** Sign the datakluis user agreement for the employer (super users). */
  'vault.agreement',
  /** Read an employee's datakluis while they have an open case (the arbodienst's care roles). */
  'vault.care_request',
  /** Download the employer's SIVI Verzuimmeldingen (the HR feed's absence messages). */
  'integration.sivi',
  /** Koppelingen: make, rotate and revoke the employer's API clients (the HR system's access). */
  'integration.clients',
  /** Werklijst: the care roles' work across the employers assigned to them. */
  'worklist.read',
  /** Set and remove a dossier's tags "lopende rechtszaak" and "uitgesloten van opschoning". */
  'dossier.tags',
  /** Bewaartermijnen: the preview of expired data over all employers and "Nu opschonen". */
  'retention.manage',
  /** Inzage (AVG art. 15): everything held on one employee as a ZIP, the download audited. */
  'subject_access.export',
  /** Offboarden: export everything of an employer, then erase it (AVG); operator admin only. */
  'employers.offboard',
] as const;
export type Permission = (typeof permissions)[number];

const superUserBase: Permission[] = [
  'users.manage',
  'vault.agreement',
  'accounts.unblock',
  'organisation.read',
  'organisation.manage',
  'employees.search',
  'employees.read',
  'employees.write',
  'cases.report',
  'cases.read',
  'cases.current',
  'dossier.notes',
  'dossier.documents',
  'tasks.work',
  'statistics.read',
  'dossier.tags',
];

const managerBase: Permission[] = [
  'organisation.read',
  'employees.search',
  'employees.read',
  'cases.read',
  'cases.current',
  'dossier.notes',
  'dossier.documents',
  'tasks.work',
  'statistics.read',
  // Managers receive signals and cannot turn them off (SPEC.md §1).
  'signals.receive',
];

const withoutEmployeeWrites = (list: Permission[]) =>
  list.filter((permission) => permission !== 'employees.write');

export const permissionMatrix: Record<Role, readonly Permission[]> = {
  super_user: [...superUserBase, 'signals.receive'],
  super_user_no_signals: superUserBase,
  super_user_integration: [
    ...withoutEmployeeWrites(superUserBase),
    'signals.receive',
    'integration.sivi',
    'integration.clients',
  ],
  super_user_integration_no_signals: [
    ...withoutEmployeeWrites(superUserBase),
    'integration.sivi',
    'integration.clients',
  ],
  super_user_integration_sick_only: [
    'integration.clients',
    'users.manage',
    'vault.agreement',
    'accounts.unblock',
    'organisation.read',
    'employees.search',
    'employees.read',
    'cases.report',
    'cases.current',
  ],
  manager_with_reports: [...managerBase, 'cases.report'],
  manager_without_reports: managerBase,
  absence_reporter: ['employees.search', 'cases.report', 'cases.current'],
  operator_admin: [
    'users.manage',
    'accounts.unblock',
    'accounts.link',
    'employers.manage',
    'organisation.read',
    'organisation.manage',
    'employees.search',
    'employees.read',
    'audit.read',
    'protocols.manage',
    'dossier.tags',
    'retention.manage',
    'subject_access.export',
    'employers.offboard',
  ],
  case_manager: [
    'organisation.read',
    'vault.care_request',
    'employees.search',
    'employees.read',
    'cases.report',
    'cases.read',
    'cases.current',
    'dossier.notes',
    'dossier.documents',
    'feedback.write',
    'tasks.work',
    'statistics.read',
    'worklist.read',
    'dossier.tags',
  ],
  company_doctor: [
    'organisation.read',
    'vault.care_request',
    'employees.search',
    'employees.read',
    'cases.read',
    'cases.current',
    'dossier.notes',
    'dossier.documents',
    'medical.notes',
    'advice.write',
    'feedback.write',
    'tasks.work',
    'worklist.read',
  ],
};

export function roleHasPermission(role: string, permission: Permission): boolean {
  const parsed = roleSchema.safeParse(role);
  return parsed.success && permissionMatrix[parsed.data].includes(permission);
}
