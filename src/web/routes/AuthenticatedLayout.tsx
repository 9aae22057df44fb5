import { ModalsProvider } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconArchive,
  IconBuildingSkyscraper,
  IconChartBar,
  IconChecklist,
  IconClipboardList,
  IconFileCode,
  IconFileImport,
  IconHelpCircle,
  IconHierarchy2,
  IconHome,
  IconSearch,
  IconListCheck,
  IconListDetails,
  IconPlugConnected,
  IconLock,
  IconSettings,
  IconStethoscope,
  IconTable,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../contracts/auth.js';
import { roleHasPermission } from '../../contracts/permissions.js';
import { AppLayout } from '../components/AppLayout.js';
import type { NavItem } from '../components/AppLayout.js';
import { meQueryOptions, useLogoutMutation } from '../features/auth/auth.api.js';
import { IdleWarning } from '../features/auth/IdleWarning.js';
import { canImportEmployees } from '../features/integration/integration.api.js';
import { canExchangeSivi } from '../features/integration/sivi.api.js';
import { EmployerSwitch } from '../features/users/EmployerSwitch.js';
import { canManageUsers } from '../features/users/users.permissions.js';
import { AgreementGate } from '../features/vault/AgreementGate.js';
import { employerRoles } from '../../contracts/permissions.js';
import { errorMessage } from '../lib/api.js';

const iconProps = { size: 20, stroke: 1.75, 'aria-hidden': true } as const;

export interface AuthenticatedLayoutProps {
  /** The user the route guard found; the cached query wins once it changes (preferences). */
  user: CurrentUser;
  /** A page of its own instead of the route's (the not-found page inside the frame). */
  children?: ReactNode;
}

/** The application frame for logged-in users: the menu for their role and the current page. */
export function AuthenticatedLayout({ user: guardedUser, children }: AuthenticatedLayoutProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(meQueryOptions);
  const user = data ?? guardedUser;
  const logout = useLogoutMutation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  // The datakluis is the employer's: its users see it in the menu and meet its agreement gate.
  const employerUser =
    user.employer !== null && (employerRoles as readonly string[]).includes(user.role);

  const primaryItems: NavItem[] = [
    { id: 'home', label: t('nav.home'), icon: <IconHome {...iconProps} />, to: '/', exact: true },
    // The work list spans the assigned employers: no employer need be chosen first.
    ...(roleHasPermission(user.role, 'worklist.read')
      ? [
          {
            id: 'worklist',
            label: t('worklist.nav'),
            icon: <IconClipboardList {...iconProps} />,
            to: '/werklijst',
          } satisfies NavItem,
        ]
      : []),
    // Employees, users, tasks and the import are an employer's: an operator chooses one first.
    ...(roleHasPermission(user.role, 'employees.search') && user.employer
      ? [
          {
            id: 'employees',
            label: t('nav.employeeSearch'),
            icon: <IconSearch {...iconProps} />,
            to: '/werknemers',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'cases.current') && user.employer
      ? [
          {
            id: 'sick-today',
            label: t('sickToday.title'),
            icon: <IconStethoscope {...iconProps} />,
            to: '/actueel-verzuim',
          } satisfies NavItem,
        ]
      : []),
    ...(canManageUsers(user.role) && user.employer
      ? [
          {
            id: 'users',
            label: t('nav.userManagement'),
            icon: <IconUsers {...iconProps} />,
            to: '/gebruikersbeheer',
          } satisfies NavItem,
        ]
      : []),
    ...(canImportEmployees(user.role) && user.employer
      ? [
          {
            id: 'employee-import',
            label: t('integration.link'),
            icon: <IconFileImport {...iconProps} />,
            to: '/werknemers/importeren',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'organisation.read') && user.employer
      ? [
          {
            id: 'organisation',
            label: t('organisation.nav.structure'),
            icon: <IconHierarchy2 {...iconProps} />,
            to: '/organisatiestructuur',
          } satisfies NavItem,
        ]
      : []),
    ...(employerUser
      ? [
          {
            id: 'vault',
            label: t('vault.nav'),
            icon: <IconLock {...iconProps} />,
            to: '/datakluis',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'tasks.work') && user.employer
      ? [
          {
            id: 'tasks',
            label: t('tasks.page.title'),
            icon: <IconChecklist {...iconProps} />,
            to: '/taken',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'statistics.read') && user.employer
      ? [
          {
            id: 'statistics',
            label: t('nav.statistics'),
            icon: <IconChartBar {...iconProps} />,
            to: '/statistieken',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'integration.clients') && user.employer
      ? [
          {
            id: 'api-clients',
            label: t('apiClients.nav'),
            icon: <IconPlugConnected {...iconProps} />,
            to: '/koppelingen',
          } satisfies NavItem,
        ]
      : []),
    ...(canExchangeSivi(user.role) && user.employer
      ? [
          {
            id: 'sivi-import',
            label: t('sivi.import.nav'),
            icon: <IconFileCode {...iconProps} />,
            to: '/sivi-verzuimmeldingen',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'employers.manage')
      ? [
          {
            id: 'employers',
            label: t('organisation.nav.employers'),
            icon: <IconBuildingSkyscraper {...iconProps} />,
            to: '/werkgevers',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'retention.manage')
      ? [
          {
            id: 'retention',
            label: t('retention.nav'),
            icon: <IconArchive {...iconProps} />,
            to: '/bewaartermijnen',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'protocols.manage')
      ? [
          {
            id: 'protocols',
            label: t('protocols.nav'),
            icon: <IconListCheck {...iconProps} />,
            to: '/protocollen',
          } satisfies NavItem,
        ]
      : []),
    ...(roleHasPermission(user.role, 'audit.read')
      ? [
          {
            id: 'audit',
            label: t('organisation.nav.audit'),
            icon: <IconListDetails {...iconProps} />,
            to: '/auditlog',
          } satisfies NavItem,
        ]
      : []),
  ];
  const secondaryItems: NavItem[] = [
    {
      id: 'questions',
      label: t('nav.questions'),
      icon: <IconHelpCircle {...iconProps} />,
      to: '/vragen',
    },
    {
      id: 'roles',
      label: t('organisation.nav.roleMatrix'),
      icon: <IconTable {...iconProps} />,
      to: '/rollenmatrix',
    },
    {
      id: 'settings',
      label: t('nav.settings'),
      icon: <IconSettings {...iconProps} />,
      to: '/instellingen',
    },
  ];

  const onLogout = () => {
    logout.mutate(undefined, {
      onSuccess: () => void navigate({ to: '/login', search: { reason: 'logged_out' } }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('auth.logout.failed'),
          message: errorMessage(error),
        }),
    });
  };

  return (
    <AppLayout
      userName={user.displayName}
      employerName={user.employer?.name ?? t('layout.noEmployer')}
      employerSlot={<EmployerSwitch user={user} />}
      primaryItems={primaryItems}
      secondaryItems={secondaryItems}
      onLogout={onLogout}
      logoutPending={logout.isPending}
    >
      {/* Dialogs opened with `modals` render here, inside the router (their content may link). */}
      <IdleWarning />
      <ModalsProvider>
        <AgreementGate allow={!employerUser || pathname.startsWith('/instellingen')}>
          {children ?? <Outlet />}
        </AgreementGate>
      </ModalsProvider>
    </AppLayout>
  );
}
