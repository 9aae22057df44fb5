import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultAccessLevel, VaultDocumentName } from '../../../contracts/vault.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Page } from '../../components/Page.js';
import { PageLoader } from '../../components/PageLoader.js';
import { errorMessage } from '../../lib/api.js';
import { DocumentText } from './DocumentText.js';
import {
  accessRequestsQuery,
  authorisationQuery,
  useDecideRequest,
  useRequestAccess,
  useSetAccess,
  vaultDocumentQuery,
  vaultDocumentsQuery,
  vaultStatusQuery,
} from './vault.api.js';

export const vaultTabs = ['autorisatie', 'beheeracties', 'overeenkomsten'] as const;
export type VaultTab = (typeof vaultTabs)[number];

const documentLabels: Record<VaultDocumentName, ParseKeys> = {
  user_agreement: 'vault.documents.user_agreement',
  sla: 'vault.documents.sla',
  licence_terms: 'vault.documents.licence_terms',
  service_description: 'vault.documents.service_description',
};

const failed = (error: unknown) =>
  notifications.show({ color: 'red', message: errorMessage(error) });

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
                  onError: failed,
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

function Authorisation() {
  const { t } = useTranslation();
  const list = useQuery(authorisationQuery);
  const setAccess = useSetAccess();
  if (list.isPending) return <PageLoader />;
  if (list.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  const change = (userId: string, name: string, level: VaultAccessLevel) =>
    setAccess.mutate(
      { userId, level },
      {
        onSuccess: () =>
          notifications.show({ color: 'teal', message: t('vault.authorisation.saved', { name }) }),
        onError: failed,
      },
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.authorisation.intro')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vault.authorisation.name')}</Table.Th>
              <Table.Th>{t('vault.authorisation.access')}</Table.Th>
              <Table.Th>{t('vault.authorisation.admin')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.users.map((user) => (
              <Table.Tr key={user.userId}>
                <Table.Td>
                  <Text size="sm">{user.displayName}</Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('vault.authorisation.accessFor', { name: user.displayName })}
                    checked={user.level !== 'none'}
                    disabled={setAccess.isPending}
                    onChange={(event) =>
                      change(
                        user.userId,
                        user.displayName,
                        event.currentTarget.checked ? 'access' : 'none',
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('vault.authorisation.adminFor', { name: user.displayName })}
                    checked={user.level === 'admin'}
                    disabled={setAccess.isPending}
                    onChange={(event) =>
                      change(
                        user.userId,
                        user.displayName,
                        event.currentTarget.checked ? 'admin' : 'access',
                      )
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Requests() {
  const { t, i18n } = useTranslation();
  const list = useQuery(accessRequestsQuery);
  const decide = useDecideRequest();
  const [refusing, setRefusing] = useState<{ id: string; name: string }>();
  if (list.isPending) return <PageLoader />;
  if (list.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(list.error)}
      </Alert>
    );
  }
  if (list.data.requests.length === 0) {
    return (
      <EmptyState
        icon={<IconLock aria-hidden stroke={1.5} />}
        description={t('vault.requests.empty')}
      />
    );
  }
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const run = (id: string, name: string, decision: 'approved' | 'refused') =>
    decide.mutate(
      { id, decision },
      {
        onSuccess: () => {
          setRefusing(undefined);
          notifications.show({
            color: 'teal',
            message:
              decision === 'approved'
                ? t('vault.requests.approvedNotice', { name })
                : t('vault.requests.refusedNotice', { name }),
          });
        },
        onError: failed,
      },
    );
  const statusLabel = {
    pending: t('vault.requests.pending'),
    approved: t('vault.requests.approved'),
    refused: t('vault.requests.refused'),
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.requests.intro')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vault.authorisation.name')}</Table.Th>
              <Table.Th>{t('vault.requests.requestedAt')}</Table.Th>
              <Table.Th>{t('vault.requests.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('vault.requests.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{request.displayName}</Table.Td>
                <Table.Td>{format.format(new Date(request.requestedAt))}</Table.Td>
                <Table.Td>{statusLabel[request.status]}</Table.Td>
                <Table.Td>
                  {request.status === 'pending' && (
                    <Group gap="xs" justify="flex-end">
                      <Button
                        size="xs"
                        loading={decide.isPending}
                        onClick={() => run(request.id, request.displayName, 'approved')}
                      >
                        {t('vault.requests.approve')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setRefusing({ id: request.id, name: request.displayName })}
                      >
                        {t('vault.requests.refuse')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={refusing !== undefined}
        onClose={() => setRefusing(undefined)}
        title={t('vault.requests.confirmRefuseTitle')}
      >
        <Stack gap="md">
          <Text>{t('vault.requests.confirmRefuse', { name: refusing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRefusing(undefined)}>
              {t('vault.requests.cancel')}
            </Button>
            <Button
              color="red"
              loading={decide.isPending}
              onClick={() => refusing && run(refusing.id, refusing.name, 'refused')}
            >
              {t('vault.requests.refuse')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function Agreements() {
  const { t } = useTranslation();
  const documents = useQuery(vaultDocumentsQuery);
  const [chosen, setChosen] = useState<{ document: VaultDocumentName; version: string }>();
  if (documents.isPending) return <PageLoader />;
  if (documents.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(documents.error)}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('vault.documents.intro')}
      </Text>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vault.documents.name')}</Table.Th>
            <Table.Th>{t('vault.documents.version')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('vault.requests.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.data.documents.map((entry) => (
            <DocumentRow
              key={entry.document}
              document={entry.document}
              versions={entry.versions}
              current={entry.current}
              onView={(version) => setChosen({ document: entry.document, version })}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={chosen !== undefined}
        onClose={() => setChosen(undefined)}
        title={chosen ? t(documentLabels[chosen.document]) : ''}
        size="xl"
      >
        {chosen && <DocumentView document={chosen.document} version={chosen.version} />}
      </Modal>
    </Stack>
  );
}

function DocumentRow({
  document,
  versions,
  current,
  onView,
}: {
  document: VaultDocumentName;
  versions: string[];
  current: string;
  onView(version: string): void;
}) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(current);
  const label = t(documentLabels[document]);
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      <Table.Td>
        {versions.length > 1 ? (
          <Select
            aria-label={t('vault.documents.versionOf', { name: label })}
            data={versions}
            value={version}
            onChange={(value) => setVersion(value ?? current)}
            allowDeselect={false}
            w={140}
          />
        ) : (
          version
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="light" onClick={() => onView(version)}>
            {t('vault.documents.view')}
          </Button>
          <DownloadButton document={document} version={version} label={label} />
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function DocumentView({ document, version }: { document: VaultDocumentName; version: string }) {
  const { t } = useTranslation();
  const text = useQuery(vaultDocumentQuery(document, version));
  if (text.isPending) return <PageLoader />;
  if (text.isError) {
    return (
      <Alert color="red" variant="light">
        {errorMessage(text.error)}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="sm">
        <DocumentText text={text.data.text} />
      </Stack>
      <Text size="xs" c="dimmed">
        {t('vault.documents.fingerprint', { sha256: text.data.sha256 })}
      </Text>
    </Stack>
  );
}

/** Saves the exact text of the version as a Markdown file. */
function DownloadButton({
  document,
  version,
  label,
}: {
  document: VaultDocumentName;
  version: string;
  label: string;
}) {
  const { t } = useTranslation();
  const text = useQuery({ ...vaultDocumentQuery(document, version), enabled: false });
  const download = async () => {
    const result = text.data ? { data: text.data } : await text.refetch();
    if (!result.data) {
      failed(text.error);
      return;
    }
    const url = URL.createObjectURL(
      new Blob([result.data.text], { type: 'text/markdown;charset=utf-8' }),
    );
    const link = window.document.createElement('a');
    link.href = url;
    link.download = `${label} ${version}.md`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      onClick={() => void download()}
    >
      {t('vault.documents.download')}
    </Button>
  );
}
