import { Paper } from '@mantine/core';
import { IconLock, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../../../contracts/auth.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { canManageUsers } from './users.permissions.js';

export interface UserManagementPageProps {
  user: CurrentUser;
}

/** Gebruikersbeheer: the user list comes with the users module; until then, an empty state. */
export function UserManagementPage({ user }: UserManagementPageProps) {
  const { t } = useTranslation();
  const allowed = canManageUsers(user.role);
  return (
    <Page title={t('users.title')}>
      <Paper withBorder radius="md">
        {allowed ? (
          <EmptyState
            icon={<IconUsers aria-hidden stroke={1.5} />}
            title={t('users.emptyTitle')}
            description={t('users.emptyDescription')}
          />
        ) : (
          <EmptyState
            icon={<IconLock aria-hidden stroke={1.5} />}
            title={t('users.forbiddenTitle')}
            description={t('users.forbiddenDescription')}
          />
        )}
      </Paper>
    </Page>
  );
}
