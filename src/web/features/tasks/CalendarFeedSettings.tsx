import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operatorRoles, roleHasPermission } from '../../../contracts/permissions.js';
import type { CalendarFeedStatus } from '../../../contracts/tasks.js';
import { confirmAction } from '../../components/SchemaForm.js';
import { i18n } from '../../i18n/i18n.js';
import { api, errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import { meQueryOptions } from '../auth/auth.api.js';

const calendarKey = ['tasks-calendar'] as const;

/**
 * Instellingen > Algemeen, for roles that work on tasks: the secret iCal link of the user's open
 * tasks. The server keeps only its hash, so the link shows once, right after it is made; a new
 * link (after a confirmation) stops the old one.
 */
export function CalendarFeedSettings() {
  const me = useQuery(meQueryOptions).data;
  const role = me?.role ?? '';
  if (!roleHasPermission(role, 'tasks.work')) return null;
  // The arbodienst's own roles get the tasks assigned to them at every employer; the link is
  // made while acting for one (as every task route), so only once an employer is chosen.
  const operator = (operatorRoles as readonly string[]).includes(role);
  if (operator && !me?.employer) return null;
  return <CalendarFeed operator={operator} />;
}

function CalendarFeed({ operator }: { operator: boolean }) {
  const { t, i18n: language } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: calendarKey,
    queryFn: ({ signal }) => api.get<CalendarFeedStatus>('/api/tasks/calendar', signal),
  });
  const [url, setUrl] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<CalendarFeedStatus>('/api/tasks/calendar'),
    onSuccess: (made) => {
      setUrl(made.url);
      queryClient.setQueryData(calendarKey, { ...made, url: null });
    },
  });
  const since = status.data?.createdAt;
  const make = () =>
    since
      ? confirmAction({
          title: i18n.t('tasks.calendar.confirmTitle'),
          message: i18n.t('tasks.calendar.confirmMessage'),
          confirmLabel: i18n.t('tasks.calendar.confirm'),
          onConfirm: () => create.mutate(),
        })
      : create.mutate();
  return (
    <Stack gap="xs" align="flex-start" mt="xl" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('tasks.calendar.title')}
      </Title>
      <Text c="dimmed" size="sm" maw={640}>
        {t(operator ? 'tasks.calendar.introOperator' : 'tasks.calendar.intro')}
      </Text>
      {status.isError && (
        <Alert color="red" variant="light">
          {errorMessage(status.error)}
        </Alert>
      )}
      {status.isSuccess && (
        <Text size="sm" data-testid="calendar-status">
          {since
            ? t('tasks.calendar.since', { date: formatDateTime(since, language.language) })
            : t('tasks.calendar.none')}
        </Text>
      )}
      {url && (
        <Stack gap={4} w="100%" maw={640}>
          <Group align="flex-end" wrap="nowrap" w="100%">
            <TextInput
              label={t('tasks.calendar.url')}
              description={t('tasks.calendar.urlHelp')}
              value={url}
              readOnly
              style={{ flex: 1 }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('tasks.calendar.copied') : t('tasks.calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      )}
      {create.isError && (
        <Alert color="red" variant="light">
          {errorMessage(create.error)}
        </Alert>
      )}
      <Button
        variant={since ? 'default' : 'filled'}
        onClick={make}
        loading={create.isPending}
        disabled={!status.isSuccess}
      >
        {since ? t('tasks.calendar.renew') : t('tasks.calendar.create')}
      </Button>
    </Stack>
  );
}
