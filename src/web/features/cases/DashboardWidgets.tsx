import { Alert, Anchor, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { roleHasPermission } from '../../../contracts/permissions.js';
import { EmptyState } from '../../components/EmptyState.js';
import { errorMessage } from '../../lib/api.js';
import { formatNumber } from '../../lib/dates.js';
import type { DashboardAction } from '../dashboard/ActionsWidget.js';
import { currentAbsenceQuery, sickTodayQuery } from './cases.api.js';

/** Huidig verzuim: employees of the user's scope sick today, as a count and a percentage. */
export function CurrentAbsenceWidget() {
  const { t, i18n } = useTranslation();
  const absence = useQuery(currentAbsenceQuery);
  if (absence.isPending) return <Loader size="sm" aria-label={t('common.loading')} m="md" />;
  if (absence.isError) {
    return (
      <Alert color="red" variant="light" mt="md">
        {errorMessage(absence.error)}
      </Alert>
    );
  }
  const { sick, employed, percentage } = absence.data;
  if (employed === 0) return <EmptyState size="sm" description={t('cases.dashboard.none')} />;
  return (
    <Stack gap={4} mt="sm" data-testid="current-absence">
      <Text size="xl" fw={700}>
        {t('cases.dashboard.percentage', {
          percentage: formatNumber(percentage ?? 0, i18n.language),
        })}
      </Text>
      <Anchor component={Link} to="/actueel-verzuim" size="sm">
        {t('cases.dashboard.sick', { sick, employed })}
      </Anchor>
    </Stack>
  );
}

/**
 * Actueel verzuim for a role that sees who is sick but no figures (the verzuimmelder): how many
 * are sick today, opening the list.
 */
export function SickTodayCountWidget() {
  const { t } = useTranslation();
  const sick = useQuery(sickTodayQuery({ page: 1, pageSize: 1 }));
  if (sick.isPending) return <Loader size="sm" aria-label={t('common.loading')} m="md" />;
  if (sick.isError) {
    return (
      <Alert color="red" variant="light" mt="md">
        {errorMessage(sick.error)}
      </Alert>
    );
  }
  return (
    <Stack gap={4} mt="sm" data-testid="sick-today-count">
      <Text size="xl" fw={700}>
        {t('sickToday.count', { count: sick.data.total })}
      </Text>
      <Anchor component={Link} to="/actueel-verzuim" size="sm">
        {t('sickToday.widget.open')}
      </Anchor>
    </Stack>
  );
}

/** The absence actions of the Acties widget that the role may take. */
export function absenceActions(role: string): DashboardAction[] {
  if (!roleHasPermission(role, 'cases.report')) return [];
  return [
    { key: 'report-sick', label: 'cases.dashboard.reportSick', to: '/verzuim-melden' },
    // Who recovers is one of those sick today: pick from that list.
    {
      key: 'report-recovered',
      label: 'cases.dashboard.reportRecovered',
      to: '/actueel-verzuim',
      search: { doel: 'herstel' },
    },
  ];
}
