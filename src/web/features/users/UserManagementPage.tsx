import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconLockOpen, IconSearch, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { UserSummary } from '../../../contracts/users.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ForbiddenPanel } from '../../components/ForbiddenPanel.js';
import { Page } from '../../components/Page.js';
import { RouterAnchor } from '../../components/RouterAnchor.js';
import { errorMessage } from '../../lib/api.js';
import { notifyFailure } from '../../lib/notify.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { confirmAction, openDialog } from '../../components/SchemaForm.js';
import { UserForm } from './UserForm.js';
import { useCreateUserMutation, usersQueryOptions, useUnblockUserMutation } from './users.api.js';
import { roleLabel, statusColors, statusLabels } from './users.labels.js';
import { canManageUsers } from './users.permissions.js';

/** Lower case without accents, so "bakker" finds "Bäkker" and "BAKKER". */
const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export interface UserManagementPageProps {
  user: CurrentUser;
}

/** Gebruikersbeheer: the accounts of the employer, searchable; blocked ones can be unblocked. */
export function UserManagementPage({ user }: UserManagementPageProps) {
  const { t } = useTranslation();
  const allowed = canManageUsers(user.role);
  return (
    <Page title={t('users.title')}>
      {allowed ? (
        <UserList employerName={user.employer?.name ?? ''} />
      ) : (
        <ForbiddenPanel
          title={t('users.forbiddenTitle')}
          description={t('users.forbiddenDescription')}
        />
      )}
    </Page>
  );
}

function UserList({ employerName }: { employerName: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const list = useQuery(usersQueryOptions);
  const unblock = useUnblockUserMutation();
  const create = useCreateUserMutation();
  const [query, setQuery] = useState('');

  const visible = useMemo(() => {
    const needle = normalise(query.trim());
    const all = list.data?.users ?? [];
    if (needle === '') return all;
    return all.filter(
      (entry) =>
        normalise(entry.displayName).includes(needle) ||
        normalise(entry.loginName).includes(needle),
    );
  }, [list.data, query]);

  if (list.isPending) {
    return <Loader size="sm" aria-label={t('common.loading')} />;
  }
  if (list.isError) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{errorMessage(list.error)}</Text>
          <Button size="xs" variant="default" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  const add = () =>
    openDialog({
      title: t('users.add.title'),
      content: (close) => (
        <UserForm
          mode="add"
          submitLabel={t('users.add.submit')}
          onCancel={close}
          send={async (request) => {
            const { user } = await create.mutateAsync(request);
            close();
            notifications.show({
              color: 'teal',
              message: i18n.t('users.add.done', {
                name: `${user.firstName} ${user.lastName}`,
                email: user.email,
              }),
            });
            void navigate({
              to: '/gebruikersbeheer/$userId',
              params: { userId: user.id },
              search: { tab: request.inheritScope ? 'gegevens' : 'autorisaties' },
            });
          }}
        />
      ),
    });
  const addButton = <Button onClick={add}>{t('users.add.button')}</Button>;

  const confirmUnblock = (entry: UserSummary) =>
    confirmAction({
      title: t('users.unblock.title'),
      message: t('users.unblock.confirm', { name: entry.displayName, loginName: entry.loginName }),
      confirmLabel: t('users.unblock.submit'),
      destructive: false,
      onConfirm: () =>
        unblock.mutate(entry.id, {
          onSuccess: () =>
            notifications.show({
              color: 'teal',
              message: i18n.t('users.unblock.done', { name: entry.displayName }),
            }),
          onError: notifyFailure,
        }),
    });

  if (list.data.users.length === 0) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          icon={<IconUsers aria-hidden stroke={1.5} />}
          title={t('users.emptyTitle')}
          description={t('users.emptyDescription')}
        >
          {addButton}
        </EmptyState>
      </Paper>
    );
  }

  const columns: DataColumn<UserSummary>[] = [
    {
      key: 'name',
      header: t('users.columns.name'),
      rowHeader: true,
      cell: (entry) => (
        <RouterAnchor
          to="/gebruikersbeheer/$userId"
          params={{ userId: entry.id }}
          search={{ tab: 'gegevens' }}
        >
          {entry.displayName}
        </RouterAnchor>
      ),
    },
    { key: 'loginName', header: t('users.columns.loginName'), cell: (entry) => entry.loginName },
    { key: 'email', header: t('users.columns.email'), cell: (entry) => entry.email },
    { key: 'role', header: t('users.columns.role'), cell: (entry) => roleLabel(t, entry.role) },
    {
      key: 'status',
      header: t('users.columns.status'),
      cell: (entry) => (
        <Badge
          variant="light"
          color={statusColors[entry.status]}
          // Never cut short in a narrow column.
          style={{ minWidth: 'max-content' }}
        >
          {t(statusLabels[entry.status])}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: t('users.columns.actions'),
      cell: (entry) =>
        entry.status === 'blocked' && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconLockOpen size={14} aria-hidden />}
            aria-label={t('users.unblock.buttonLabel', { name: entry.displayName })}
            onClick={() => confirmUnblock(entry)}
          >
            {t('users.unblock.button')}
          </Button>
        ),
    },
  ];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('users.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          w={420}
          maw="100%"
        />
        {addButton}
      </Group>
      <Paper withBorder radius="md" p="xs">
        <DataTable
          caption={t('users.tableCaption', { employer: employerName })}
          showCaption
          columns={columns}
          rows={visible}
          rowKey={(entry) => entry.id}
          empty={{
            description: t('users.noMatches', { query: query.trim() }),
            icon: <IconSearch aria-hidden stroke={1.5} />,
          }}
          minWidth={720}
          tableProps={{ highlightOnHover: true }}
        />
      </Paper>
    </Stack>
  );
}
