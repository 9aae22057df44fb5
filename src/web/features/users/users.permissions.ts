import { roleHasPermission } from '../../../contracts/permissions.js';

/**
 * Who sees Gebruikersbeheer, read from the one permission matrix. The server checks again on
 * every request; this only shapes the menu.
 */
export function canManageUsers(role: string): boolean {
  return roleHasPermission(role, 'users.manage');
}
