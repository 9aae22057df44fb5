/**
 * Who sees Gebruikersbeheer: the employer's super users (every `super_user…` role) and the
 * operator admin. The server checks again on every request; this only shapes the menu.
 */
export function canManageUsers(role: string): boolean {
  return role.startsWith('super_user') || role === 'operator_admin';
}
