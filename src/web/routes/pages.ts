import { type AsyncRouteComponent, lazyRouteComponent } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { loadAppMessages } from '../i18n/i18n.js';

// Every page is its own chunk, fetched when its route is entered or hovered: the login page
// does not wait for the app behind it, nor a page for the features it does not show.
export const AuthLayout = lazyRouteComponent(
  () => import('../features/auth/AuthLayout.js'),
  'AuthLayout',
);
export const LoginPage = lazyRouteComponent(
  () => import('../features/auth/LoginPage.js'),
  'LoginPage',
);
export const SecondFactorPage = lazyRouteComponent(
  () => import('../features/auth/SecondFactorPage.js'),
  'SecondFactorPage',
);
export const AccountSetupPage = lazyRouteComponent(
  () => import('../features/auth/AccountSetupPage.js'),
  'AccountSetupPage',
);
/** The app frame brings the app's messages: the login frame has only its own (i18n.ts). */
export const AuthenticatedLayout = lazyRouteComponent(
  async () => (await Promise.all([import('./AuthenticatedLayout.js'), loadAppMessages()]))[0],
  'AuthenticatedLayout',
);
export const DashboardPage = lazyRouteComponent(
  () => import('../features/dashboard/DashboardPage.js'),
  'DashboardPage',
);
export const UserManagementPage = lazyRouteComponent(
  () => import('../features/users/UserManagementPage.js'),
  'UserManagementPage',
);
export const UserDetailPage = lazyRouteComponent(
  () => import('../features/users/UserDetailPage.js'),
  'UserDetailPage',
);
export const EmployeeImportPage = lazyRouteComponent(
  () => import('../features/integration/EmployeeImportPage.js'),
  'EmployeeImportPage',
);
export const SiviImportPage = lazyRouteComponent(
  () => import('../features/integration/SiviImportPage.js'),
  'SiviImportPage',
);
export const EmployeeSearchPage = lazyRouteComponent(
  () => import('../features/employees/EmployeeSearchPage.js'),
  'EmployeeSearchPage',
);
export const EmployeeDossierPage = lazyRouteComponent(
  () => import('../features/employees/EmployeeDossierPage.js'),
  'EmployeeDossierPage',
);
export const VaultPage = lazyRouteComponent(
  () => import('../features/vault/VaultPage.js'),
  'VaultPage',
);
export const OrganisationPage = lazyRouteComponent(
  () => import('../features/organisation/OrganisationPage.js'),
  'OrganisationPage',
);

/**
 * A route component that renders a lazily loaded page with the route's context, params or
 * search: it carries the page's `preload`, so the router fetches the chunk before rendering
 * (and on hover) instead of suspending inside the page.
 */
export function withPage<C extends () => ReactNode>(
  page: Pick<AsyncRouteComponent<never>, 'preload'>,
  component: C,
): C & Pick<AsyncRouteComponent<never>, 'preload'> {
  return Object.assign(component, { preload: page.preload });
}
