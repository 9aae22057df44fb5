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
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { roleSchema } from '../../../contracts/permissions.js';
import type { UserStatus, UserSummary } from '../../../contracts/users.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { errorMessage } from '../../lib/api.js';
import { usersQueryOptions, useUnblockUserMutation } from './users.api.js';
import { canManageUsers } from './users.permissions.js';

const statusLabels = {
  active: 'users.status.active',
  blocked: 'users.status.blocked',
  expired: 'users.status.expired',
  invited: 'users.status.invited',
} as const satisfies Record<UserStatus, string>;

const statusColors: Record<UserStatus, string> = {
  active: 'teal',
  blocked: 'red',
  expired: 'gray',
  invited: 'blue',
};

const roleLabels = {
  super_user: 'users.roles.super_user',
  super_user_no_signals: 'users.roles.super_user_no_signals',
  super_user_integration: 'users.roles.super_user_integration',
  super_user_integration_no_signals: 'users.roles.super_user_integration_no_signals',
  super_user_integration_sick_only: 'users.roles.super_user_integration_sick_only',
  manager_with_reports: 'users.roles.manager_with_reports',
  manager_without_reports: 'users.roles.manager_without_reports',
  absence_reporter: 'users.roles.absence_reporter',
  operator_admin: 'users.roles.operator_admin',
  case_manager: 'users.roles.case_manager',
  company_doctor: 'users.roles.company_doctor',
} as const;

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
  const list = useQuery(usersQueryOptions);
  const unblock = useUnblockUserMutation();
  const [query, setQuery] = useState('');
  const [unblocking, setUnblocking] = useState<UserSummary | null>(null);

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

  const roleOf = (role: string) => {
    const parsed = roleSchema.safeParse(role);
    return parsed.success ? t(roleLabels[parsed.data]) : role;
  };

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
  if (list.data.users.length === 0) {
    return (
      <Paper withBorder radius="md">
        <EmptyState
          icon={<IconUsers aria-hidden stroke={1.5} />}
          title={t('users.emptyTitle')}
          description={t('users.emptyDescription')}
        />
      </Paper>
    );
  }

  return (
    <Stack gap="md">
      <TextInput
        label={t('users.search')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        type="search"
        maw={420}
      />
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
                      {entry.displayName}
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
