import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/PageLoader.js';

import { vaultStatusQuery } from './vault.api.js';

/** Startpagina widget "Autorisatieverzoek Datakluis": pending access requests, for vault admins. */
export function VaultRequestsWidget() {
  const { t } = useTranslation();
  const status = useQuery(vaultStatusQuery);
  if (status.isPending) return <PageLoader />;
  const count = status.data?.pendingRequests ?? 0;
  return (
    <Stack gap="sm" pt="md" align="flex-start">
      <Text>{count > 0 ? t('vault.widget.pending', { count }) : t('vault.widget.none')}</Text>
      <Button
        renderRoot={(props) => <Link to="/datakluis" search={{ tab: 'beheeracties' }} {...props} />}
        variant={count > 0 ? 'filled' : 'light'}
        size="xs"
      >
        {t('vault.widget.open')}
      </Button>
    </Stack>
  );
}

/**
 * Whether the start page shows the widget: only vault admins decide on requests. The vault is an
 * employer's: without a chosen employer (`employerChosen` false) there is nothing to ask.
 */
export function useShowsVaultWidget(employerChosen: boolean): boolean {
  const status = useQuery({ ...vaultStatusQuery, enabled: employerChosen });
  if (!employerChosen) return false;
  return status.data?.access === 'admin';
}
