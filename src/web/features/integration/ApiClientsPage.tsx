import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnected } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ApiClient,
  type ApiClientWithSecret,
  type ApiScope,
  apiScopes,
  newApiClientSchema,
} from '../../../contracts/api-clients.js';
import { DataTable, type DataColumn } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import {
  confirmAction,
  FormFrame,
  openDialog,
  useSchemaForm,
} from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { formatDateTime } from '../../lib/dates.js';
import { notifyFailure } from '../../lib/notify.js';
import { submission } from '../../lib/schema-errors.js';
import { apiClientsQuery, useApiClientMutations } from './api-clients.api.js';
import { WebhookSection } from './WebhookSection.js';

type Mutations = ReturnType<typeof useApiClientMutations>;

const scopeLabelKeys = {
  'employees:read': 'apiClients.scopeNames.employeesRead',
  'employees:write': 'apiClients.scopeNames.employeesWrite',
  'absences:read': 'apiClients.scopeNames.absencesRead',
  'absences:write': 'apiClients.scopeNames.absencesWrite',
  'tasks:read': 'apiClients.scopeNames.tasksRead',
  'documents:write': 'apiClients.scopeNames.documentsWrite',
} as const satisfies Record<ApiScope, string>;

/** The client id and the secret, once: the server keeps only the secret's hash. */
function SecretShown({ made, onClose }: { made: ApiClientWithSecret; onClose: () => void }) {
  const { t } = useTranslation();
  const copyable = (label: string, value: string, testId: string) => (
    <Group align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        style={{ flex: 1 }}
        data-testid={testId}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button variant="default" onClick={copy}>
            {copied ? t('apiClients.copied') : t('apiClients.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
  return (
    <Stack>
      <Alert color="yellow" variant="light">
        {t('apiClients.secretText')}
      </Alert>
      {copyable(t('apiClients.clientId'), made.client.id, 'api-client-id')}
      {copyable(t('apiClients.clientSecret'), made.clientSecret, 'api-client-secret')}
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('apiClients.done')}</Button>
      </Group>
    </Stack>
  );
}

const showSecret = (made: ApiClientWithSecret) =>
  openDialog({
    title: i18n.t('apiClients.secretTitle'),
    content: (close) => <SecretShown made={made} onClose={close} />,
  });

function NewClientForm({ create, onClose }: { create: Mutations['create']; onClose: () => void }) {
  const { t } = useTranslation();
  const schemaForm = useSchemaForm({
    initialValues: { name: '', scopes: [] as ApiScope[] },
    submission: (values) =>
      submission(newApiClientSchema, values, async (body) => {
        const made = await create.mutateAsync(body);
        onClose();
        showSecret(made);
      }),
  });
  return (
    <FormFrame schemaForm={schemaForm} onCancel={onClose} submitLabel={t('apiClients.save')}>
      <TextInput
        label={t('apiClients.name')}
        description={t('apiClients.nameHint')}
        required
        data-autofocus
        maxLength={100}
        {...schemaForm.form.getInputProps('name')}
      />
      <Checkbox.Group
        label={t('apiClients.scopes')}
        required
        {...schemaForm.form.getInputProps('scopes')}
      >
        <Stack gap={6} mt={6}>
          {apiScopes.map((scope) => (
            <Checkbox key={scope} value={scope} label={`${t(scopeLabelKeys[scope])} (${scope})`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormFrame>
  );
}

/**
 * Page "Koppelingen" (integration super users): the employer's API clients for its HR system.
 * Make one (its secret shows once), rotate its secret, or revoke it after a confirmation.
 */
export function ApiClientsPage() {
  const { t, i18n: language } = useTranslation();
  const clients = useQuery(apiClientsQuery);
  const mutations = useApiClientMutations();
  const date = (value: string) => formatDateTime(value, language.language);
  const scopeName = (scope: ApiScope) => t(scopeLabelKeys[scope]);

  const rotate = (client: ApiClient) =>
    confirmAction({
      title: t('apiClients.rotateTitle'),
      message: t('apiClients.rotateText', { name: client.name }),
      confirmLabel: t('apiClients.rotateConfirm'),
      onConfirm: () =>
        mutations.rotate.mutate(client.id, { onSuccess: showSecret, onError: notifyFailure }),
    });
  const revoke = (client: ApiClient) =>
    confirmAction({
      title: t('apiClients.revokeTitle'),
      message: t('apiClients.revokeText', { name: client.name }),
      confirmLabel: t('apiClients.revokeConfirm'),
      onConfirm: () =>
        mutations.revoke.mutate(client.id, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('apiClients.revoked') }),
          onError: notifyFailure,
        }),
    });

  const columns: DataColumn<ApiClient>[] = [
    { key: 'name', header: t('apiClients.name'), rowHeader: true, cell: (client) => client.name },
    {
      key: 'id',
      header: t('apiClients.clientId'),
      cell: (client) => (
        <Text size="sm" ff="monospace">
          {client.id}
        </Text>
      ),
    },
    {
      key: 'scopes',
      header: t('apiClients.scopes'),
      cell: (client) => client.scopes.map(scopeName).join(', '),
    },
    {
      key: 'created',
      header: t('apiClients.created'),
      nowrap: true,
      cell: (client) => `${date(client.createdAt)} · ${client.createdBy ?? ''}`,
    },
    {
      key: 'status',
      header: t('apiClients.status'),
      cellProps: (client) => ({ 'data-revoked': client.revokedAt !== null }),
      cell: (client) =>
        client.revokedAt ? (
          <Text size="sm" c="dimmed">
            {t('apiClients.revokedOn', {
              date: date(client.revokedAt),
              name: client.revokedBy ?? '',
            })}
          </Text>
        ) : (
          <Stack gap={2}>
            <Badge color="teal" variant="light">
              {t('apiClients.active')}
            </Badge>
            {client.rotatedAt && (
              <Text size="xs" c="dimmed">
                {t('apiClients.rotatedOn', {
                  date: date(client.rotatedAt),
                  name: client.rotatedBy ?? '',
                })}
              </Text>
            )}
          </Stack>
        ),
    },
    {
      key: 'actions',
      header: t('apiClients.actions'),
      hideHeader: true,
      cell: (client) =>
        client.revokedAt === null && (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={() => rotate(client)}>
              {t('apiClients.rotate')}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => revoke(client)}>
              {t('apiClients.revoke')}
            </Button>
          </Group>
        ),
    },
  ];

  return (
    <Page title={t('apiClients.title')} description={t('apiClients.intro')}>
      <Group>
        <Button
          onClick={() =>
            openDialog({
              title: t('apiClients.add'),
              content: (close) => <NewClientForm create={mutations.create} onClose={close} />,
            })
          }
        >
          {t('apiClients.add')}
        </Button>
      </Group>
      <DataTable
        caption={t('apiClients.title')}
        columns={columns}
        rows={clients.data?.clients}
        rowKey={(client) => client.id}
        error={clients.error}
        empty={{
          description: t('apiClients.empty'),
          icon: <IconPlugConnected aria-hidden stroke={1.5} />,
        }}
      />
      <WebhookSection />
    </Page>
  );
}
