import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { applyUserLocale, meQueryOptions } from '../features/auth/auth.api.js';
import { useSessionExpiry } from '../features/auth/useSessionExpiry.js';
import { validateSickTodaySearch } from '../features/cases/sickTodaySearch.js';
import type { UserDetailTab } from '../features/users/UserDetailPage.js';
import { type VaultTab, vaultTabs } from '../features/vault/vaultTabs.js';
import { safeRedirect } from '../lib/redirect.js';
import {
  AuthenticatedLayout,
  DashboardPage,
  EmployeeDossierPage,
  EmployeeImportPage,
  SiviImportPage,
  EmployeeSearchPage,
  OrganisationPage,
  UserDetailPage,
  UserManagementPage,
  VaultPage,
  withPage,
} from './pages.js';
import { rootRoute } from './rootRoute.js';

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

/**
 * Pages about one employer's people. An operator serves every employer and may not have chosen
 * one yet: a typed or bookmarked address of such a page leads to the start page, which asks for
 * that choice, instead of a page whose every request the server refuses.
 */
const employerBoundRoute = createRoute({
  getParentRoute: () => appRoute,
  id: 'employer-bound',
  beforeLoad: ({ context }) => {
    if (context.user.employer === null) throw redirect({ to: '/' });
  },
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
  getParentRoute: () => employerBoundRoute,
  path: 'statistieken',
  component: lazyRouteComponent(
    () => import('../features/statistics/StatisticsPage.js'),
    'StatisticsPage',
  ),
});

const tasksRoute = createRoute({
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
  path: 'werknemers/importeren',
  component: withPage(EmployeeImportPage, function EmployeeImportRoute() {
    const { user } = employeeImportRoute.useRouteContext();
    return <EmployeeImportPage user={user} />;
  }),
});

const siviImportRoute = createRoute({
  getParentRoute: () => employerBoundRoute,
  path: 'sivi-verzuimmeldingen',
  component: withPage(SiviImportPage, function SiviImportRoute() {
    const { user } = siviImportRoute.useRouteContext();
    return <SiviImportPage user={user} />;
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
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
  path: 'werknemers/nieuw',
  component: lazyRouteComponent(
    () => import('../features/employees/AddEmployeePage.js'),
    'AddEmployeePage',
  ),
});

const employeeDossierRoute = createRoute({
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
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
  getParentRoute: () => employerBoundRoute,
  path: 'organisatiestructuur',
  component: withPage(OrganisationPage, function OrganisationRoute() {
    const { user } = organisationRoute.useRouteContext();
    return <OrganisationPage user={user} />;
  }),
});

const apiClientsRoute = createRoute({
  getParentRoute: () => employerBoundRoute,
  path: 'koppelingen',
  component: lazyRouteComponent(
    () => import('../features/integration/ApiClientsPage.js'),
    'ApiClientsPage',
  ),
});

const employersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werkgevers',
  component: lazyRouteComponent(
    () => import('../features/organisation/EmployersPage.js'),
    'EmployersPage',
  ),
});

/** Werkgever aansluiten (operator admin): employer, departments and super user in one flow. */
const onboardEmployerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werkgevers/aansluiten',
  component: lazyRouteComponent(
    () => import('../features/organisation/OnboardEmployerPage.js'),
    'OnboardEmployerPage',
  ),
});

/** Bewaartermijnen: the operator admin's clean-up across employers. */
const retentionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'bewaartermijnen',
  component: lazyRouteComponent(
    () => import('../features/retention/RetentionPage.js'),
    'RetentionPage',
  ),
});

const protocolsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'protocollen',
  component: lazyRouteComponent(
    () => import('../features/protocols/ProtocolsPage.js'),
    'ProtocolsPage',
  ),
});

const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'auditlog',
  component: lazyRouteComponent(() => import('../features/audit/AuditLogPage.js'), 'AuditLogPage'),
});

/** Werklijst: across the employers assigned to the user, so no employer need be chosen. */
const WorklistPage = lazyRouteComponent(
  () => import('../features/worklist/WorklistPage.js'),
  'WorklistPage',
);
const worklistRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'werklijst',
  component: withPage(WorklistPage, function WorklistRoute() {
    const { user } = worklistRoute.useRouteContext();
    return <WorklistPage user={user} />;
  }),
});

const roleMatrixRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'rollenmatrix',
  component: lazyRouteComponent(
    () => import('../features/help/RoleMatrixPage.js'),
    'RoleMatrixPage',
  ),
});

/** Everything behind the login, each page a chunk of its own. */
export const appRoutes = appRoute.addChildren([
  homeRoute,
  userManagementRoute,
  userDetailRoute,
  settingsRoute,
  questionsRoute,
  employersRoute,
  onboardEmployerRoute,
  retentionRoute,
  protocolsRoute,
  auditLogRoute,
  roleMatrixRoute,
  worklistRoute,
  employerBoundRoute.addChildren([
    statisticsRoute,
    tasksRoute,
    employeeImportRoute,
    employeeSearchRoute,
    addEmployeeRoute,
    employeeDossierRoute,
    reportAbsenceRoute,
    sickTodayRoute,
    organisationRoute,
    apiClientsRoute,
    siviImportRoute,
    vaultRoute,
  ]),
]);
