import { Alert, Badge, Button, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconClockPlay, IconDownload } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ExportableReport,
  ExportRequest,
  ReportExport,
  ReportExportList,
} from '../../../contracts/report-exports.js';
import { type DataColumn, DataTable } from '../../components/DataTable.js';
import { api, errorMessage } from '../../lib/api.js';
import { formatDateTime } from '../../lib/dates.js';
import type { ReportFilters } from './statistics.api.js';

const exportsUrl = '/api/reports/exports';
const statusColors = { queued: 'gray', running: 'blue', done: 'green', failed: 'red' } as const;
const statusLabels = {
  queued: 'reports.background.statuses.queued',
  running: 'reports.background.statuses.running',
  done: 'reports.background.statuses.done',
  failed: 'reports.background.statuses.failed',
} as const;

/**
 * Exports prepared in the background (issue 12): the report of the screen with its filters is
 * put on the job queue; the list polls every two seconds while one is on its way, shows each
 * one's progress, tells when one is ready and offers its file for 7 days.
 */
export function BackgroundExports({
  report,
  filters,
  extra,
}: {
  report: ExportableReport;
  filters: ReportFilters;
  /** A list's own filters (OverzichtVerzuimPerMedewerker's causes, Trajecthistorie's status …). */
  extra?: Pick<ExportRequest, 'causes' | 'safetyNet' | 'protocols' | 'status'>;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<'xlsx' | 'pdf'>('xlsx');
  /** The status each export had when this page last saw it: a ready one is notified once. */
  const seen = useRef(new Map<string, ReportExport['status']>());
  // Not under ['reports']: its polling would keep the filters' button busy.
  const list = useQuery({
    queryKey: ['report-exports'],
    queryFn: ({ signal }) => api.get<ReportExportList>(exportsUrl, signal),
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === 'queued' || item.status === 'running')
        ? 2_000
        : false,
  });
  const prepare = useMutation({
    mutationFn: () => api.post<ReportExport>(exportsUrl, { report, format, ...filters, ...extra }),
    onSuccess: async (created) => {
      seen.current.set(created.id, created.status);
      await queryClient.invalidateQueries({ queryKey: ['report-exports'] });
    },
  });

  const nameOf = (item: ReportExport) =>
    item.fileName ?? `${item.report} (${item.format.toUpperCase()})`;
  // A notification when an export this page saw on its way is ready.
  useEffect(() => {
    for (const item of list.data?.items ?? []) {
      const before = seen.current.get(item.id);
      if (before && before !== 'done' && item.status === 'done') {
        notifications.show({
          color: 'green',
          message: t('reports.background.ready', { name: nameOf(item) }),
        });
      }
      seen.current.set(item.id, item.status);
    }
  }, [list.data, t]);

  const columns: DataColumn<ReportExport>[] = [
    {
      key: 'file',
      header: t('reports.background.file'),
      rowHeader: true,
      cell: (item) => (
        <Stack gap={0}>
          <Text size="sm">{nameOf(item)}</Text>
          <Text size="xs" c="dimmed">
            {formatDateTime(item.createdAt, i18n.language)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('reports.background.progress'),
      cell: (item) => (
        <Stack gap={4} miw={160}>
          <Badge variant="light" color={statusColors[item.status]}>
            {t(statusLabels[item.status])}
          </Badge>
          {item.status !== 'failed' && (
            <Progress
              value={item.progress}
              aria-label={t('reports.background.progressLabel', { name: nameOf(item) })}
            />
          )}
        </Stack>
      ),
    },
    {
      key: 'download',
      header: t('reports.background.download'),
      hideHeader: true,
      cell: (item) =>
        item.status === 'done' ? (
          <Button
            component="a"
            size="xs"
            variant="default"
            href={`${exportsUrl}/${item.id}/file`}
            download
            leftSection={<IconDownload size={14} aria-hidden />}
            aria-label={t('reports.background.downloadLabel', { name: nameOf(item) })}
          >
            {t('reports.background.download')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('reports.background.title')}
      </Title>
      <Text size="sm">{t('reports.background.description')}</Text>
      <Group align="flex-end">
        <Select
          label={t('reports.background.format')}
          allowDeselect={false}
          data={[
            { value: 'xlsx', label: 'Excel' },
            { value: 'pdf', label: 'PDF' },
          ]}
          value={format}
          onChange={(value) => value && setFormat(value as 'xlsx' | 'pdf')}
          w={140}
        />
        <Button
          variant="default"
          leftSection={<IconClockPlay size={16} aria-hidden />}
          loading={prepare.isPending}
          onClick={() => prepare.mutate()}
        >
          {t('reports.background.button')}
        </Button>
      </Group>
      {prepare.error && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(prepare.error)}
        </Alert>
      )}
      <DataTable
        caption={t('reports.background.title')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(item) => item.id}
        error={list.error}
        empty={{ description: t('reports.background.empty') }}
      />
    </Stack>
  );
}
