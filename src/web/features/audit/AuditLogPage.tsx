import { Button, Code, Group, Paper, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFilter, IconListDetails } from '@tabler/icons-react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilter, type AuditPage, isAuditAction } from '../../../contracts/audit.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { Page } from '../../components/Page.js';
import { api } from '../../lib/api.js';
import { formatTimestamp } from '../../lib/dates.js';
import { employersQuery } from '../organisation/organisation.api.js';

type AuditEntry = AuditPage['entries'][number];

function queryString(filter: AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  }
  if (page !== undefined) params.set('page', String(page));
  return params.toString();
}

const auditPageQuery = (filter: AuditFilter, page: number) =>
  queryOptions({
    queryKey: ['audit', filter, page],
    queryFn: ({ signal }) => api.get<AuditPage>(`/api/audit?${queryString(filter, page)}`, signal),
    placeholderData: keepPreviousData,
  });

const emptyFilter: AuditFilter = {};

/**
 * Auditlog (operator admin): every change and every read of a dossier, newest first; filter by
 * employer, user, action, subject and period, and download the filtered set as CSV or Excel.
 * Read-only.
 */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<AuditFilter>(emptyFilter);
  const [filter, setFilter] = useState<AuditFilter>(emptyFilter);
  const [page, setPage] = useState(1);
  const entries = useQuery(auditPageQuery(filter, page));
  const employers = useQuery(employersQuery);

  const set = (key: keyof AuditFilter) => (value: string | null) =>
    setDraft((current) => ({ ...current, [key]: value ?? undefined }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
    setPage(1);
  };

  const columns: DataColumn<AuditEntry>[] = [
    {
      key: 'time',
      header: t('organisation.audit.time'),
      nowrap: true,
      cell: (entry) => formatTimestamp(entry.occurredAt, i18n.language),
    },
    {
      key: 'employer',
      header: t('organisation.audit.employer'),
      cell: (entry) => entry.employerName ?? '—',
    },
    {
      key: 'loginName',
      header: t('organisation.audit.loginName'),
      cell: (entry) => entry.loginName ?? '—',
    },
    {
      key: 'action',
      header: t('organisation.audit.action'),
      cell: (entry) => (
        <>
          {/* The name to read, the code to filter on; an action no longer written has no name. */}
          {isAuditAction(entry.action) && (
            <Text size="sm">{t(`audit.actions.${entry.action}`)}</Text>
          )}
          <Code>{entry.action}</Code>
        </>
      ),
    },
    {
      key: 'subject',
      header: t('organisation.audit.subject'),
      cell: (entry) => (entry.subjectType ? `${entry.subjectType} ${entry.subjectId ?? ''}` : '—'),
    },
    {
      key: 'origin',
      header: t('organisation.audit.origin'),
      cell: (entry) => (
        <>
          <Text size="xs">{entry.ip ?? '—'}</Text>
          <Text size="xs" c="dimmed">
            {entry.requestId ?? ''}
          </Text>
        </>
      ),
    },
    {
      key: 'details',
      header: t('organisation.audit.details'),
      cell: (entry) =>
        entry.details ? (
          // Long JSON wraps anywhere: a block that scrolls sideways is a region a keyboard
          // cannot reach (axe scrollable-region-focusable).
          <Code block style={{ maxWidth: 320, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {JSON.stringify(entry.details)}
          </Code>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <Page title={t('organisation.audit.title')} description={t('organisation.audit.intro')}>
      <Paper withBorder radius="md" p="md" component="form" onSubmit={onSubmit}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <Select
            label={t('organisation.audit.employer')}
            data={(employers.data?.employers ?? []).map((employer) => ({
              value: employer.id,
              label: employer.name,
            }))}
            value={draft.employerId ?? null}
            onChange={set('employerId')}
            searchable
            clearable
          />
          <TextInput
            label={t('organisation.audit.loginName')}
            value={draft.loginName ?? ''}
            onChange={(event) => set('loginName')(event.currentTarget.value)}
          />
          <TextInput
            label={t('organisation.audit.action')}
            description={t('organisation.audit.actionHelp')}
            value={draft.action ?? ''}
            onChange={(event) => set('action')(event.currentTarget.value)}
          />
          <TextInput
            label={t('organisation.audit.subjectType')}
            value={draft.subjectType ?? ''}
            onChange={(event) => set('subjectType')(event.currentTarget.value)}
          />
          <TextInput
            label={t('organisation.audit.subjectId')}
            value={draft.subjectId ?? ''}
            onChange={(event) => set('subjectId')(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('organisation.audit.from')}
            value={draft.from ?? ''}
            onChange={(event) => set('from')(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('organisation.audit.to')}
            value={draft.to ?? ''}
            onChange={(event) => set('to')(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            {t('organisation.audit.apply')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={`/api/audit/export.csv?${queryString(filter)}`}
            download
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('organisation.audit.export')}
          </Button>
          <Button
            component="a"
            variant="default"
            href={`/api/audit/export.xlsx?${queryString(filter)}`}
            download
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('organisation.audit.exportXlsx')}
          </Button>
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="xs">
        <DataTable
          caption={t('organisation.audit.caption', { page })}
          showCaption
          columns={columns}
          rows={entries.data?.entries}
          rowKey={(entry) => String(entry.id)}
          error={entries.error}
          empty={{
            description: t('organisation.audit.empty'),
            icon: <IconListDetails aria-hidden stroke={1.5} />,
          }}
          minWidth={900}
          tableProps={{ verticalSpacing: 'xs', fz: 'sm' }}
        />
      </Paper>
      <Group justify="space-between">
        <Button
          variant="default"
          disabled={page <= 1}
          onClick={() => setPage((value) => Math.max(1, value - 1))}
        >
          {t('organisation.audit.previous')}
        </Button>
        <Text size="sm" aria-live="polite">
          {t('organisation.audit.page', { page })}
        </Text>
        <Button
          variant="default"
          disabled={!entries.data?.hasMore}
          onClick={() => setPage((value) => value + 1)}
        >
          {t('organisation.audit.next')}
        </Button>
      </Group>
    </Page>
  );
}
