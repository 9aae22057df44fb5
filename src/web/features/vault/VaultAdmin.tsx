import { Button, Group, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  accessRequestListResponseSchema,
  authorisationResponseSchema,
  VaultAccessLevel,
} from '../../../contracts/vault.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { confirmAction } from '../../components/SchemaForm.js';
import { formatDateTime } from '../../lib/dates.js';
import { notifyFailure } from '../../lib/notify.js';
import {
  accessRequestsQuery,
  authorisationQuery,
  useDecideRequest,
  useSetAccess,
} from './vault.api.js';

type AuthorisedUser = z.infer<typeof authorisationResponseSchema>['users'][number];
type AccessRequest = z.infer<typeof accessRequestListResponseSchema>['requests'][number];

/** Autorisatie: who may see the datakluis, and who manages it. */
export function Authorisation() {
  const { t } = useTranslation();
  const list = useQuery(authorisationQuery);
  const setAccess = useSetAccess();
  const change = (user: AuthorisedUser, level: VaultAccessLevel) =>
    setAccess.mutate(
      { userId: user.userId, level },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t('vault.authorisation.saved', { name: user.displayName }),
          }),
        onError: notifyFailure,
      },
    );
  const columns: DataColumn<AuthorisedUser>[] = [
    {
      key: 'name',
      header: t('vault.authorisation.name'),
      cell: (user) => (
        <>
          <Text size="sm">{user.displayName}</Text>
          <Text size="xs" c="dimmed">
            {user.email}
          </Text>
        </>
      ),
    },
    {
      key: 'access',
      header: t('vault.authorisation.access'),
      cell: (user) => (
        <Switch
          aria-label={t('vault.authorisation.accessFor', { name: user.displayName })}
          checked={user.level !== 'none'}
          disabled={setAccess.isPending}
          onChange={(event) => change(user, event.currentTarget.checked ? 'access' : 'none')}
        />
      ),
    },
    {
      key: 'admin',
      header: t('vault.authorisation.admin'),
      cell: (user) => (
        <Switch
          aria-label={t('vault.authorisation.adminFor', { name: user.displayName })}
          checked={user.level === 'admin'}
          disabled={setAccess.isPending}
          onChange={(event) => change(user, event.currentTarget.checked ? 'admin' : 'access')}
        />
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.authorisation.intro')}
      </Text>
      <DataTable
        caption={t('vault.page.tabs.authorisation')}
        columns={columns}
        rows={list.data?.users}
        rowKey={(user) => user.userId}
        error={list.error}
        empty={{ description: t('vault.authorisation.intro') }}
      />
    </Stack>
  );
}

/** Beheeracties: the access requests, approved at once or refused after a confirmation. */
export function Requests() {
  const { t, i18n } = useTranslation();
  const list = useQuery(accessRequestsQuery);
  const decide = useDecideRequest();
  const run = (request: AccessRequest, decision: 'approved' | 'refused') =>
    decide.mutate(
      { id: request.id, decision },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message:
              decision === 'approved'
                ? t('vault.requests.approvedNotice', { name: request.displayName })
                : t('vault.requests.refusedNotice', { name: request.displayName }),
          }),
        onError: notifyFailure,
      },
    );
  const refuse = (request: AccessRequest) =>
    confirmAction({
      title: t('vault.requests.confirmRefuseTitle'),
      message: t('vault.requests.confirmRefuse', { name: request.displayName }),
      confirmLabel: t('vault.requests.refuse'),
      onConfirm: () => run(request, 'refused'),
    });
  const statusLabel = {
    pending: t('vault.requests.pending'),
    approved: t('vault.requests.approved'),
    refused: t('vault.requests.refused'),
  };
  const columns: DataColumn<AccessRequest>[] = [
    { key: 'name', header: t('vault.authorisation.name'), cell: (r) => r.displayName },
    {
      key: 'requestedAt',
      header: t('vault.requests.requestedAt'),
      cell: (r) => formatDateTime(r.requestedAt, i18n.language, 'short'),
    },
    { key: 'status', header: t('vault.requests.status'), cell: (r) => statusLabel[r.status] },
    {
      key: 'actions',
      header: t('vault.requests.actions'),
      hideHeader: true,
      cell: (request) =>
        request.status === 'pending' && (
          <Group gap="xs" justify="flex-end">
            <Button size="xs" loading={decide.isPending} onClick={() => run(request, 'approved')}>
              {t('vault.requests.approve')}
            </Button>
            <Button size="xs" variant="default" onClick={() => refuse(request)}>
              {t('vault.requests.refuse')}
            </Button>
          </Group>
        ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.requests.intro')}
      </Text>
      <DataTable
        caption={t('vault.page.tabs.requests')}
        columns={columns}
        rows={list.data?.requests}
        rowKey={(request) => request.id}
        error={list.error}
        empty={{
          description: t('vault.requests.empty'),
          icon: <IconLock aria-hidden stroke={1.5} />,
        }}
      />
    </Stack>
  );
}
