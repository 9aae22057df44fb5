import { Alert, Badge, Button, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { notifyFailure } from '../../lib/notify.js';
import { Authorisation, Requests } from './VaultAdmin.js';
import { Agreements } from './VaultAgreements.js';
import { useRequestAccess, vaultStatusQuery } from './vault.api.js';
import type { VaultTab } from './vaultTabs.js';

/**
 * Datakluis: for vault admins "Datakluisbeheer" with Autorisatie, Beheeracties and
 * Beheerdersovereenkomsten; for everyone else their own access and the button to ask for it.
 */
export function VaultPage({
  tab,
  onTabChange,
}: {
  tab: VaultTab;
  onTabChange(tab: VaultTab): void;
}) {
  const { t } = useTranslation();
  const status = useQuery(vaultStatusQuery);
  if (status.isPending) return <PageLoader />;
  if (status.isError) {
    return (
      <Page title={t('vault.page.title')}>
        <Alert color="red" variant="light">
          {errorMessage(status.error)}
        </Alert>
      </Page>
    );
  }
  if (status.data.access !== 'admin') {
    return (
      <Page title={t('vault.page.title')} description={t('vault.page.intro')}>
        <OwnAccess />
        <Agreements />
      </Page>
    );
  }
  return (
    <Page title={t('vault.page.adminTitle')} description={t('vault.page.adminIntro')}>
      <Tabs
        value={tab}
        onChange={(value) => onTabChange((value as VaultTab | null) ?? 'autorisatie')}
      >
        <Tabs.List>
          <Tabs.Tab value="autorisatie">{t('vault.page.tabs.authorisation')}</Tabs.Tab>
          <Tabs.Tab
            value="beheeracties"
            rightSection={
              status.data.pendingRequests > 0 ? (
                <Badge
                  size="sm"
                  circle
                  aria-label={t('vault.widget.pending', { count: status.data.pendingRequests })}
                >
                  {status.data.pendingRequests}
                </Badge>
              ) : undefined
            }
          >
            {t('vault.page.tabs.requests')}
          </Tabs.Tab>
          <Tabs.Tab value="overeenkomsten">{t('vault.page.tabs.agreements')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="autorisatie" pt="md">
          <Authorisation />
        </Tabs.Panel>
        <Tabs.Panel value="beheeracties" pt="md">
          <Requests />
        </Tabs.Panel>
        <Tabs.Panel value="overeenkomsten" pt="md">
          <Agreements />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}

function OwnAccess() {
  const { t } = useTranslation();
  const status = useQuery(vaultStatusQuery);
  const request = useRequestAccess();
  if (!status.data) return null;
  const { access, requestPending, mayRequest } = status.data;
  return (
    <Card withBorder padding="lg" maw={640}>
      <Stack gap="sm">
        <Text>
          {access === 'access'
            ? t('vault.self.hasAccess')
            : requestPending
              ? t('vault.self.pending')
              : t('vault.self.noAccess')}
        </Text>
        {mayRequest && !requestPending && (
          <Group>
            <Button
              loading={request.isPending}
              onClick={() =>
                request.mutate(undefined, {
                  onSuccess: () =>
                    notifications.show({ color: 'teal', message: t('vault.self.requested') }),
                  onError: notifyFailure,
                })
              }
            >
              {t('vault.self.request')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
