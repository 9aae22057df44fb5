import { ModalsProvider } from '@mantine/modals';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { AccountSetupPage } from '../features/auth/AccountSetupPage.js';
import { AuthLayout } from '../features/auth/AuthLayout.js';
import { applyUserLocale, meQueryOptions } from '../features/auth/auth.api.js';
import { ConfirmEmailPage } from '../features/auth/ConfirmEmailPage.js';
import { ForgotLoginDetailsPage } from '../features/auth/ForgotLoginDetailsPage.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.js';
import { SecondFactorPage } from '../features/auth/SecondFactorPage.js';
import { useSessionExpiry } from '../features/auth/useSessionExpiry.js';
import { ReportAbsencePage } from '../features/cases/ReportAbsencePage.js';
import { DashboardPage } from '../features/dashboard/DashboardPage.js';
import { AddEmployeePage } from '../features/employees/AddEmployeePage.js';
import { EmployeeDossierPage } from '../features/employees/EmployeeDossierPage.js';
import { EmployeeSearchPage } from '../features/employees/EmployeeSearchPage.js';
import { EmployeeImportPage } from '../features/integration/EmployeeImportPage.js';
import { AuditLogPage } from '../features/audit/AuditLogPage.js';
import { QuestionsPage } from '../features/help/QuestionsPage.js';
import { RoleMatrixPage } from '../features/help/RoleMatrixPage.js';
import { EmployersPage } from '../features/organisation/EmployersPage.js';
import { OrganisationPage } from '../features/organisation/OrganisationPage.js';
import { SettingsPage } from '../features/settings/SettingsPage.js';
import { StatisticsPage } from '../features/statistics/StatisticsPage.js';
import { UserDetailPage, type UserDetailTab } from '../features/users/UserDetailPage.js';
import { UserManagementPage } from '../features/users/UserManagementPage.js';
import { NotFound } from '../components/NotFound.js';
import { RouteError } from '../components/RouteError.js';
import { safeRedirect } from '../lib/redirect.js';
import { VaultPage, type VaultTab, vaultTabs } from '../features/vault/VaultPage.js';
import { AuthenticatedLayout } from './AuthenticatedLayout.js';

export interface RouterContext {
  queryClient: QueryClient;
}

/** `?redirect=/path`: where to return after logging in; `?reason=expired`: the session ended. */
interface LoginSearch {
  redirect?: string;
  reason?: 'expired';
}

function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const target = safeRedirect(search['redirect']);
  return {
    ...(target === undefined ? {} : { redirect: target }),
    ...(search['reason'] === 'expired' ? { reason: 'expired' as const } : {}),
  };
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // Dialogs opened with `modals` render here, inside the router (their content may link).
  component: function Root() {
    return (
      <ModalsProvider>
        <Outlet />
      </ModalsProvider>
    );
  },
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

/** The login steps; a visitor who is already logged in goes straight on. */
const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  validateSearch: validateLoginSearch,
  component: AuthLayout,
  beforeLoad: async ({ context, search }) => {
    let loggedIn = false;
    try {
      loggedIn = (await context.queryClient.ensureQueryData(meQueryOptions)) !== null;
    } catch {
      // Server unreachable: show the login form; logging in reports the problem.
    }
    if (loggedIn) throw redirect({ href: search.redirect ?? '/' });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'login',
  component: function LoginRoute() {
    const { redirect: target, reason } = loginRoute.useSearch();
    return <LoginPage redirect={target} reason={reason} />;
  },
});

const forgotRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'inloggegevens-vergeten',
  component: ForgotLoginDetailsPage,
});

/** Pages of e-mailed links: the login frame, whether or not someone is logged in. */
const linkRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'link',
  component: AuthLayout,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'wachtwoord-herstellen',
  component: ResetPasswordPage,
});

const accountSetupRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen',
  component: function AccountSetupRoute() {
    return <AccountSetupPage />;
  },
});

/** After a login of an account that has no second factor yet. */
const accountSetupFactorRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen/tweede-factor',
  component: function AccountSetupFactorRoute() {
    return <AccountSetupPage passwordDone />;
  },
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'e-mail-bevestigen',
  component: ConfirmEmailPage,
});

const secondFactorRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'login/second-factor',
  component: function SecondFactorRoute() {
    const { redirect: target } = secondFactorRoute.useSearch();
    return <SecondFactorPage redirect={target} />;
  },
});

/** Everything behind the login: no session sends the visitor to /login?redirect=<here>. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQueryOptions);
    if (user === null) {
      throw redirect({ to: '/login', search: { redirect: safeRedirect(location.href) } });
    }
    applyUserLocale(user);
    return { user };
  },
  component: function AppRoute() {
    useSessionExpiry();
    const { user } = appRoute.useRouteContext();
    return <AuthenticatedLayout user={user} />;
  },
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: function HomeRoute() {
    const { user } = homeRoute.useRouteContext();
    return <DashboardPage user={user} />;
  },
});

const statisticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'statistieken',
  component: StatisticsPage,
});

const userManagementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'gebruikersbeheer',
  component: function UserManagementRoute() {
    const { user } = userManagementRoute.useRouteContext();
    return <UserManagementPage user={user} />;
  },
});

const userDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'gebruikersbeheer/$userId',
  validateSearch: (search: Record<string, unknown>): { tab: UserDetailTab } => ({
    tab: search['tab'] === 'autorisaties' ? 'autorisaties' : 'gegevens',
  }),
  component: function UserDetailRoute() {
    const { userId } = userDetailRoute.useParams();
    const { tab } = userDetailRoute.useSearch();
    const navigate = userDetailRoute.useNavigate();
    return (
      <UserDetailPage
        userId={userId}
        tab={tab}
        onTabChange={(next) => void navigate({ search: { tab: next }, replace: true })}
      />
    );
  },
});

const employeeImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/importeren',
  component: function EmployeeImportRoute() {
    const { user } = employeeImportRoute.useRouteContext();
    return <EmployeeImportPage user={user} />;
  },
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'instellingen',
  component: SettingsPage,
});

const employeeSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers',
  component: function EmployeeSearchRoute() {
    const { user } = employeeSearchRoute.useRouteContext();
    return <EmployeeSearchPage user={user} />;
  },
});

const addEmployeeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/nieuw',
  component: AddEmployeePage,
});

const employeeDossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/$employeeId',
  component: function EmployeeDossierRoute() {
    const { employeeId } = employeeDossierRoute.useParams();
    return <EmployeeDossierPage key={employeeId} employeeId={employeeId} />;
  },
});

/** Verzuim melden from the dashboard: choose the employee, then report. */
const reportAbsenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'verzuim-melden',
  component: ReportAbsencePage,
});

/** Datakluis(beheer); `?tab=` chooses Autorisatie, Beheeracties or Beheerdersovereenkomsten. */
const vaultRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'datakluis',
  validateSearch: (search: Record<string, unknown>): { tab?: VaultTab } =>
    vaultTabs.includes(search['tab'] as VaultTab) ? { tab: search['tab'] as VaultTab } : {},
  component: function VaultRoute() {
    const { tab } = vaultRoute.useSearch();
    const navigate = vaultRoute.useNavigate();
    return (
      <VaultPage
        tab={tab ?? 'autorisatie'}
        onTabChange={(next) => void navigate({ search: { tab: next }, replace: true })}
      />
    );
  },
});

const questionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'vragen',
  component: QuestionsPage,
});

const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'organisatiestructuur',
  component: function OrganisationRoute() {
    const { user } = organisationRoute.useRouteContext();
    return <OrganisationPage user={user} />;
  },
});

const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werkgevers',
  component: EmployersPage,
});

const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'auditlog',
  component: AuditLogPage,
});

const roleMatrixRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rollenmatrix',
  component: RoleMatrixPage,
});

export const routeTree = rootRoute.addChildren([
  authRoute.addChildren([loginRoute, secondFactorRoute, forgotRoute]),
  linkRoute.addChildren([
    resetPasswordRoute,
    accountSetupRoute,
    accountSetupFactorRoute,
    confirmEmailRoute,
  ]),
  appRoute.addChildren([
    homeRoute,
    statisticsRoute,
    userManagementRoute,
    userDetailRoute,
    employeeImportRoute,
    settingsRoute,
    questionsRoute,
    employeeSearchRoute,
    addEmployeeRoute,
    employeeDossierRoute,
    reportAbsenceRoute,
    organisationRoute,
    employersRoute,
    auditLogRoute,
    roleMatrixRoute,
    vaultRoute,
  ]),
]);
