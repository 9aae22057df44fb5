import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
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
import { ScopeEditor } from './ScopeEditor.js';
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

type Confirmation = 'reset' | 'deactivate' | 'reactivate';

function DetailsTab({ user, name }: { user: UserDetail; name: string }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUserMutation(user.id);
  const reset = useSendPasswordResetMutation(user.id);
  const deactivate = useDeactivateUserMutation(user.id);
  const reactivate = useReactivateUserMutation(user.id);
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const deactivated = user.deactivatedAt !== null;

  const actions = {
    reset: { mutation: reset, done: 'users.detail.reset.done' },
    deactivate: { mutation: deactivate, done: 'users.detail.deactivate.done' },
    reactivate: { mutation: reactivate, done: 'users.detail.reactivate.done' },
  } as const;
  const texts = {
    reset: {
      title: t('users.detail.reset.title'),
      confirm: t('users.detail.reset.confirm', { name, email: user.email }),
      submit: t('users.detail.reset.submit'),
    },
    deactivate: {
      title: t('users.detail.deactivate.title'),
      confirm: t('users.detail.deactivate.confirm', { name }),
      submit: t('users.detail.deactivate.submit'),
    },
    reactivate: {
      title: t('users.detail.reactivate.title'),
      confirm: t('users.detail.reactivate.confirm', { name }),
      submit: t('users.detail.reactivate.submit'),
    },
  };
  const failed = [reset, deactivate, reactivate].find((mutation) => mutation.isError);

  const run = (which: Confirmation) => {
    const { mutation, done } = actions[which];
    mutation.mutate(undefined, {
      onSuccess: () => notifications.show({ color: 'teal', message: i18n.t(done, { name }) }),
      onSettled: () => setConfirming(null),
    });
  };

  return (
    <Stack gap="xl">
      <Paper withBorder radius="md" p="lg">
        <UserForm
          // A fresh form after each save, filled from the stored account.
          key={JSON.stringify(user)}
          mode="edit"
          initial={user}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('users.detail.save')}
          onSubmit={(values) =>
            update.mutate(values, {
              onSuccess: () =>
                notifications.show({
                  color: 'teal',
                  message: i18n.t('users.detail.saved', { name }),
                }),
            })
          }
        />
      </Paper>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('users.detail.accountTitle')}
        </Title>
        {failed && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(failed.error)}
          </Alert>
        )}
        <Group>
          {!deactivated && (
            <Button
              color="teal"
              leftSection={<IconMailForward size={16} aria-hidden />}
              onClick={() => setConfirming('reset')}
            >
              {t('users.detail.reset.button')}
            </Button>
          )}
          {deactivated ? (
            <Button
              variant="light"
              leftSection={<IconUserCheck size={16} aria-hidden />}
              onClick={() => setConfirming('reactivate')}
            >
              {t('users.detail.reactivate.button')}
            </Button>
          ) : (
            !user.isSelf && (
              <Button
                color="red"
                variant="light"
                leftSection={<IconUserOff size={16} aria-hidden />}
                onClick={() => setConfirming('deactivate')}
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
              date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
                new Date(user.deactivatedAt ?? ''),
              ),
            })}
          </Text>
        )}
      </Stack>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming ? texts[confirming].title : ''}
      >
        {confirming && (
          <Stack>
            <Text>{texts[confirming].confirm}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                {t('users.form.cancel')}
              </Button>
              <Button
                color={confirming === 'deactivate' ? 'red' : undefined}
                loading={actions[confirming].mutation.isPending}
                onClick={() => run(confirming)}
              >
                {texts[confirming].submit}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
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
