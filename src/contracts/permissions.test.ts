import { describe, expect, it } from 'vitest';
import {
  employerRoles,
  operatorRoles,
  permissionMatrix,
  permissions,
  roleHasPermission,
} from './permissions.js';

const rolesWith = (permission: (typeof permissions)[number]) =>
  [...employerRoles, ...operatorRoles].filter((role) => roleHasPermission(role, permission));

describe('the permission matrix (SPEC.md §1)', () => {
  it('gives user management to the five super-user variants and the operator admin only', () => {
    expect(rolesWith('users.manage')).toEqual([
      'super_user',
      'super_user_no_signals',
      'super_user_integration',
      'super_user_integration_no_signals',
      'super_user_integration_sick_only',
      'operator_admin',
    ]);
  });

  it('lets the HR feed own master data: integration super users cannot edit employees', () => {
    expect(rolesWith('employees.write')).toEqual(['super_user', 'super_user_no_signals']);
  });

  it('gives signals to super users with signals and to managers, never to the absence reporter', () => {
    expect(rolesWith('signals.receive')).toEqual([
      'super_user',
      'super_user_integration',
      'manager_with_reports',
      'manager_without_reports',
    ]);
  });

  it('lets only the company doctor read medical notes', () => {
    expect(rolesWith('medical.notes')).toEqual(['company_doctor']);
  });

  it('lets only the company doctor write functional advice, and the care roles place terugkoppeling', () => {
    expect(rolesWith('advice.write')).toEqual(['company_doctor']);
    expect(rolesWith('feedback.write')).toEqual(['case_manager', 'company_doctor']);
  });

  it('lets the absence reporter search, report and see who is sick, and nothing of the dossier or statistics', () => {
    expect(permissionMatrix.absence_reporter).toEqual([
      'employees.search',
      'cases.report',
      'cases.current',
    ]);
  });

  it('shows who is sick today to every role that reports or reads sickness, not to the operator admin', () => {
    const seesSickness = [...employerRoles, ...operatorRoles].filter(
      (role) => roleHasPermission(role, 'cases.report') || roleHasPermission(role, 'cases.read'),
    );
    expect(rolesWith('cases.current')).toEqual(seesSickness);
    expect(rolesWith('cases.current')).not.toContain('operator_admin');
  });

  it('separates managers by whether they may report sick and recovered', () => {
    expect(roleHasPermission('manager_with_reports', 'cases.report')).toBe(true);
    expect(roleHasPermission('manager_without_reports', 'cases.report')).toBe(false);
    expect(roleHasPermission('manager_without_reports', 'users.manage')).toBe(false);
  });

  it('only names permissions that exist, and refuses unknown roles', () => {
    for (const granted of Object.values(permissionMatrix)) {
      for (const permission of granted) expect(permissions).toContain(permission);
    }
    expect(roleHasPermission('root', 'users.manage')).toBe(false);
  });
});
