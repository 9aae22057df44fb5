import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconLock,
  IconLockOpen,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import type { UserSummary } from '../../../contracts/users.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { RouterAnchor } from '../../components/RouterAnchor.js';
import { errorMessage } from '../../lib/api.js';
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
        <Paper withBorder radius="md">
          <EmptyState
            icon={<IconLock aria-hidden stroke={1.5} />}
            title={t('users.forbiddenTitle')}
            description={t('users.forbiddenDescription')}
          />
        </Paper>
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
  const [unblocking, setUnblocking] = useState<UserSummary | null>(null);
  const [adding, setAdding] = useState(false);

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

  const roleOf = (role: string) => roleLabel(t, role);

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
  const addButton = (
    <Button
      onClick={() => {
        create.reset();
        setAdding(true);
      }}
    >
      {t('users.add.button')}
    </Button>
  );
  const addModal = (
    <Modal opened={adding} onClose={() => setAdding(false)} title={t('users.add.title')} size="lg">
      <UserForm
        mode="add"
        pending={create.isPending}
        error={create.error}
        submitLabel={t('users.add.submit')}
        onCancel={() => setAdding(false)}
        onSubmit={(values) => {
          if (values.role === undefined || values.inheritScope === undefined) return;
          const inheritScope = values.inheritScope;
          create.mutate(
            { ...values, role: values.role, inheritScope },
            {
              onSuccess: ({ user }) => {
                setAdding(false);
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
                  search: { tab: inheritScope ? 'gegevens' : 'autorisaties' },
                });
              },
            },
          );
        }}
      />
    </Modal>
  );

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
        {addModal}
      </Paper>
    );
  }

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
      {unblock.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(unblock.error)}
        </Alert>
      )}
      <Paper withBorder radius="md">
        {visible.length === 0 ? (
          <EmptyState
            size="sm"
            icon={<IconSearch aria-hidden stroke={1.5} />}
            description={t('users.noMatches', { query: query.trim() })}
          />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>{t('users.tableCaption', { employer: employerName })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.loginName')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.email')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
                  <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visible.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Th scope="row" fw={500}>
                      <RouterAnchor
                        to="/gebruikersbeheer/$userId"
                        params={{ userId: entry.id }}
                        search={{ tab: 'gegevens' }}
                      >
                        {entry.displayName}
                      </RouterAnchor>
                    </Table.Th>
                    <Table.Td>{entry.loginName}</Table.Td>
                    <Table.Td>{entry.email}</Table.Td>
                    <Table.Td>{roleOf(entry.role)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={statusColors[entry.status]}
                        // Never cut short in a narrow column.
                        style={{ minWidth: 'max-content' }}
                      >
                        {t(statusLabels[entry.status])}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {entry.status === 'blocked' && (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconLockOpen size={14} aria-hidden />}
                          aria-label={t('users.unblock.buttonLabel', { name: entry.displayName })}
                          onClick={() => {
                            unblock.reset();
                            setUnblocking(entry);
                          }}
                        >
                          {t('users.unblock.button')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      {addModal}
      <Modal
        opened={unblocking !== null}
        onClose={() => setUnblocking(null)}
        title={t('users.unblock.title')}
      >
        <Stack>
          <Text>
            {unblocking &&
              t('users.unblock.confirm', {
                name: unblocking.displayName,
                loginName: unblocking.loginName,
              })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUnblocking(null)}>
              {t('users.unblock.cancel')}
            </Button>
            <Button
              loading={unblock.isPending}
              onClick={() => {
                if (!unblocking) return;
                const name = unblocking.displayName;
                unblock.mutate(unblocking.id, {
                  onSuccess: () =>
                    notifications.show({
                      color: 'teal',
                      message: i18n.t('users.unblock.done', { name }),
                    }),
                  onSettled: () => setUnblocking(null),
                });
              }}
            >
              {t('users.unblock.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
