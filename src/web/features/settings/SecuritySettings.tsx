import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLockOpen } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api.js';
import { formatDateTime, formatTime } from '../../lib/dates.js';
import { FactorsSettings } from '../factors/FactorsSettings.js';
import {
  sessionsQueryOptions,
  stepUpQueryKey,
  stepUpQueryOptions,
  useEndOtherSessionsMutation,
  useEndSessionMutation,
} from './settings.api.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import type { SessionInfo } from '../../../contracts/auth.js';
import { ChangeEmailForm, ChangePasswordForm } from './AccountForms.js';
import { deviceName } from './device-name.js';
import { StepUpForm } from './StepUpForm.js';

/**
 * Instellingen > Beveiliging. Everything here needs a step-up: the password and a second factor
 * again, valid for 5 minutes. Then: e-mail address, password, sessions and second factors.
 */
export function SecuritySettings() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const stepUp = useQuery(stepUpQueryOptions);

  // When the 5 minutes are over, ask again.
  const until = stepUp.data?.until;
  useEffect(() => {
    if (!until) return;
    const wait = new Date(until).getTime() - Date.now();
    const timer = setTimeout(
      () => void queryClient.invalidateQueries({ queryKey: stepUpQueryKey }),
      Math.max(wait, 0) + 500,
    );
    return () => clearTimeout(timer);
  }, [until, queryClient]);

  if (stepUp.isPending) return <Loader aria-label={t('common.loading')} />;
  if (stepUp.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
        {errorMessage(stepUp.error)}
      </Alert>
    );
  }
  if (!stepUp.data.fresh) return <StepUpForm />;

  return (
    <Stack gap="xl">
      <Alert color="teal" variant="light" icon={<IconLockOpen aria-hidden />} role="status">
        {t('settings.security.unlockedUntil', {
          time: stepUp.data.until ? formatTime(stepUp.data.until, i18n.language) : '',
        })}
      </Alert>
      <ChangePasswordForm />
      <ChangeEmailForm />
      <SessionsList />
      <FactorsSettings />
    </Stack>
  );
}

function SessionsList() {
  const { t, i18n } = useTranslation();
  const sessions = useQuery(sessionsQueryOptions);
  const endOne = useEndSessionMutation();
  const endOthers = useEndOtherSessionsMutation();
  const when = (iso: string) => formatDateTime(iso, i18n.language, 'short');
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: i18n.t('common.errorTitle'),
      message: errorMessage(error),
    });

  const columns: DataColumn<SessionInfo>[] = [
    {
      key: 'device',
      header: t('settings.security.device'),
      cell: (session) => (
        <Text size="sm" title={session.userAgent ?? undefined}>
          {deviceName(session.userAgent, t)}
        </Text>
      ),
    },
    { key: 'ip', header: t('settings.security.ipAddress'), cell: (session) => session.ip ?? '—' },
    {
      key: 'lastSeen',
      header: t('settings.security.lastSeen'),
      cell: (session) => when(session.lastSeenAt),
    },
    {
      key: 'actions',
      header: t('settings.security.actions'),
      hideHeader: true,
      cell: (session) =>
        session.current ? (
          <Badge variant="light">{t('settings.security.thisSession')}</Badge>
        ) : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={endOne.isPending && endOne.variables === session.id}
            onClick={() => endOne.mutate(session.id, { onError: failed })}
          >
            {t('settings.security.endSession')}
          </Button>
        ),
    },
  ];

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('settings.security.sessionsTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('settings.security.sessionsIntro')}
      </Text>
      <DataTable
        caption={t('settings.security.sessionsTitle')}
        columns={columns}
        rows={sessions.data?.sessions}
        rowKey={(session) => session.id}
        error={sessions.error}
        empty={{ description: t('settings.security.sessionsIntro') }}
      />
      <Group>
        <Button
          variant="light"
          color="red"
          loading={endOthers.isPending}
          disabled={(sessions.data?.sessions.length ?? 0) <= 1}
          onClick={() => endOthers.mutate(undefined, { onError: failed })}
        >
          {t('settings.security.endOthers')}
        </Button>
      </Group>
    </Stack>
  );
}
