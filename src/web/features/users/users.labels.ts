import type { TFunction } from 'i18next';
import { roleSchema } from '../../../contracts/permissions.js';
import type { UserGender, UserStatus } from '../../../contracts/users.js';

/** Catalogue keys written out in full, so the catalogue test finds every one as used. */
export const statusLabels = {
  active: 'users.status.active',
  blocked: 'users.status.blocked',
  expired: 'users.status.expired',
  invited: 'users.status.invited',
} as const satisfies Record<UserStatus, string>;

export const statusColors: Record<UserStatus, string> = {
  active: 'teal',
  blocked: 'red',
  expired: 'gray',
  invited: 'blue',
};

const roleLabels = {
  super_user: 'users.roles.super_user',
  super_user_no_signals: 'users.roles.super_user_no_signals',
  super_user_integration: 'users.roles.super_user_integration',
  super_user_integration_no_signals: 'users.roles.super_user_integration_no_signals',
  super_user_integration_sick_only: 'users.roles.super_user_integration_sick_only',
  manager_with_reports: 'users.roles.manager_with_reports',
  manager_without_reports: 'users.roles.manager_without_reports',
  absence_reporter: 'users.roles.absence_reporter',
  operator_admin: 'users.roles.operator_admin',
  case_manager: 'users.roles.case_manager',
  company_doctor: 'users.roles.company_doctor',
} as const;

export const genderLabels = {
  m: 'users.form.genders.m',
  f: 'users.form.genders.f',
  x: 'users.form.genders.x',
} as const satisfies Record<UserGender, string>;

/** A role's name in the user's language; an unknown role as it is stored. */
export function roleLabel(t: TFunction, role: string): string {
  const parsed = roleSchema.safeParse(role);
  return parsed.success ? t(roleLabels[parsed.data]) : role;
}
