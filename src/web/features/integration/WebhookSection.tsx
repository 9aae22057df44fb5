import {
  Alert,
  Badge,
  Button,
  Checkbox,
  CopyButton,
  Group,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  saveWebhookSchema,
  type WebhookDelivery,
  type WebhookEventType,
  webhookEventTypes,
  type WebhookSettings,
} from '../../../contracts/webhooks.js';
import { DataTable, type DataColumn } from '../../components/DataTable.js';
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
import { useWebhookMutations, webhookDeliveriesQuery, webhookQuery } from './webhooks.api.js';

type Mutations = ReturnType<typeof useWebhookMutations>;

const eventLabelKeys = {
  'case.opened': 'webhooks.eventNames.caseOpened',
  'case.changed': 'webhooks.eventNames.caseChanged',
  'case.closed': 'webhooks.eventNames.caseClosed',
  'task.due': 'webhooks.eventNames.taskDue',
  'case.withdrawn': 'webhooks.eventNames.caseWithdrawn',
} as const satisfies Record<WebhookEventType, string>;

const statusColors = { pending: 'yellow', delivered: 'teal', failed: 'red' } as const;
const statusLabelKeys = {
  pending: 'webhooks.statuses.pending',
  delivered: 'webhooks.statuses.delivered',
  failed: 'webhooks.statuses.failed',
} as const satisfies Record<WebhookDelivery['status'], string>;

/** The signing secret, once: after the first save and after a rotation. */
function showSecret(secret: string) {
  openDialog({
    title: i18n.t('webhooks.secretTitle'),
    content: (close) => (
      <Stack>
        <Alert color="yellow" variant="light">
          {i18n.t('webhooks.secretText')}
        </Alert>
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={i18n.t('webhooks.secret')}
            value={secret}
            readOnly
            style={{ flex: 1 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? i18n.t('apiClients.copied') : i18n.t('apiClients.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button onClick={close}>{i18n.t('webhooks.done')}</Button>
        </Group>
      </Stack>
    ),
  });
}

function WebhookForm({ settings, save }: { settings: WebhookSettings; save: Mutations['save'] }) {
  const { t } = useTranslation();
  const schemaForm = useSchemaForm({
    initialValues: {
      url: settings.url ?? '',
      enabled: settings.configured ? settings.enabled : true,
      events: settings.events as WebhookEventType[],
    },
    submission: (values) =>
      submission(saveWebhookSchema, values, async (body) => {
        const saved = await save.mutateAsync(body);
        notifications.show({ color: 'teal', message: t('webhooks.saved') });
        if (saved.secret) showSecret(saved.secret);
      }),
  });
  return (
    <FormFrame schemaForm={schemaForm} submitLabel={t('webhooks.save')} labelledBy="webhook-title">
      <TextInput
        label={t('webhooks.url')}
        description={t('webhooks.urlHint')}
        required
        type="url"
        maxLength={2000}
        {...schemaForm.form.getInputProps('url')}
      />
      <Switch
        label={t('webhooks.enabled')}
        {...schemaForm.form.getInputProps('enabled', { type: 'checkbox' })}
      />
      <Checkbox.Group label={t('webhooks.events')} {...schemaForm.form.getInputProps('events')}>
        <Stack gap={6} mt={6}>
          {webhookEventTypes.map((event) => (
            <Checkbox key={event} value={event} label={`${t(eventLabelKeys[event])} (${event})`} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormFrame>
  );
}

/**
 * Section "Webhook" of the page Koppelingen: the endpoint, its events and secret, a test
 * message, and the delivery log with every attempt.
 */
export function WebhookSection() {
  const { t, i18n: language } = useTranslation();
  const settings = useQuery(webhookQuery);
  const log = useQuery(webhookDeliveriesQuery);
  const mutations = useWebhookMutations();
  const date = (value: string) => formatDateTime(value, language.language);

  const rotate = () =>
    confirmAction({
      title: t('webhooks.rotateTitle'),
      message: t('webhooks.rotateText'),
      confirmLabel: t('webhooks.rotateConfirm'),
      onConfirm: () =>
        mutations.rotate.mutate(undefined, {
          onSuccess: (rotated) => rotated.secret && showSecret(rotated.secret),
          onError: notifyFailure,
        }),
    });
  const remove = () =>
    confirmAction({
      title: t('webhooks.removeTitle'),
      message: t('webhooks.removeText'),
      confirmLabel: t('webhooks.removeConfirm'),
      onConfirm: () =>
        mutations.remove.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('webhooks.removed') }),
          onError: notifyFailure,
        }),
    });
  const sendTest = () =>
    mutations.test.mutate(undefined, {
      onSuccess: (delivery) => {
        const last = delivery.attempts.at(-1);
        const status = String(last?.statusCode ?? last?.error ?? t('webhooks.noAnswer'));
        notifications.show(
          delivery.status === 'delivered'
            ? { color: 'teal', message: t('webhooks.testSent', { status }) }
            : { color: 'red', message: t('webhooks.testFailed', { status }) },
        );
      },
      onError: notifyFailure,
    });

  const columns: DataColumn<WebhookDelivery>[] = [
    {
      key: 'createdAt',
      header: t('webhooks.createdAt'),
      nowrap: true,
      cell: (delivery) => date(delivery.createdAt),
    },
    { key: 'type', header: t('webhooks.type'), rowHeader: true, cell: (delivery) => delivery.type },
    {
      key: 'status',
      header: t('webhooks.status'),
      cell: (delivery) => (
        <Stack gap={2}>
          <Badge color={statusColors[delivery.status]} variant="light">
            {t(statusLabelKeys[delivery.status])}
          </Badge>
          {delivery.nextAttemptAt && (
            <Text size="xs" c="dimmed">
              {t('webhooks.nextAttempt', { date: date(delivery.nextAttemptAt) })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'attempts',
      header: t('webhooks.attempts'),
      cell: (delivery) => (
        <Stack gap={2}>
          {delivery.attempts.map((attempt) => (
            <Text key={attempt.at} size="xs">
              {t('webhooks.attempt', {
                date: date(attempt.at),
                status: attempt.statusCode ?? attempt.error ?? t('webhooks.noAnswer'),
                duration: attempt.durationMs,
              })}
            </Text>
          ))}
        </Stack>
      ),
    },
  ];

  return (
    <Stack mt="xl" component="section" aria-labelledby="webhook-title">
      <Title order={2} size="h3" id="webhook-title">
        {t('webhooks.title')}
      </Title>
      <Text size="sm">{t('webhooks.intro')}</Text>
      {settings.data && (
        <WebhookForm
          key={settings.data.secretCreatedAt ?? 'new'}
          settings={settings.data}
          save={mutations.save}
        />
      )}
      {settings.data?.configured && (
        <Group>
          {settings.data.secretCreatedAt && (
            <Text size="sm" c="dimmed">
              {t('webhooks.secretCreated', { date: date(settings.data.secretCreatedAt) })}
            </Text>
          )}
          <Button variant="default" onClick={rotate}>
            {t('webhooks.rotate')}
          </Button>
          <Button variant="light" onClick={sendTest} loading={mutations.test.isPending}>
            {t('webhooks.sendTest')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            onClick={remove}
            loading={mutations.remove.isPending}
          >
            {t('webhooks.remove')}
          </Button>
        </Group>
      )}
      <DataTable
        caption={t('webhooks.log')}
        columns={columns}
        rows={log.data?.deliveries}
        rowKey={(delivery) => delivery.id}
        error={log.error}
        empty={{ description: t('webhooks.logEmpty') }}
      />
    </Stack>
  );
}
