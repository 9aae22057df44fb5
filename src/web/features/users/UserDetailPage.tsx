import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconArrowLeft,
  IconMailForward,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EmployerRole, employerRoles } from '../../../contracts/permissions.js';
import type { UserDetail } from '../../../contracts/users.js';
import { Page } from '../../components/Page.js';
import { RouterAnchor } from '../../components/RouterAnchor.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { formatInstantDate } from '../../lib/dates.js';
import { ScopeEditor } from './ScopeEditor.js';
import type { ParseKeys } from 'i18next';
import { confirmAction } from '../../components/SchemaForm.js';
import { notifyFailure } from '../../lib/notify.js';
import { UserForm } from './UserForm.js';
import {
  userQueryOptions,
  useDeactivateUserMutation,
  useReactivateUserMutation,
  useSendPasswordResetMutation,
  useUpdateUserMutation,
} from './users.api.js';
import { roleLabel, statusColors, statusLabels } from './users.labels.js';

export type UserDetailTab = 'gegevens' | 'autorisaties';

export interface UserDetailPageProps {
  userId: string;
  tab: UserDetailTab;
  onTabChange: (tab: UserDetailTab) => void;
}

/** One account in Gebruikersbeheer: tabs Gegevens and Autorisaties, as in the manual. */
export function UserDetailPage({ userId, tab, onTabChange }: UserDetailPageProps) {
  const { t } = useTranslation();
  const user = useQuery(userQueryOptions(userId));
  const back = (
    <RouterAnchor to="/gebruikersbeheer" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('users.detail.back')}
      </Group>
    </RouterAnchor>
  );
  if (user.isPending) return <PageLoader />;
  if (user.isError) {
    return (
      <Page title={t('users.title')}>
        {back}
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
          {errorMessage(user.error)}
        </Alert>
      </Page>
    );
  }
  const detail = user.data.user;
  const name = `${detail.firstName} ${detail.lastName}`;
  return (
    <Page
      title={name}
      description={
        <Group gap="xs" component="span">
          <span>{roleLabel(t, detail.role)}</span>
          <Badge
            variant="light"
            color={statusColors[detail.status]}
            style={{ minWidth: 'max-content' }}
          >
            {t('users.detail.statusLabel')}: {t(statusLabels[detail.status])}
          </Badge>
        </Group>
      }
    >
      {back}
      <Tabs
        value={tab}
        onChange={(value) => onTabChange(value as UserDetailTab)}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="gegevens">{t('users.detail.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="autorisaties">{t('users.detail.tabs.authorisations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="gegevens" pt="lg">
          <DetailsTab user={detail} name={name} />
        </Tabs.Panel>
        <Tabs.Panel value="autorisaties" pt="lg">
          <Stack gap="xl">
            <RoleSection user={detail} name={name} />
            <section aria-labelledby="scope-title">
              <Title order={2} size="h4" id="scope-title" mb="sm">
                {t('users.scope.title')}
              </Title>
              <ScopeEditor userId={detail.id} userName={name} />
            </section>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function DetailsTab({ user, name }: { user: UserDetail; name: string }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUserMutation(user.id);
  const reset = useSendPasswordResetMutation(user.id);
  const deactivate = useDeactivateUserMutation(user.id);
  const reactivate = useReactivateUserMutation(user.id);
  const deactivated = user.deactivatedAt !== null;

  const confirm = (
    mutation: { mutate: (variables: undefined, options: object) => void },
    texts: { title: string; confirm: string; submit: string; done: ParseKeys },
    destructive: boolean,
  ) =>
    confirmAction({
      title: texts.title,
      message: texts.confirm,
      confirmLabel: texts.submit,
      destructive,
      onConfirm: () =>
        mutation.mutate(undefined, {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: i18n.t(texts.done, { name }) }),
          onError: notifyFailure,
        }),
    });
  const confirmReset = () =>
    confirm(
      reset,
      {
        title: t('users.detail.reset.title'),
        confirm: t('users.detail.reset.confirm', { name, email: user.email }),
        submit: t('users.detail.reset.submit'),
        done: 'users.detail.reset.done',
      },
      false,
    );
  const confirmDeactivate = () =>
    confirm(
      deactivate,
      {
        title: t('users.detail.deactivate.title'),
        confirm: t('users.detail.deactivate.confirm', { name }),
        submit: t('users.detail.deactivate.submit'),
        done: 'users.detail.deactivate.done',
      },
      true,
    );
  const confirmReactivate = () =>
    confirm(
      reactivate,
      {
        title: t('users.detail.reactivate.title'),
        confirm: t('users.detail.reactivate.confirm', { name }),
        submit: t('users.detail.reactivate.submit'),
        done: 'users.detail.reactivate.done',
      },
      false,
    );

  return (
    <Stack gap="xl">
      <Paper withBorder radius="md" p="lg">
        <UserForm
          // A fresh form after each save, filled from the stored account.
          key={JSON.stringify(user)}
          mode="edit"
          initial={user}
          submitLabel={t('users.detail.save')}
          send={update.mutateAsync}
          onSaved={() =>
            notifications.show({ color: 'teal', message: i18n.t('users.detail.saved', { name }) })
          }
        />
      </Paper>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('users.detail.accountTitle')}
        </Title>
        <Group>
          {!deactivated && (
            <Button
              color="teal"
              leftSection={<IconMailForward size={16} aria-hidden />}
              onClick={confirmReset}
            >
              {t('users.detail.reset.button')}
            </Button>
          )}
          {deactivated ? (
            <Button
              variant="light"
              leftSection={<IconUserCheck size={16} aria-hidden />}
              onClick={confirmReactivate}
            >
              {t('users.detail.reactivate.button')}
            </Button>
          ) : (
            !user.isSelf && (
              <Button
                color="red"
                variant="light"
                leftSection={<IconUserOff size={16} aria-hidden />}
                onClick={confirmDeactivate}
              >
                {t('users.detail.deactivate.button')}
              </Button>
            )
          )}
        </Group>
        {user.isSelf && (
          <Text size="sm" c="dimmed">
            {t('users.detail.selfNote')}
          </Text>
        )}
        {deactivated && (
          <Text size="sm" c="dimmed">
            {t('users.detail.deactivatedOn', {
              date: formatInstantDate(user.deactivatedAt ?? '', i18n.language),
            })}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}

/** "Gebruikersrol beheren": the role at this employer. */
function RoleSection({ user, name }: { user: UserDetail; name: string }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUserMutation(user.id);
  const [role, setRole] = useState(user.role);
  return (
    <section aria-labelledby="role-title">
      <Title order={2} size="h4" id="role-title" mb="sm">
        {t('users.role.title')}
      </Title>
      <Stack gap="sm" maw={480}>
        <NativeSelect
          label={t('users.form.role')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value)}
          data={employerRoles.map((entry) => ({ value: entry, label: roleLabel(t, entry) }))}
          error={update.isError ? errorMessage(update.error) : undefined}
        />
        <Group>
          <Button
            variant="light"
            disabled={role === user.role}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { role: role as EmployerRole },
                {
                  onSuccess: () =>
                    notifications.show({
                      color: 'teal',
                      message: i18n.t('users.role.saved', { name }),
                    }),
                },
              )
            }
          >
            {t('users.role.save')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
