import { type QueryClient, useQuery } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { AsyncRouteComponent } from '@tanstack/react-router';
import { type ReactNode, Suspense } from 'react';
import {
  applyUserLocale,
  type LoginReason,
  loginReasons,
  meQueryOptions,
} from '../features/auth/auth.api.js';
import { useSessionExpiry } from '../features/auth/useSessionExpiry.js';
import type { UserDetailTab } from '../features/users/UserDetailPage.js';
import { validateSickTodaySearch } from '../features/cases/sickTodaySearch.js';
import { type VaultTab, vaultTabs } from '../features/vault/vaultTabs.js';
import { NotFound } from '../components/NotFound.js';
import { PageLoader } from '../components/PageLoader.js';
import { RouteError } from '../components/RouteError.js';
import { safeRedirect } from '../lib/redirect.js';
import {
  AuthLayout,
  LoginPage,
  SecondFactorPage,
  AccountSetupPage,
  AuthenticatedLayout,
  DashboardPage,
  UserManagementPage,
  UserDetailPage,
  EmployeeImportPage,
  EmployeeSearchPage,
  EmployeeDossierPage,
  VaultPage,
  OrganisationPage,
} from './pages.js';

/**
 * A route component that renders a lazily loaded page with the route's context, params or
 * search: it carries the page's `preload`, so the router fetches the chunk before rendering
 * (and on hover) instead of suspending inside the page.
 */
function withPage<C extends () => ReactNode>(
  page: Pick<AsyncRouteComponent<never>, 'preload'>,
  component: C,
): C & Pick<AsyncRouteComponent<never>, 'preload'> {
  return Object.assign(component, { preload: page.preload });
}

export interface RouterContext {
  queryClient: QueryClient;
}

/**
 * `?redirect=/path`: where to return after logging in; `?reason=`: why the last session ended
 * (expired, logged out, or the idle limit), said above the form.
 */
interface LoginSearch {
  redirect?: string;
  reason?: LoginReason;
}

function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  const target = safeRedirect(search['redirect']);
  return {
    ...(target === undefined ? {} : { redirect: target }),
    ...(loginReasons.includes(search['reason'] as LoginReason)
      ? { reason: search['reason'] as LoginReason }
      : {}),
  };
}

/** A path no route matches: inside the app frame, with its menu, for a logged-in user. */
function RootNotFound() {
  const { data: user, isPending } = useQuery(meQueryOptions);
  useSessionExpiry();
  if (isPending) return <PageLoader />;
  if (!user) return <NotFound />;
  return (
    <Suspense fallback={<PageLoader />}>
      <AuthenticatedLayout user={user}>
        <NotFound />
      </AuthenticatedLayout>
    </Suspense>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: RootNotFound,
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
  component: withPage(LoginPage, function LoginRoute() {
    const { redirect: target, reason } = loginRoute.useSearch();
    return <LoginPage redirect={target} reason={reason} />;
  }),
});

const forgotRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'inloggegevens-vergeten',
  component: lazyRouteComponent(
    () => import('../features/auth/ForgotLoginDetailsPage.js'),
    'ForgotLoginDetailsPage',
  ),
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
  component: lazyRouteComponent(
    () => import('../features/auth/ResetPasswordPage.js'),
    'ResetPasswordPage',
  ),
});

const accountSetupRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen',
  component: withPage(AccountSetupPage, function AccountSetupRoute() {
    return <AccountSetupPage />;
  }),
});

/** After a login of an account that has no second factor yet. */
const accountSetupFactorRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'account-instellen/tweede-factor',
  component: withPage(AccountSetupPage, function AccountSetupFactorRoute() {
    return <AccountSetupPage passwordDone />;
  }),
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: 'e-mail-bevestigen',
  component: lazyRouteComponent(
    () => import('../features/auth/ConfirmEmailPage.js'),
    'ConfirmEmailPage',
  ),
});

const secondFactorRoute = createRoute({
  getParentRoute: () => authRoute,
  path: 'login/second-factor',
  component: withPage(SecondFactorPage, function SecondFactorRoute() {
    const { redirect: target } = secondFactorRoute.useSearch();
    return <SecondFactorPage redirect={target} />;
  }),
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
  component: withPage(AuthenticatedLayout, function AppRoute() {
    useSessionExpiry();
    const { user } = appRoute.useRouteContext();
    return <AuthenticatedLayout user={user} />;
  }),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: withPage(DashboardPage, function HomeRoute() {
    const { user } = homeRoute.useRouteContext();
    return <DashboardPage user={user} />;
  }),
});

const statisticsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'statistieken',
  component: lazyRouteComponent(
    () => import('../features/statistics/StatisticsPage.js'),
    'StatisticsPage',
  ),
});

const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'taken',
  component: lazyRouteComponent(() => import('../features/tasks/TasksPage.js'), 'TasksPage'),
});

const userManagementRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'gebruikersbeheer',
  component: withPage(UserManagementPage, function UserManagementRoute() {
    const { user } = userManagementRoute.useRouteContext();
    return <UserManagementPage user={user} />;
  }),
});

const userDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'gebruikersbeheer/$userId',
  validateSearch: (search: Record<string, unknown>): { tab: UserDetailTab } => ({
    tab: search['tab'] === 'autorisaties' ? 'autorisaties' : 'gegevens',
  }),
  component: withPage(UserDetailPage, function UserDetailRoute() {
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
  }),
});

const employeeImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/importeren',
  component: withPage(EmployeeImportPage, function EmployeeImportRoute() {
    const { user } = employeeImportRoute.useRouteContext();
    return <EmployeeImportPage user={user} />;
  }),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'instellingen',
  component: lazyRouteComponent(
    () => import('../features/settings/SettingsPage.js'),
    'SettingsPage',
  ),
});

const employeeSearchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers',
  /** `?afdeling=<id>`: the employees of a department (the start page's organisation tree). */
  validateSearch: (search: Record<string, unknown>): { afdeling?: string } =>
    typeof search['afdeling'] === 'string' ? { afdeling: search['afdeling'] } : {},
  component: withPage(EmployeeSearchPage, function EmployeeSearchRoute() {
    const { user } = employeeSearchRoute.useRouteContext();
    const { afdeling } = employeeSearchRoute.useSearch();
    return <EmployeeSearchPage key={afdeling} user={user} departmentId={afdeling} />;
  }),
});

const addEmployeeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/nieuw',
  component: lazyRouteComponent(
    () => import('../features/employees/AddEmployeePage.js'),
    'AddEmployeePage',
  ),
});

const employeeDossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werknemers/$employeeId',
  component: withPage(EmployeeDossierPage, function EmployeeDossierRoute() {
    const { employeeId } = employeeDossierRoute.useParams();
    return <EmployeeDossierPage key={employeeId} employeeId={employeeId} />;
  }),
});

/** Verzuim melden from the dashboard: choose the employee, then report. */
const ReportAbsencePage = lazyRouteComponent(
  () => import('../features/cases/ReportAbsencePage.js'),
  'ReportAbsencePage',
);
/** `?werknemer=<id>`: the employee chosen on Actueel verzuim. */
const reportAbsenceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'verzuim-melden',
  validateSearch: (search: Record<string, unknown>): { werknemer?: string } =>
    typeof search['werknemer'] === 'string' ? { werknemer: search['werknemer'] } : {},
  component: withPage(ReportAbsencePage, function ReportAbsenceRoute() {
    const { werknemer } = reportAbsenceRoute.useSearch();
    return <ReportAbsencePage key={werknemer} employeeId={werknemer} />;
  }),
});

/** Actueel verzuim; `?sort=&department=&page=` keep the list as the user left it. */
const SickTodayPage = lazyRouteComponent(
  () => import('../features/cases/SickTodayPage.js'),
  'SickTodayPage',
);
const sickTodayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'actueel-verzuim',
  validateSearch: validateSickTodaySearch,
  component: withPage(SickTodayPage, function SickTodayRoute() {
    const { user } = sickTodayRoute.useRouteContext();
    const search = sickTodayRoute.useSearch();
    const navigate = sickTodayRoute.useNavigate();
    return (
      <SickTodayPage
        user={user}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  }),
});

/** Datakluis(beheer); `?tab=` chooses Autorisatie, Beheeracties or Beheerdersovereenkomsten. */
const vaultRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'datakluis',
  validateSearch: (search: Record<string, unknown>): { tab?: VaultTab } =>
    vaultTabs.includes(search['tab'] as VaultTab) ? { tab: search['tab'] as VaultTab } : {},
  component: withPage(VaultPage, function VaultRoute() {
    const { tab } = vaultRoute.useSearch();
    const navigate = vaultRoute.useNavigate();
    return (
      <VaultPage
        tab={tab ?? 'autorisatie'}
        onTabChange={(next) => void navigate({ search: { tab: next }, replace: true })}
      />
    );
  }),
});

const questionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'vragen',
  component: lazyRouteComponent(() => import('../features/help/QuestionsPage.js'), 'QuestionsPage'),
});

const organisationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'organisatiestructuur',
  component: withPage(OrganisationPage, function OrganisationRoute() {
    const { user } = organisationRoute.useRouteContext();
    return <OrganisationPage user={user} />;
  }),
});

const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werkgevers',
  component: lazyRouteComponent(
    () => import('../features/organisation/EmployersPage.js'),
    'EmployersPage',
  ),
});

const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'auditlog',
  component: lazyRouteComponent(() => import('../features/audit/AuditLogPage.js'), 'AuditLogPage'),
});

const roleMatrixRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rollenmatrix',
  component: lazyRouteComponent(
    () => import('../features/help/RoleMatrixPage.js'),
    'RoleMatrixPage',
  ),
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
    tasksRoute,
    userManagementRoute,
    userDetailRoute,
    employeeImportRoute,
    settingsRoute,
    questionsRoute,
    employeeSearchRoute,
    addEmployeeRoute,
    employeeDossierRoute,
    reportAbsenceRoute,
    sickTodayRoute,
    organisationRoute,
    employersRoute,
    auditLogRoute,
    roleMatrixRoute,
    vaultRoute,
  ]),
]);
