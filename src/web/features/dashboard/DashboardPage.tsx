import { Alert, SimpleGrid } from '@mantine/core';
import {
  IconBolt,
  IconBuildingSkyscraper,
  IconChecklist,
  IconFolders,
  IconHierarchy2,
  IconLock,
  IconStethoscope,
  IconUserQuestion,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { RecentDossiersWidget } from '../employees/RecentDossiersWidget.js';
import {
  absenceActions,
  CurrentAbsenceWidget,
  SickTodayCountWidget,
} from '../cases/DashboardWidgets.js';
import { OrganisationWidget } from '../organisation/OrganisationWidget.js';
import { ActionsWidget, type DashboardAction } from './ActionsWidget.js';
import { useShowsVaultWidget, VaultRequestsWidget } from '../vault/VaultRequestsWidget.js';
import { DashboardWidget } from './DashboardWidget.js';
import { TasksWidget } from '../tasks/TasksWidget.js';

export interface DashboardPageProps {
  user: CurrentUser;
}

const iconProps = { 'aria-hidden': true, stroke: 1.5 } as const;

/** Startpagina: a grid of widgets; those whose module does not exist yet show their empty state. */
export function DashboardPage({ user }: DashboardPageProps) {
  const { t } = useTranslation();
  // An operator serves every employer and has chosen none yet: the employer-bound widgets wait for
  // the choice instead of asking the server for data it refuses without one.
  const employerChosen = user.employer !== null;
  const showsVaultWidget = useShowsVaultWidget(employerChosen);
  const needsEmployer = t('dashboard.chooseEmployer.widget');
  const actions: DashboardAction[] = [
    ...(employerChosen && roleHasPermission(user.role, 'employees.write')
      ? [{ key: 'add-employee', label: 'employees.search.add', to: '/werknemers/nieuw' } as const]
      : []),
    ...(employerChosen ? absenceActions(user.role) : []),
    ...(showsVaultWidget
      ? [{ key: 'vault', label: 'vault.page.adminTitle', to: '/datakluis' } as const]
      : []),
  ];
  const widgets: { id: string; title: string; empty: string; icon: ReactNode; body?: ReactNode }[] =
    [
      {
        id: 'recent-dossiers',
        title: t('dashboard.widgets.recentDossiers.title'),
        empty: employerChosen ? t('dashboard.widgets.recentDossiers.empty') : needsEmployer,
        icon: <IconFolders {...iconProps} />,
        ...(employerChosen && roleHasPermission(user.role, 'employees.read')
          ? { body: <RecentDossiersWidget /> }
          : {}),
      },
      {
        id: 'tasks',
        title: t('dashboard.widgets.tasks.title'),
        empty: employerChosen ? t('dashboard.widgets.tasks.empty') : needsEmployer,
        icon: <IconChecklist {...iconProps} />,
        ...(employerChosen && roleHasPermission(user.role, 'tasks.work')
          ? { body: <TasksWidget /> }
          : {}),
      },
      ...(roleHasPermission(user.role, 'organisation.read')
        ? [
            {
              id: 'organisation',
              title: t('dashboard.widgets.organisation.title'),
              empty: employerChosen ? t('dashboard.widgets.organisation.empty') : needsEmployer,
              icon: <IconHierarchy2 {...iconProps} />,
              ...(employerChosen ? { body: <OrganisationWidget /> } : {}),
            },
          ]
        : []),
      {
        id: 'current-absence',
        title: t('dashboard.widgets.currentAbsence.title'),
        empty: employerChosen ? t('dashboard.widgets.currentAbsence.empty') : needsEmployer,
        icon: <IconStethoscope {...iconProps} />,
        ...(!employerChosen
          ? {}
          : roleHasPermission(user.role, 'cases.read')
            ? { body: <CurrentAbsenceWidget /> }
            : roleHasPermission(user.role, 'cases.current')
              ? { body: <SickTodayCountWidget /> }
              : {}),
      },
      {
        id: 'actions',
        title: t('dashboard.widgets.actions.title'),
        empty: t('dashboard.widgets.actions.empty'),
        icon: <IconBolt {...iconProps} />,
        ...(actions.length > 0 ? { body: <ActionsWidget actions={actions} /> } : {}),
      },
      ...(showsVaultWidget
        ? [
            {
              id: 'vault-requests',
              title: t('vault.widget.title'),
              empty: t('vault.widget.none'),
              icon: <IconLock {...iconProps} />,
              body: <VaultRequestsWidget />,
            },
          ]
        : []),
    ];

  return (
    <Page
      title={t('dashboard.title')}
      description={t('dashboard.welcome', { name: user.displayName })}
    >
      {!employerChosen && (
        <Alert
          color="blue"
          variant="light"
          icon={<IconBuildingSkyscraper aria-hidden />}
          title={t('dashboard.chooseEmployer.title')}
          role="status"
        >
          {t('dashboard.chooseEmployer.text')}
        </Alert>
      )}
      {user.seesNoEmployees && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconUserQuestion aria-hidden />}
          title={t('users.noScopeNotice.title')}
          role="status"
        >
          {t('users.noScopeNotice.text')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {widgets.map((widget) => (
          <DashboardWidget key={widget.id} title={widget.title}>
            {widget.body ?? <EmptyState size="sm" icon={widget.icon} description={widget.empty} />}
          </DashboardWidget>
        ))}
      </SimpleGrid>
    </Page>
  );
}
