import { Alert, Anchor, Loader, Stack } from '@mantine/core';
import { IconFolders } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.js';
import { errorMessage } from '../../lib/api.js';
import { listName, recentDossiersQuery } from './employees.api.js';

/** Recent bezochte dossiers: the user's last 10 opened dossiers, newest first. */
export function RecentDossiersWidget() {
  const { t } = useTranslation();
  const recent = useQuery(recentDossiersQuery);
  if (recent.isPending) return <Loader size="sm" aria-label={t('common.loading')} m="md" />;
  if (recent.isError) {
    return (
      <Alert color="red" variant="light" mt="md">
        {errorMessage(recent.error)}
      </Alert>
    );
  }
  if (recent.data.items.length === 0) {
    return (
      <EmptyState
        size="sm"
        icon={<IconFolders aria-hidden stroke={1.5} />}
        description={t('dashboard.widgets.recentDossiers.empty')}
      />
    );
  }
  return (
    <Stack gap={6} mt="md" component="ul" style={{ listStyle: 'none', padding: 0 }}>
      {recent.data.items.map((item) => (
        <li key={item.id}>
          <Anchor component={Link} to={`/werknemers/${item.id}`}>
            {listName(item)}
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}
